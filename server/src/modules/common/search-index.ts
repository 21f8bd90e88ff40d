import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { SortKey } from './keyset';

/**
 * The keyword index of the three catalogues. A keyword matches a posting when it is a
 * substring of the posting's `search_text` (`LIKE '%…%'`); at a million rows that is a scan
 * per keyword, so each row's text is also indexed as its overlapping character pairs
 * (bigrams) plus its single characters. Every pair of a keyword is then a pair of every text
 * that contains it, so the index can only narrow the candidates, never lose one; the LIKE
 * check stays on the candidates and removes the rows that hold the pairs apart (足疗 and 疗店
 * but not 足疗店). Results are therefore exactly those of the substring match.
 *
 * Chinese keywords are mostly two characters, which is why the unit is the pair: FTS5's
 * `trigram` tokenizer silently finds nothing for them and `pg_trgm` cannot use its index.
 *
 * - SQLite: a contentless FTS5 table per catalogue (`<table>_search`, `detail=none`: only
 *   which rows hold a gram), whose rowid is the row's `search_rank`. The rank is in the order
 *   of the newest-first list — (published_at, id) — so a keyword page is the first rows of
 *   the index in descending rowid, read as a stream and stopped after one page; no sort of
 *   all matches. When the published time changes (a draft published) the rank and the index
 *   row move with it. Written by `syncSearchIndex` in the transaction of every write of
 *   `search_text` or `published_at`.
 * - PostgreSQL: a GIN index over `search_grams`, a stored column generated from `search_text`
 *   by the migration's immutable SQL function `ziyang_search_grams`, so the database keeps it
 *   in step by itself in every writing statement; the planner picks it for rare keywords and
 *   the newest-first index for common ones.
 */

export type SearchTable = 'jobs' | 'courses' | 'franchise_openings';
export const SEARCH_TABLES: readonly SearchTable[] = ['jobs', 'courses', 'franchise_openings'];

export function searchTableOf(table: SearchTable): string {
  return `${table}_search`;
}

// Whitespace joins the parts of a search text and breaks lines of a description; a gram that
// holds it says nothing worth indexing. Exactly these three on both sides (PostgreSQL's
// function skips the same), so a keyword's grams are always a subset of a matching text's.
const BLANK = new Set([' ', '\n', '\t']);

/** A character as an index token: its code point in base 36, 4 digits (36⁴ > 0x10FFFF). */
function token(ch: string): string {
  return ch.codePointAt(0)!.toString(36).padStart(4, '0');
}

/** The distinct tokens of a search text: its characters (4 digits) and pairs (8 digits). */
export function textGrams(text: string): string[] {
  const chars = [...text];
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    const a = chars[i];
    if (BLANK.has(a)) continue;
    const ta = token(a);
    out.add(ta);
    const b = chars[i + 1];
    if (b !== undefined && !BLANK.has(b)) out.add(ta + token(b));
  }
  return [...out];
}

/**
 * The tokens a text containing `keyword` must hold: its pairs, or its characters when it has
 * no pair without a blank (one character, or "a b"). Empty only for a blank keyword.
 */
export function keywordGrams(keyword: string): string[] {
  const chars = [...keyword];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    if (!BLANK.has(chars[i]) && !BLANK.has(chars[i + 1])) pairs.add(token(chars[i]) + token(chars[i + 1]));
  }
  if (pairs.size > 0) return [...pairs];
  return [...new Set(chars.filter((c) => !BLANK.has(c)).map(token))];
}

/**
 * An FTS5 query that is the AND of the keyword's tokens. Tokens are base-36 digits the code
 * above made, each quoted: nothing a user types reaches FTS5's query syntax.
 */
export function ftsMatch(keyword: string): string | null {
  const grams = keywordGrams(keyword);
  return grams.length > 0 ? grams.map((g) => `"${g}"`).join(' ') : null;
}

/** The keyword as the LIKE pattern was built from it (`keywordPattern`): `%`-wrapped, escaped. */
export function keywordOfPattern(pattern: string): string {
  return pattern.slice(1, -1).replace(/\\([\\%_])/g, '$1');
}

