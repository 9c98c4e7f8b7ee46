import {
  keysetPage,
  mapConnection,
  NotFoundError,
  requirePerson,
  requireRegencyAdmin,
  requireService,
  UserInputError,
  type Connection,
} from '@kampung/shared';
import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Channel } from './channels/channel.js';
import { Delivery } from './deliveries/delivery.entity.js';
import type { NotificationsContext } from './env.js';
import { parseEvents, publishEvents } from './events/event.service.js';
import { InboxItem } from './inbox/inbox-item.entity.js';
import {
  ChannelEnum,
  EventGroupEnum,
  FailedDeliveryConnection,
  FailedDeliveryType,
  NotificationConnection,
  NotificationEventInput,
  NotificationPreferenceType,
  NotificationType,
} from './notification.types.js';
import { Preference } from './preferences/preference.entity.js';
import { defaultEnabled } from './preferences/preference.service.js';
import { runtimeOf } from './runtime.js';
import { readUnsubscribeToken } from './sending/unsubscribe.js';
import { EVENT_GROUPS, ESSENTIAL_GROUPS, type EventGroup } from './templates/templates.js';

const NOT_FOUND = { id: 'Notifikasi tidak ditemukan', en: 'Notification not found' };

const toNotification = (item: InboxItem): NotificationType => ({
  id: item.id,
  type: item.event.type,
  title: item.title,
  titleEn: item.titleEn,
  body: item.body,
  bodyEn: item.bodyEn,
  link: item.link,
  readAt: item.readAt,
  createdAt: item.createdAt,
});

/** "budi@example.com" → "b***@example.com", "+6281234567890" → "+62812****7890". */
export function maskRecipient(recipient: string): string {
  const at = recipient.indexOf('@');
  if (at > 0) return `${recipient[0]}***${recipient.slice(at)}`;
  if (recipient.length > 8) return `${recipient.slice(0, 6)}****${recipient.slice(-4)}`;
  return '****';
}

const toFailed = (d: Delivery): FailedDeliveryType => ({
  id: d.id,
  eventType: d.event.type,
  channel: d.channel,
  recipient: maskRecipient(d.recipient),
  status: d.status,
  attempts: d.attempts,
  lastError: d.lastError,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
});

@Resolver()
export class NotificationResolver {
  @Directive('@inaccessible')
  @Mutation(() => Int, {
    description: 'Internal (producers’ relays): takes events; a known id changes nothing. Returns how many were new',
  })
  async internalPublishEvents(
    @Arg('events', () => [NotificationEventInput]) events: NotificationEventInput[],
    @Ctx() ctx: NotificationsContext,
  ): Promise<number> {
    requireService(ctx.viewer);
    const parsed = parseEvents(events);
    const runtime = runtimeOf(ctx.env);
    return publishEvents(ctx.em, ctx.env, { ...runtime, logger: ctx.logger }, parsed);
  }

  @Query(() => NotificationConnection, { description: 'The signed-in user’s inbox, newest first' })
  async myNotifications(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: NotificationsContext,
  ): Promise<Connection<NotificationType>> {
    const viewer = requirePerson(ctx.viewer);
    const page = await keysetPage(ctx.em, InboxItem, {
      where: { userId: viewer.userId },
      first,
      after,
      populate: ['event'],
    });
    return mapConnection(page, toNotification);
  }

  @Query(() => Int, { description: 'Unread notices of the signed-in user (the bell)' })
  unreadNotificationCount(@Ctx() ctx: NotificationsContext): Promise<number> {
    const viewer = requirePerson(ctx.viewer);
    return ctx.em.count(InboxItem, { userId: viewer.userId, readAt: null });
  }

  @Mutation(() => NotificationType, { description: 'Marks one of the user’s notices read (again: no change)' })
  async markNotificationRead(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: NotificationsContext,
  ): Promise<NotificationType> {
    const viewer = requirePerson(ctx.viewer);
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError(NOT_FOUND);
    const item = await ctx.em.findOne(InboxItem, { id, userId: viewer.userId }, { populate: ['event'] });
    if (!item) throw new NotFoundError(NOT_FOUND);
    if (!item.readAt) {
      item.readAt = new Date();
      await ctx.em.flush();
    }
    return toNotification(item);
  }

  @Mutation(() => Int, { description: 'Marks every unread notice of the user read; returns how many' })
  async markAllNotificationsRead(@Ctx() ctx: NotificationsContext): Promise<number> {
    const viewer = requirePerson(ctx.viewer);
    return ctx.em.nativeUpdate(InboxItem, { userId: viewer.userId, readAt: null }, { readAt: new Date() });
  }

