import type { Knex } from '@mikro-orm/knex';
import { GraphQLError } from 'graphql';
import type { Database } from '../../db/orm';
import type { JobFilter } from '../../generated/graphql';
import { requireViewer } from '../accounts/account.service';
import type { Viewer } from '../accounts/viewer';
import { checkId, newId } from '../common/ids';
import { Checker } from '../common/input-rules';
import { userError, type UserError } from '../common/user-errors';
import type { JobService } from '../jobs/job.service';
import type { JobRow } from '../jobs/job.rows';
import { canonicalFilter, chipsName, filterJson, isEmptyFilter, MAX_NAME_LENGTH, toJobFilter, type SavedFilter, type SavedSearchRow } from './saved-filter';

/** Saved searches a villager may keep: enough for a few cities and trades, few enough to read. */
export const MAX_SAVED_SEARCHES = 10;

/**
 * New jobs a digest counts per saved search, at most: past it the message says "100+". Bounds
 * what one villager's digest may read however busy a day was.
 */
export const DIGEST_COUNT_LIMIT = 100;

const DAY_MS = 86_400_000;

export interface SaveSearchResult {
  savedSearch: SavedSearchRow | null;
  created: boolean;
  userErrors: UserError[];
}

/** One saved search's share of a digest. */
export interface DigestLine {
  searchId: string;
  name: string;
  /** New matching jobs, up to DIGEST_COUNT_LIMIT. */
  count: number;
  /** True when more matched than were counted. */
  more: boolean;
}

/** When a job was first published: one closed and published again is not news a second time. */
function firstPublished(job: JobRow & { firstPublishedAt?: Date | null }): number {
  return (job.firstPublishedAt ?? job.publishedAt).getTime();
}

function toRow(db: Database, r: Record<string, any>): SavedSearchRow {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    filter: JSON.parse(r.filter) as SavedFilter,
    createdAt: db.readDate(r.created_at),
    matchedThrough: db.readDate(r.matched_through),
  };
}

/** Another digest run moved a search's window first. */
class WindowMoved extends Error {}

/** The user error for a filter the job list's parser refused (it throws BAD_USER_INPUT). */
function filterError(e: unknown): UserError | null {
  if (!(e instanceof GraphQLError) || e.extensions?.code !== 'BAD_USER_INPUT') return null;
  const argument = typeof e.extensions.argument === 'string' ? e.extensions.argument : 'filter';
  return userError('INVALID', e.message, argument);
}

/**
 * Saved job searches and what is new for them. A saved search is its owner's alone: every
 * read and write here is scoped to the signed-in user, and another user's id reads as unknown.
 */
export class SavedSearchService {
  constructor(
    private readonly db: Database,
    /**
     * The job list's service reading through a given connection: the digest counts matches
     * inside its own transaction (SQLite has one connection, and the count must see what the
     * transaction sees).
     */
    private readonly jobsVia: (knex: Knex) => JobService,
    /**
     * Called in the transaction that saves a villager's first search (and every later one,
     * harmlessly): makes sure her daily digest is scheduled.
     */
    private readonly onSaved: (trx: Knex.Transaction, userId: string, now: Date) => Promise<void> = async () => undefined,
  ) {}