// ── ranks ──────────────────────────────────────────────────────────────────────────────────
// Ranks are dense (1, 2, 3… in (published_at, id) order after a rebuild), because FTS5 stores
// each gram's rows as rowid deltas: dense rowids make the index about five times smaller than
// rowids spaced by time, and a smaller index is a faster one.

interface Neighbour {
  rank: number;
}

const CHUNK = 400;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function insertIndexRows(trx: Knex | Knex.Transaction, table: SearchTable, rows: { rank: number; searchText: string }[]): Promise<void> {
  for (const part of chunks(rows, 100)) {
    await trx.raw(
      `insert into ${searchTableOf(table)} (rowid, grams) values ${part.map(() => '(?, ?)').join(', ')}`,
      part.flatMap((x) => [x.rank, textGrams(x.searchText).join(' ')]),
    );
  }
}

/**
 * Brings the search index of these rows in step with their `search_text` and `published_at`,
 * inside the caller's transaction. Call it after every insert or update that writes either
 * column. A no-op on PostgreSQL, where the database derives its index itself.
 *
 * A row keeps its rank while that still sits between its neighbours in (published_at, id)
 * order (an edit); otherwise it takes the next rank after its predecessor — for a new or
 * newly published posting, the newest, that is simply the top. Only a row placed between two
 * adjacent ranks (an old posting loaded into a live catalogue) moves the run of ranks above it.
 */
