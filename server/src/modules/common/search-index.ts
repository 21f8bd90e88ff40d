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
// Ranks are small and close together (16, 32, 48… in (published_at, id) order after a
// rebuild), because FTS5 stores each gram's rows as rowid deltas: rowids spaced by time (ms ×
// 4096) made the index five times larger than consecutive ones, and a larger index is a slower
// one. The spacing of 16 costs about a third more than consecutive ranks and leaves room for a
// row to be placed between two others (an old posting loaded later) without moving any.
const GAP = 16;

/** The ranks of the ranked rows just before and after a row in (published_at, id) order; ±∞ for none. */
async function neighbours(trx: Knex | Knex.Transaction, table: SearchTable, row: Record<string, any>): Promise<{ lo: number; hi: number }> {
  const key = [row.published_at, row.id];
  const [before] = await trx(table).whereRaw('(published_at, id) < (?, ?)', key).whereNotNull('search_rank')
    .orderBy([{ column: 'published_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(1).select('search_rank as rank');
  const [after] = await trx(table).whereRaw('(published_at, id) > (?, ?)', key).whereNotNull('search_rank')
    .orderBy([{ column: 'published_at' }, { column: 'id' }]).limit(1).select('search_rank as rank');
  return { lo: before ? Number(before.rank) : -Infinity, hi: after ? Number(after.rank) : Infinity };
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
 * Each row goes between its neighbours in (published_at, id) order among the rows already
 * ranked: an edited row keeps its rank; a new or newly published posting, the newest, takes
 * the rank above the rest; rows that fall between the same two neighbours (a batch of older
 * postings) share the ranks between them evenly. Only when there is no room left between two
 * neighbours does the run of adjacent ranks above move up.
 */
export async function syncSearchIndex(db: Database, trx: Knex | Knex.Transaction, table: SearchTable, ids: readonly string[]): Promise<void> {
  if (db.driver !== 'sqlite' || ids.length === 0) return;
  const fts = searchTableOf(table);
  const rows = (await trx(table).whereIn('id', [...new Set(ids)]).select('id', 'published_at', 'search_text', 'search_rank').orderBy([{ column: 'published_at' }, { column: 'id' }])) as Record<string, any>[];
  const old = rows.map((r) => (r.search_rank === null ? null : Number(r.search_rank)));
  const held = old.filter((r): r is number => r !== null);
  for (const part of chunks(held)) await trx.raw(`delete from ${fts} where rowid in (${part.map(() => '?').join(',')})`, part);
  if (held.length > 0) await trx(table).whereIn('id', rows.map((r) => r.id)).update({ search_rank: null });
  // Neighbours among the rows ranked already, so none of these rows is a neighbour itself.
  const groups = new Map<string, { lo: number; hi: number; members: number[] }>();
  for (const [i, row] of rows.entries()) {
    const { lo, hi } = await neighbours(trx, table, row);
    const g = groups.get(`${lo}:${hi}`) ?? { lo, hi, members: [] };
    g.members.push(i);
    groups.set(`${lo}:${hi}`, g);
  }
  const ranks = new Array<number | null>(rows.length).fill(null);
  const crowded: number[] = [];
  for (const { lo, hi, members } of groups.values()) {
    const k = members.length;
    const kept = old[members[0]];
    if (k === 1 && kept !== null && kept > lo && kept < hi) ranks[members[0]] = kept;
    else if (lo === -Infinity && hi === Infinity) members.forEach((m, j) => (ranks[m] = GAP * (j + 1)));
    else if (hi === Infinity) members.forEach((m, j) => (ranks[m] = lo + GAP * (j + 1)));
    else if (lo === -Infinity) members.forEach((m, j) => (ranks[m] = hi - GAP * (k - j)));
    else if (hi - lo > k) members.forEach((m, j) => (ranks[m] = lo + Math.floor(((hi - lo) * (j + 1)) / (k + 1))));
    else crowded.push(...members);
  }
  const placed = rows.map((row, i) => ({ id: String(row.id), rank: ranks[i], searchText: String(row.search_text) })).filter((x): x is { id: string; rank: number; searchText: string } => x.rank !== null);
  for (const part of chunks(placed)) {
    await trx.raw(`update ${table} set search_rank = case id ${part.map(() => 'when ? then ?').join(' ')} end where id in (${part.map(() => '?').join(',')})`, [
      ...part.flatMap((x) => [x.id, x.rank]),
      ...part.map((x) => x.id),
    ]);
  }
  await insertIndexRows(trx, table, placed);
  // No room between the neighbours: one row at a time, making room above.
  for (const i of crowded.sort((a, b) => a - b)) {
    const row = rows[i];
    const { lo, hi } = await neighbours(trx, table, row);
    let rank = Math.floor((lo + hi) / 2);
    if (hi - lo <= 1) {
      await shiftUp(trx, table, hi);
      rank = hi;
    }
    await trx(table).where('id', row.id).update({ search_rank: rank });
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
 * migration): ranks GAP, 2·GAP… in (published_at, id) order and every index row rewritten, in one
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
      const ranked = rows.map((r) => ({ id: String(r.id), rank: (rank += GAP), searchText: String(r.search_text) }));
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
    return rank / GAP;
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