  /** The user's saved searches, newest first. */
  async listFor(userId: string): Promise<SavedSearchRow[]> {
    const rows = await this.db
      .knex('saved_searches')
      .where('user_id', userId)
      .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }])
      .limit(MAX_SAVED_SEARCHES);
    return rows.map((r: any) => toRow(this.db, r));
  }

  async save(viewer: Viewer | null, args: { name?: string | null; filter: JobFilter }, now: Date): Promise<SaveSearchResult> {
    const v = requireViewer(viewer);
    const fail = (...errors: UserError[]): SaveSearchResult => ({ savedSearch: null, created: false, userErrors: errors });
    let filter: SavedFilter;
    try {
      filter = canonicalFilter(args.filter, now);
    } catch (e) {
      const error = filterError(e);
      if (error) return fail(error);
      throw e;
    }
    if (isEmptyFilter(filter)) return fail(userError('EMPTY_FILTER', '请先选一个条件（地点、工种或待遇），再保存搜索', 'filter'));
    let name: string | null = null;
    if (args.name !== null && args.name !== undefined) {
      const c = new Checker();
      name = c.text(args.name, 'name', '名称', 0, MAX_NAME_LENGTH);
      if (!c.ok) return fail(...c.errors);
    }
    const { json, key } = filterJson(filter);
    return this.db.writeTransaction(async (trx) => {
      // Count and insert under the owner's row lock, so two saves at once cannot both be the
      // 10th (SQLite's write transaction already runs one writer at a time).
      if (this.db.driver === 'postgresql') await trx('users').where('id', v.userId).forUpdate().first('id');
      const existing = await trx('saved_searches').where({ user_id: v.userId, filter_key: key }).first();
      if (existing) {
        if (name && name !== existing.name) {
          await trx('saved_searches').where({ id: existing.id, user_id: v.userId }).update({ name });
          existing.name = name;
        }
        return { savedSearch: toRow(this.db, existing), created: false, userErrors: [] };
      }
      const [{ n }] = await trx('saved_searches').where('user_id', v.userId).count({ n: '*' });
      if (Number(n) >= MAX_SAVED_SEARCHES) {
        return fail(userError('TOO_MANY_SAVED_SEARCHES', `最多保存 ${MAX_SAVED_SEARCHES} 个搜索，请先在“我的 › 我的搜索”里删掉一个不用的`, null));
      }
      const row = {
        id: newId(), user_id: v.userId, name: name ?? chipsName(filter), filter: json, filter_key: key,
        created_at: this.db.dateParam(now), matched_through: this.db.dateParam(now),
      };
      await trx('saved_searches').insert(row);
      await this.onSaved(trx, v.userId, now);
      return { savedSearch: toRow(this.db, row), created: true, userErrors: [] };
    });
  }

  async delete(viewer: Viewer | null, id: string): Promise<{ deletedId: string | null; userErrors: UserError[] }> {
    const v = requireViewer(viewer);
    const deleted = await this.db.knex('saved_searches').where({ id: checkId(id), user_id: v.userId }).del();
    if (Number(deleted) !== 1) return { deletedId: null, userErrors: [userError('NOT_FOUND', '没有找到这个保存的搜索，可能已经删掉了', 'id')] };
    return { deletedId: id, userErrors: [] };
  }

  /**
   * How many open jobs matching a saved search were first published after `since` and by `now`,
   * read through the job list itself (the same filter semantics and search index, paged the
   * same way), so a digest never promises a job the list would not show.
   */
  async newMatches(knex: Knex, filter: SavedFilter, since: Date, now: Date): Promise<{ count: number; more: boolean }> {
    if (since.getTime() >= now.getTime()) return { count: 0, more: false };
    // Only jobs published since `since` can be new: the list's own day filter keeps the pages
    // to those days, whichever order a keyword search returns them in.
    const days = Math.min(365, Math.max(1, Math.ceil((now.getTime() - since.getTime()) / DAY_MS)));
    const jobFilter = { ...toJobFilter(filter), postedWithinDays: Math.min(filter.postedWithinDays ?? 365, days) };
    const jobs = this.jobsVia(knex);
    let count = 0;
    let after: string | null = null;
    for (;;) {
      const page = await jobs.list({ filter: jobFilter, sort: 'NEWEST', first: 50, after }, now);
      count += page.rows.filter((j) => firstPublished(j) > since.getTime() && firstPublished(j) <= now.getTime()).length;
      if (count > DIGEST_COUNT_LIMIT) return { count: DIGEST_COUNT_LIMIT, more: true };
      if (!page.hasNextPage || page.cursors.length === 0) return { count, more: false };
      after = page.cursors[page.cursors.length - 1];
    }
  }

  /**
   * A villager's digest as of `now`: each of her saved searches with new matches since its
   * last digest. Each search's window then moves to `now` by compare-and-set on the window
   * it was counted from, in the caller's transaction: if another run moved it first, this
   * one reports nothing (it returns null and the caller writes no message).
   */
  async takeDigest(trx: Knex.Transaction, userId: string, now: Date): Promise<DigestLine[] | null> {
    // In a savepoint, so that a window found moved undoes the ones this run moved before it:
    // the other run reports them all.
    try {
      return await trx.transaction(async (sp) => {
        const rows = await sp('saved_searches').where('user_id', userId).orderBy([{ column: 'created_at', order: 'asc' }, { column: 'id', order: 'asc' }]);
        const lines: DigestLine[] = [];
        for (const row of rows as Record<string, any>[]) {
          const search = toRow(this.db, row);
          const { count, more } = await this.newMatches(sp, search.filter, search.matchedThrough, now);
          const moved = Number(await sp('saved_searches').where({ id: search.id, matched_through: row.matched_through }).update({ matched_through: this.db.dateParam(now) }));
          if (moved !== 1) throw new WindowMoved();
          if (count > 0) lines.push({ searchId: search.id, name: search.name, count, more });
        }
        return lines;
      });
    } catch (e) {
      if (e instanceof WindowMoved) return null;
      throw e;
    }
  }

  /** Whether the user still has a saved search (her digest keeps being scheduled while so). */
  async hasAny(trx: Knex, userId: string): Promise<boolean> {
    return Boolean(await trx('saved_searches').where('user_id', userId).first('id'));
  }
}
