import { Migration } from '@mikro-orm/migrations';

/**
 * Complaints, posts and courses belong to a village (issue 11). A complaint is always filed to
 * one village; a post or course without a village is regency-wide. Existing rows move to
 * Sembulung (35.10.06.2003), where all first-round data lives.
 */
export class Migration20261208010300_village_records extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "services"."complaints" add column "village_code" varchar(13) null;`);
    this.addSql(`update "services"."complaints" set "village_code" = '35.10.06.2003';`);
    this.addSql(`alter table "services"."complaints" alter column "village_code" set not null;`);
    this.addSql(
      'create index "complaints_village_idx" on "services"."complaints" ("village_code", "created_at", "responded_at");',
    );
    this.addSql(`alter table "services"."posts" add column "village_code" varchar(13) null;`);
    this.addSql(`update "services"."posts" set "village_code" = '35.10.06.2003';`);
    this.addSql(
      'create index "posts_village_published_idx" on "services"."posts" ("village_code", "published_at" desc, "id" desc) where "published_at" is not null;',
    );
    this.addSql(`alter table "services"."courses" add column "village_code" varchar(13) null;`);
    this.addSql(`update "services"."courses" set "village_code" = '35.10.06.2003';`);
    this.addSql('create index "courses_village_idx" on "services"."courses" ("village_code");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index "services"."complaints_village_idx";');
    this.addSql('drop index "services"."posts_village_published_idx";');
    this.addSql('drop index "services"."courses_village_idx";');
    this.addSql('alter table "services"."complaints" drop column "village_code";');
    this.addSql('alter table "services"."posts" drop column "village_code";');
    this.addSql('alter table "services"."courses" drop column "village_code";');
  }
}
