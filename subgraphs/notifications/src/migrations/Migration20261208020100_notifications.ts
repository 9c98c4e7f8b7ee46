import { Migration } from '@mikro-orm/migrations';

/** Events (deduplicated by the producer's id), the in-app inbox, deliveries per channel, preferences (decision 025). */
export class Migration20261208020100_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "notifications"."events" (
        "id" uuid not null,
        "type" varchar(60) not null,
        "recipient_user_id" uuid not null,
        "occurred_at" timestamptz(3) not null,
        "link" varchar(300) null,
        "data" jsonb not null,
        "urgent" boolean not null default false,
        "received_at" timestamptz(3) not null default now(),
        constraint "events_pkey" primary key ("id")
      );`);
    this.addSql(
      'create index "events_recipient_idx" on "notifications"."events" ("recipient_user_id", "occurred_at");',
    );
    this.addSql(`
      create table "notifications"."inbox_items" (
        "id" uuid not null,
        "event_id" uuid not null,
        "user_id" uuid not null,
        "title" varchar(200) not null,
        "title_en" varchar(200) not null,
        "body" text not null,
        "body_en" text not null,
        "link" varchar(300) null,
        "read_at" timestamptz(3) null,
        "created_at" timestamptz(3) not null default now(),
        constraint "inbox_items_pkey" primary key ("id")
      );`);
    this.addSql(
      'alter table "notifications"."inbox_items" add constraint "inbox_items_event_id_key" unique ("event_id");',
    );
    this.addSql(
      'create index "inbox_items_user_idx" on "notifications"."inbox_items" ("user_id", "created_at", "id");',
    );
    this.addSql(`
      create table "notifications"."deliveries" (
        "id" uuid not null,
        "event_id" uuid not null,
        "channel" varchar(10) not null,
        "recipient" varchar(254) not null,
        "language" varchar(2) not null default 'id',
        "status" varchar(10) not null default 'QUEUED',
        "provider_message_id" varchar(200) null,
        "attempts" int not null default 0,
        "last_error" varchar(300) null,
        "created_at" timestamptz(3) not null default now(),
        "updated_at" timestamptz(3) not null default now(),
        constraint "deliveries_pkey" primary key ("id")
      );`);
    this.addSql(
      'alter table "notifications"."deliveries" add constraint "deliveries_provider_message_id_key" unique ("provider_message_id");',
    );
    this.addSql('create index "deliveries_status_idx" on "notifications"."deliveries" ("status", "updated_at");');
    this.addSql(
      'alter table "notifications"."deliveries" add constraint "deliveries_event_channel_key" unique ("event_id", "channel");',
    );
    this.addSql(`
      create table "notifications"."preferences" (
        "user_id" uuid not null,
        "channel" varchar(10) not null,
        "event_group" varchar(20) not null,
        "enabled" boolean not null,
        "updated_at" timestamptz(3) not null default now(),
        constraint "preferences_pkey" primary key ("user_id", "channel", "event_group")
      );`);
    this.addSql(
      'alter table "notifications"."inbox_items" add constraint "inbox_items_event_id_foreign" foreign key ("event_id") references "notifications"."events" ("id") on update cascade on delete cascade;',
    );
    this.addSql(
      'alter table "notifications"."deliveries" add constraint "deliveries_event_id_foreign" foreign key ("event_id") references "notifications"."events" ("id") on update cascade on delete cascade;',
    );
  }
}