export async function syncSearchIndex(db: Database, trx: Knex | Knex.Transaction, table: SearchTable, ids: readonly string[]): Promise<void> {
  if (db.driver !== 'sqlite' || ids.length === 0) return;
  const fts = searchTableOf(table);
  const rows = await trx(table).whereIn('id', [...new Set(ids)]).select('id', 'published_at', 'search_text', 'search_rank').orderBy([{ column: 'published_at' }, { column: 'id' }]);
  for (const row of rows as Record<string, any>[]) {
    const old = row.search_rank === null ? null : Number(row.search_rank);
    const key = [row.published_at, row.id];
    const [before] = (await trx(table).whereRaw('(published_at, id) < (?, ?)', key).whereNotNull('search_rank').orderBy([{ column: 'published_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(1).select('search_rank as rank')) as Neighbour[];
    const [after] = (await trx(table).whereRaw('(published_at, id) > (?, ?)', key).whereNotNull('search_rank').orderBy([{ column: 'published_at' }, { column: 'id' }]).limit(1).select('search_rank as rank')) as Neighbour[];
    const lo = before ? Number(before.rank) : 0;
    const hi = after ? Number(after.rank) : Infinity;
    if (old !== null) await trx.raw(`delete from ${fts} where rowid = ?`, [old]);
    let rank: number;
    if (old !== null && old > lo && old < hi) rank = old;
    else {
      if (old !== null) await trx(table).where('id', row.id).update({ search_rank: null });
      if (hi === Infinity) rank = lo + 1;
      else if (hi - lo > 1) rank = Math.floor((lo + hi) / 2);
      else {
        await shiftUp(trx, table, hi);
        rank = hi;
      }
      await trx(table).where('id', row.id).update({ search_rank: rank });
    }
    await insertIndexRows(trx, table, [{ rank, searchText: String(row.search_text) }]);
  }
}

/** Moves the run of consecutive ranks starting at `from` up by one, index rows with them. */
async function shiftUp(trx: Knex | Knex.Transaction, table: SearchTable, from: number): Promise<void> {
  const fts = searchTableOf(table);
  const run: { id: string; rank: number; searchText: string }[] = [];
  let next = from;
  for (;;) {
    const page = (await trx(table).where('search_rank', '>=', next).orderBy('search_rank').limit(500).select('id', 'search_rank', 'search_text')) as Record<string, any>[];
    let gap = false;
    for (const r of page) {
      if (Number(r.search_rank) !== next) {
        gap = true;
        break;
      }
      run.push({ id: String(r.id), rank: next, searchText: String(r.search_text) });
      next++;
    }
    if (gap || page.length < 500) break;
  }
  // From the top down, so no rank is ever held twice.
  for (const r of run.reverse()) {
    await trx.raw(`delete from ${fts} where rowid = ?`, [r.rank]);
    await trx(table).where('id', r.id).update({ search_rank: r.rank + 1 });
  }
  await insertIndexRows(trx, table, run.map((r) => ({ rank: r.rank + 1, searchText: r.searchText })));
}

/**
 * Rebuilds a catalogue's index from its rows (`pnpm db:reindex`, the bulk loader, the
 * migration): ranks 1…n in (published_at, id) order and every index row rewritten, in one
 * transaction (the caller's, when given). On PostgreSQL the generated column is recomputed
 * and its index rebuilt.
 */
export async function rebuildSearchIndex(db: Database, table: SearchTable, trx?: Knex | Knex.Transaction): Promise<number> {
  if (db.driver === 'postgresql') {
    await db.knex.raw(`update ${table} set search_text = search_text`);
    await db.knex.raw(`reindex index ${table}_search_grams_idx`);
    await db.knex.raw(`analyze ${table}`);
    const [row] = await db.knex(table).count<{ n: string }[]>({ n: '*' });
    return Number(row.n);
  }
  const run = async (t: Knex | Knex.Transaction) => {
    await t.raw(`delete from ${searchTableOf(table)}`);
    await t(table).update({ search_rank: null });
    let rank = 0;
    let after: [number | string, string] | null = null;
    for (;;) {
      const q = t(table).select('id', 'published_at', 'search_text').orderBy([{ column: 'published_at' }, { column: 'id' }]).limit(2000);
      if (after) q.whereRaw('(published_at, id) > (?, ?)', after);
      const rows = (await q) as Record<string, any>[];
      if (rows.length === 0) break;
      const ranked = rows.map((r) => ({ id: String(r.id), rank: ++rank, searchText: String(r.search_text) }));
      for (const part of chunks(ranked)) {
        await t.raw(`update ${table} set search_rank = case id ${part.map(() => 'when ? then ?').join(' ')} end where id in (${part.map(() => '?').join(',')})`, [
          ...part.flatMap((x) => [x.id, x.rank]),
          ...part.map((x) => x.id),
        ]);
      }
      await insertIndexRows(t, table, ranked);
      const last = rows[rows.length - 1];
      after = [last.published_at, String(last.id)];
    }
    return rank;
  };
  return trx ? run(trx) : db.knex.transaction(run);
}

// ── queries ────────────────────────────────────────────────────────────────────────────────

/**
 * The rows of a catalogue whose `search_text` contains the keyword of a LIKE `pattern`
 * (`keywordPattern`), as a query to add the other filters to; all rows when there is none.
 * The index narrows, the LIKE decides.
 */
export function keywordQuery(db: Database, table: SearchTable, pattern: string | null): Knex.QueryBuilder {
  if (!pattern) return db.knex(table);
  const keyword = keywordOfPattern(pattern);
  let q: Knex.QueryBuilder;
  if (db.driver === 'sqlite') {
    const fts = searchTableOf(table);
    const match = ftsMatch(keyword);
    // CROSS JOIN keeps the index as the outer loop, read in rowid order.
    q = match
      ? db.knex(fts).joinRaw(`cross join ${table} on ${table}.search_rank = ${fts}.rowid`).whereRaw(`${fts} match ?`, [match])
      : db.knex(table);
  } else {
    q = db.knex(table).whereRaw(`${table}.search_grams @> ziyang_keyword_grams(?)`, [keyword]);
  }
  return q.whereRaw(`${table}.search_text ${db.like} ? escape '\\'`, [pattern]);
}

/**
 * The newest-first order of a keyword query on SQLite, read straight off the index (its rowid
 * is the rank, in that order); other sorts, and PostgreSQL, order by their columns.
 */
export function keywordOrder(db: Database, table: SearchTable, sort: SortKey, pattern: string | null): SortKey {
  if (!pattern || db.driver !== 'sqlite' || sort.name !== 'NEWEST' || !ftsMatch(keywordOfPattern(pattern))) return sort;
  const fts = searchTableOf(table);
  return {
    ...sort,
    stream: {
      orderSql: `${fts}.rowid desc`,
      // Rows after the cursor rank below it: the index starts there, not at the top.
      bound: (key) => ({ sql: `${fts}.rowid < coalesce((select search_rank from ${table} where id = ?), 9007199254740991)`, params: [key[key.length - 1]] }),
    },
  };
}
