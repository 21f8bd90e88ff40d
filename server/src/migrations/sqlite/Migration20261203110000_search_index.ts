import { Migration } from '@mikro-orm/migrations';
import { backfillSearchIndex } from '../search-index-backfill';

const TABLES = ['jobs', 'courses', 'franchise_openings'];

export class Migration20261203110000_search_index extends Migration {

  override async up(): Promise<void> {
    // In order and at once: the index tables exist before the rows already stored are indexed.
    for (const t of TABLES) {
      // The row's place in the newest-first order and the rowid of its index row.
      await this.execute(`alter table \`${t}\` add column \`search_rank\` integer null;`);
      await this.execute(`create unique index \`${t}_search_rank_idx\` on \`${t}\` (\`search_rank\`);`);
      // Where a row goes among the others: its neighbours in (published_at, id) order.
      await this.execute(`create index \`${t}_published_rank_idx\` on \`${t}\` (\`published_at\`, \`id\`, \`search_rank\`);`);
      // Contentless (the text is in the row already), rowids only (no positions: the LIKE
      // check on the candidates does the rest), tokens are base-36 digits.
      await this.execute(`create virtual table \`${t}_search\` using fts5(grams, content='', contentless_delete=1, detail=none, tokenize='ascii');`);
    }
    await backfillSearchIndex(this);
  }

  override async down(): Promise<void> {
    for (const t of TABLES) {
      this.addSql(`drop table if exists \`${t}_search\`;`);
      this.addSql(`drop index if exists \`${t}_search_rank_idx\`;`);
      this.addSql(`drop index if exists \`${t}_published_rank_idx\`;`);
      this.addSql(`alter table \`${t}\` drop column \`search_rank\`;`);
    }
  }

}