  @Query(() => [NotificationPreferenceType], {
    description: 'Every channel × group with what applies now (the user’s choice or the default)',
  })
  async myNotificationPreferences(@Ctx() ctx: NotificationsContext): Promise<NotificationPreferenceType[]> {
    const viewer = requirePerson(ctx.viewer);
    const [rows, contacts] = await Promise.all([
      ctx.em.find(Preference, { userId: viewer.userId }),
      runtimeOf(ctx.env).accounts.userContacts([viewer.userId]),
    ]);
    const phoneVerified = Boolean(contacts[0]?.phone);
    const chosen = new Map(rows.map((r) => [`${r.channel}:${r.eventGroup}`, r.enabled]));
    const list: NotificationPreferenceType[] = [];
    for (const group of EVENT_GROUPS)
      for (const channel of Object.values(ChannelEnum)) {
        const essential = ESSENTIAL_GROUPS.includes(group);
        const needsPhone = channel === 'WHATSAPP' || channel === 'SMS';
        const changeable = !essential && channel !== 'IN_APP' && (!needsPhone || phoneVerified);
        const enabled = essential
          ? channel !== 'IN_APP'
          : changeable || channel === 'IN_APP'
            ? (chosen.get(`${channel}:${group}`) ?? defaultEnabled(channel, phoneVerified))
            : false;
        list.push({ channel, group, enabled, changeable });
      }
    return list;
  }

  @Mutation(() => NotificationPreferenceType, {
    description:
      'Turns a channel on or off for a group; BAD_USER_INPUT for in-app, account messages, or WhatsApp/SMS without a verified phone',
  })
  async setNotificationPreference(
    @Arg('channel', () => ChannelEnum) channel: Channel,
    @Arg('group', () => EventGroupEnum) group: EventGroup,
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Ctx() ctx: NotificationsContext,
  ): Promise<NotificationPreferenceType> {
    const viewer = requirePerson(ctx.viewer);
    if (channel === 'IN_APP' || ESSENTIAL_GROUPS.includes(group))
      throw UserInputError.field('channel', {
        id: 'Notifikasi ini selalu dikirim dan tidak bisa dimatikan',
        en: 'These notifications are always sent and cannot be turned off',
      });
    if (enabled && (channel === 'WHATSAPP' || channel === 'SMS')) {
      const [contact] = await runtimeOf(ctx.env).accounts.userContacts([viewer.userId]);
      if (!contact?.phone)
        throw UserInputError.field('channel', {
          id: 'Verifikasi nomor HP Anda dulu untuk menerima WhatsApp atau SMS',
          en: 'Verify your phone number first to get WhatsApp or SMS',
        });
    }
    await ctx.em.upsert(Preference, { userId: viewer.userId, channel, eventGroup: group, enabled });
    return { channel, group, enabled, changeable: true };
  }

  @Mutation(() => Boolean, {
    description: 'The unsubscribe link of an email: turns that group’s email off. False for a token that is not valid',
  })
  async unsubscribeEmail(
    @Arg('token', () => String) token: string,
    @Ctx() ctx: NotificationsContext,
  ): Promise<boolean> {
    const reader = readUnsubscribeToken(ctx.env.JWT_SECRET, token);
    if (!reader || ESSENTIAL_GROUPS.includes(reader.group)) return false;
    await ctx.em.upsert(Preference, {
      userId: reader.userId,
      channel: 'EMAIL',
      eventGroup: reader.group,
      enabled: false,
    });
    return true;
  }

  @Query(() => FailedDeliveryConnection, {
    description: 'Admin (regency): messages that failed for good or ran out of retries, latest first',
  })
  async failedDeliveries(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: NotificationsContext,
  ): Promise<Connection<FailedDeliveryType>> {
    requireRegencyAdmin(ctx.viewer);
    const page = await keysetPage(ctx.em, Delivery, {
      where: { status: { $in: ['FAILED', 'DEAD'] } },
      first,
      after,
      field: 'updatedAt',
      populate: ['event'],
    });
    return mapConnection(page, toFailed);
  }

  @Mutation(() => FailedDeliveryType, {
    description: 'Admin (regency): queues a failed or dead message again (attempts start over)',
  })
  async retryDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: NotificationsContext): Promise<FailedDeliveryType> {
    requireRegencyAdmin(ctx.viewer);
    const missing = { id: 'Pengiriman tidak ditemukan', en: 'Delivery not found' };
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError(missing);
    const delivery = await ctx.em.findOne(Delivery, { id }, { populate: ['event'] });
    if (!delivery) throw new NotFoundError(missing);
    if (delivery.status !== 'FAILED' && delivery.status !== 'DEAD')
      throw UserInputError.field('id', {
        id: 'Hanya pengiriman yang gagal yang bisa diulang',
        en: 'Only a failed delivery can be retried',
      });
    delivery.status = 'QUEUED';
    delivery.lastError = null;
    await ctx.em.flush();
    await runtimeOf(ctx.env).queue.enqueue([{ id: delivery.id, channel: delivery.channel, urgent: true }], new Date(), {
      freshJob: true,
    });
    return toFailed(delivery);
  }
}
