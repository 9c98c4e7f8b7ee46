import { connectionType } from '@kampung/shared';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CHANNELS, type Channel } from './channels/channel.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from './deliveries/delivery.entity.js';
import { EVENT_GROUPS, type EventGroup } from './templates/templates.js';

export const ChannelEnum = Object.fromEntries(CHANNELS.map((c) => [c, c])) as { [C in Channel]: C };
registerEnumType(ChannelEnum, { name: 'NotificationChannel', description: 'A way a message reaches a person' });

const GROUP_VALUES = Object.fromEntries(EVENT_GROUPS.map((g) => [g.toUpperCase(), g])) as Record<string, EventGroup>;
export const EventGroupEnum = GROUP_VALUES;
registerEnumType(EventGroupEnum, {
  name: 'NotificationGroup',
  description: 'Events chosen together in preferences: ORDERS, SHOP, REQUESTS, COMPLAINTS, STAFF, ACCOUNT (essential)',
});

export const DeliveryStatusEnum = Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, s])) as {
  [S in DeliveryStatus]: S;
};
registerEnumType(DeliveryStatusEnum, { name: 'DeliveryStatus' });

@Directive('@inaccessible')
@InputType({ description: 'One event from a producer’s outbox (internal)' })
export class NotificationEventInput {
  @Field(() => ID, { description: 'The producer’s event id: the deduplication key' })
  id: string;

  @Field(() => String)
  type: string;

  @Field(() => ID)
  recipientUserId: string;

  @Field(() => String, { description: 'ISO 8601' })
  occurredAt: string;

  @Field(() => String, { nullable: true })
  link: string | null;

  @Field(() => String, { description: 'Template parameters: a JSON object' })
  data: string;

  @Field(() => Boolean)
  urgent: boolean;
}

@ObjectType('Notification', { description: 'A notice in the signed-in user’s inbox' })
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  type: string;

  @Field(() => String, { description: 'Indonesian title' })
  title: string;

  @Field(() => String)
  titleEn: string;

  @Field(() => String, { description: 'Indonesian text' })
  body: string;

  @Field(() => String)
  bodyEn: string;

  @Field(() => String, { nullable: true, description: 'Storefront path of the page concerned' })
  link: string | null;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

export const NotificationConnection = connectionType(NotificationType, 'Notification');

@ObjectType('NotificationPreference')
export class NotificationPreferenceType {
  @Field(() => ChannelEnum)
  channel: Channel;

  @Field(() => EventGroupEnum)
  group: EventGroup;

  @Field(() => Boolean)
  enabled: boolean;

  @Field(() => Boolean, {
    description:
      'False when the user cannot change it (in-app, account messages, WhatsApp/SMS without a verified phone)',
  })
  changeable: boolean;
}

@ObjectType('FailedDelivery', { description: 'A message that could not be sent (regency admin)' })
export class FailedDeliveryType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  eventType: string;

  @Field(() => ChannelEnum)
  channel: Channel;

  @Field(() => String, { description: 'The address, masked' })
  recipient: string;

  @Field(() => DeliveryStatusEnum)
  status: DeliveryStatus;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

export const FailedDeliveryConnection = connectionType(FailedDeliveryType, 'FailedDelivery');
