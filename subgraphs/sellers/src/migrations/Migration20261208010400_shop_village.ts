import { Migration } from '@mikro-orm/migrations';

/**
 * Every shop belongs to a village of the regency, by its Kemendagri code (decision 023). Existing
 * shops are placed by the village and district names they were registered with (the demo's
 * villages); any other goes to Sembulung, where all first-round data lives. The status outbox
 * carries the code to products, and every shop is queued once more so products learns it.
 */
const KNOWN: [village: string, district: string, code: string][] = [
  ['Sembulung', 'Cluring', '35.10.06.2003'],
  ['Benculuk', 'Cluring', '35.10.06.2005'],
  ['Tampo', 'Cluring', '35.10.06.2002'],
  ['Kemiren', 'Glagah', '35.10.15.2004'],
  ['Olehsari', 'Glagah', '35.10.15.2005'],
  ['Kenjo', 'Glagah', '35.10.15.2011'],
  ['Gombengsari', 'Kalipuro', '35.10.21.1006'],
  ['Ketapang', 'Kalipuro', '35.10.21.2003'],
  ['Telemung', 'Kalipuro', '35.10.21.2008'],
  ['Tamansari', 'Licin', '35.10.24.2008'],
  ['Segobang', 'Licin', '35.10.24.2005'],
  ['Sumberarum', 'Songgon', '35.10.19.2007'],
  ['Bayu', 'Songgon', '35.10.19.2006'],
  ['Kendalrejo', 'Tegaldlimo', '35.10.04.2002'],
  ['Purwoasri', 'Tegaldlimo', '35.10.04.2001'],
  ['Kedungrejo', 'Muncar', '35.10.05.2002'],
  ['Rogojampi', 'Rogojampi', '35.10.13.2013'],
];

export class Migration20261208010400_shop_village extends Migration {
  override async up(): Promise<void> {
    const values = KNOWN.map(([village, district, code]) => `('${village}', '${district}', '${code}')`).join(', ');
    this.addSql('alter table "sellers"."sellers" add column "village_code" varchar(13) null;');
    this.addSql(`
      update "sellers"."sellers" s set "village_code" = k.code
        from (values ${values}) as k(village, district, code)
       where lower(trim(s."village")) = lower(k.village) and lower(trim(s."district")) = lower(k.district);`);
    this.addSql(`update "sellers"."sellers" set "village_code" = '35.10.06.2003' where "village_code" is null;`);
    this.addSql('alter table "sellers"."sellers" alter column "village_code" set not null;');
    // The staff queue of a village (and the regency's, by district prefix) pages on this.
    this.addSql(
      'create index "sellers_village_listing_idx" on "sellers"."sellers" ("village_code", "verification_status", "created_at" desc, "id" desc);',
    );

    this.addSql('alter table "sellers"."status_outbox" add column "village_code" varchar(13) null;');
    this.addSql(`
      update "sellers"."status_outbox" o set "village_code" = s."village_code"
        from "sellers"."sellers" s where s."id" = o."seller_id";`);
    this.addSql(`update "sellers"."status_outbox" set "village_code" = '35.10.06.2003' where "village_code" is null;`);
    this.addSql('alter table "sellers"."status_outbox" alter column "village_code" set not null;');
    this.addSql(`
      insert into "sellers"."status_outbox" ("seller_id", "owner_user_id", "status", "village", "village_code")
      select "id", "owner_user_id", "verification_status", "village", "village_code" from "sellers"."sellers" order by "created_at";`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "sellers"."status_outbox" drop column "village_code";');
    this.addSql('drop index "sellers"."sellers_village_listing_idx";');
    this.addSql('alter table "sellers"."sellers" drop column "village_code";');
  }
}
