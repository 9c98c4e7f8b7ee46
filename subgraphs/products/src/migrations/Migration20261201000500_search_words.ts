import { Migration } from '@mikro-orm/migrations';

/**
 * The words of every product's title and attributes, for typo correction: a misspelt query
 * word is matched by trigrams against this small table (not against every product), and the
 * closest words are searched with the stemmer. Words are only added; a stale one merely
 * suggests a correction that finds nothing.
 */
export class Migration20261201000500_search_words extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table "products"."search_words" ("word" varchar(60) primary key);');
    this.addSql('create index "search_words_trgm_idx" on "products"."search_words" using gin ("word" gin_trgm_ops);');
    this.addSql(`
      create function "products"."collect_search_words"() returns trigger language plpgsql as $$
      begin
        insert into "products"."search_words" ("word")
          select distinct w from regexp_split_to_table(new."search_text", '[^[:alnum:]]+') w where length(w) between 3 and 60
          on conflict do nothing;
        return null;
      end $$;`);
    this
      .addSql(`create trigger "products_search_words" after insert or update of "title", "attributes" on "products"."products"
      for each row execute function "products"."collect_search_words"();`);
    this.addSql(`insert into "products"."search_words" ("word")
      select distinct w from "products"."products" p, regexp_split_to_table(p."search_text", '[^[:alnum:]]+') w
      where length(w) between 3 and 60 on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger "products_search_words" on "products"."products";');
    this.addSql('drop function "products"."collect_search_words"();');
    this.addSql('drop table "products"."search_words";');
  }
}
