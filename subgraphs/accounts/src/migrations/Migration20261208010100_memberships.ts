import { Migration } from '@mikro-orm/migrations';

/**
 * Office roles become memberships scoped to a place (decision 020). Existing data moves:
 * every STAFF user becomes VILLAGE_STAFF of Sembulung (35.10.06.2003), where all first-round
 * data lives, and every ADMIN the REGENCY_ADMIN of Banyuwangi (35.10). STAFF and ADMIN leave
 * users.roles (an account left with none is a BUYER, as every account may buy): tokens derive
 * them from memberships from now on. Users gain their domicile.
 */
export class Migration20261208010100_memberships extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table "accounts"."memberships" (
        "id" uuid not null primary key,
        "user_id" uuid not null,
        "role" varchar(16) not null,
        "place_code" varchar(13) not null,
        "granted_by" uuid null,
        "created_at" timestamptz(3) not null default now(),
        constraint "memberships_user_id_fkey" foreign key ("user_id") references "accounts"."users" ("id") on update no action on delete cascade,
        constraint "memberships_role_check" check ("role" in ('VILLAGE_STAFF', 'VILLAGE_HEAD', 'DISTRICT_OFFICER', 'REGENCY_ADMIN')),
        constraint "memberships_place_level_check" check (
          (role in ('VILLAGE_STAFF', 'VILLAGE_HEAD') and place_code ~ '^[0-9]{2}[.][0-9]{2}[.][0-9]{2}[.][0-9]{4}$')
          or (role = 'DISTRICT_OFFICER' and place_code ~ '^[0-9]{2}[.][0-9]{2}[.][0-9]{2}$')
          or (role = 'REGENCY_ADMIN' and place_code ~ '^[0-9]{2}[.][0-9]{2}$')
        ),
        constraint "memberships_user_id_role_place_code_key" unique ("user_id", "role", "place_code")
      );`);
    this.addSql(
      'create index "memberships_place_code_created_at_id_index" on "accounts"."memberships" ("place_code", "created_at", "id");',
    );
    this.addSql(`
      insert into "accounts"."memberships" ("id", "user_id", "role", "place_code", "created_at")
      select gen_random_uuid(), "id", 'VILLAGE_STAFF', '35.10.06.2003', now() from "accounts"."users" where 'STAFF' = any("roles")
      union all
      select gen_random_uuid(), "id", 'REGENCY_ADMIN', '35.10', now() from "accounts"."users" where 'ADMIN' = any("roles");`);
    this.addSql(
      `update "accounts"."users" set "roles" = coalesce(nullif(array_remove(array_remove("roles", 'STAFF'), 'ADMIN'), '{}'), '{BUYER}')
       where "roles" && '{STAFF,ADMIN}';`,
    );
    this.addSql('alter table "accounts"."users" add column "village_code" varchar(13) null;');
  }

  override async down(): Promise<void> {
    this.addSql(`
      update "accounts"."users" u set "roles" = u."roles" || array['STAFF']
      where exists (select 1 from "accounts"."memberships" m where m."user_id" = u."id" and m."role" <> 'REGENCY_ADMIN')
        and not 'STAFF' = any(u."roles");`);
    this.addSql(`
      update "accounts"."users" u set "roles" = u."roles" || array['ADMIN']
      where exists (select 1 from "accounts"."memberships" m where m."user_id" = u."id" and m."role" = 'REGENCY_ADMIN')
        and not 'ADMIN' = any(u."roles");`);
    this.addSql('alter table "accounts"."users" drop column "village_code";');
    this.addSql('drop table "accounts"."memberships";');
  }
}
