import { Migration } from '@mikro-orm/migrations';

const TABLES = ['jobs', 'courses', 'franchise_openings'];

export class Migration20261203110000_search_index extends Migration {

  override async up(): Promise<void> {
    // The characters and overlapping character pairs of a search text, skipping those with a
    // space, tab or line break (the server's keywordGrams skips the same). One pass with lead():
    // subscripting the character array (c[i]) walks it from the start each time, 40× slower.
    this.addSql(`create function ziyang_search_grams(t text) returns text[] language sql immutable strict parallel safe as $$
      select coalesce(array_agg(g), '{}') from (
        select ch || nx as g from (
          select ch, lead(ch) over (order by i) as nx from unnest(regexp_split_to_array(t, '')) with ordinality as u(ch, i)
        ) pairs where nx is not null
        union all
        select ch from unnest(regexp_split_to_array(t, '')) as ch
      ) grams where g !~ E'[ \\t\\n]'
    $$;`);
    // What a text holding the keyword must contain: its pairs, or its characters when it has
    // no pair without a blank (a one-character keyword).
    this.addSql(`create function ziyang_keyword_grams(k text) returns text[] language sql immutable strict parallel safe as $$
      select case when cardinality(p) > 0 then p else coalesce((select array_agg(distinct ch) from unnest(c) ch where ch !~ E'[ \\\\t\\\\n]'), '{}') end
      from (select c, coalesce((select array_agg(distinct c[i] || c[i + 1]) from generate_series(1, cardinality(c) - 1) i where (c[i] || c[i + 1]) !~ E'[ \\\\t\\\\n]'), '{}') as p
            from (select regexp_split_to_array(k, '') as c) s) q
    $$;`);
    for (const t of TABLES) {
      // A stored generated column, so PostgreSQL computes the grams in the statement that
      // writes the text (every write path, the same transaction) and a row is checked against
      // a keyword by a cheap array test, never by recomputing them. Existing rows are filled
      // by the ALTER itself.
      this.addSql(`alter table "${t}" add column "search_grams" text[] generated always as (ziyang_search_grams(search_text)) stored;`);
      this.addSql(`create index "${t}_search_grams_idx" on "${t}" using gin ("search_grams");`);
      // Per-gram statistics decide between this index (rare keyword) and the newest-first
      // index (common keyword); the default target lets a rare pair look common.
      this.addSql(`alter table "${t}" alter column "search_grams" set statistics 1000;`);
      this.addSql(`analyze "${t}";`);
    }
  }

  override async down(): Promise<void> {
    for (const t of TABLES) this.addSql(`alter table "${t}" drop column if exists "search_grams";`);
    this.addSql(`drop function if exists ziyang_keyword_grams(text);`);
    this.addSql(`drop function if exists ziyang_search_grams(text);`);
  }

}
