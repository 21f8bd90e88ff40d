import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { JobCategory, JobFilter, JobSort } from '../../generated/graphql';
import { badInput } from '../../errors';
import type { Connection } from '../common/connection';
import { boundedCount, COUNT_LIMIT, pageSize, reportedCount } from '../common/connection';
import { isTrue, parsePlace, wherePlace, type PlaceMatch } from '../common/filters';
import { keywordOrder, keywordQuery } from '../common/search-index';
import { checkId } from '../common/ids';
import { highestPayFirst, keysetPage, newestFirst, type SortKey } from '../common/keyset';
import { monthlyEquivalent } from '../common/pay';
import { keywordPattern } from '../common/text-filter';
import type { CountMemo } from '../common/count-memo';
import { jobColumns, toJobRow, type JobRow } from './job.rows';
import type { Viewer } from '../accounts/viewer';
import { jobFor, jobOnRecord } from './job.visibility';

export const ZIYANG_COUNTY = '紫阳县';

const CONDITIONS = {
  providesHousing: 'jobs.provides_housing',
  providesMeals: 'jobs.provides_meals',
  coupleRooms: 'jobs.couple_rooms',
  dayShiftOnly: 'jobs.day_shift_only',
  socialInsurance: 'jobs.social_insurance',
  travelPaid: 'jobs.travel_paid',
} as const;
type Condition = keyof typeof CONDITIONS | 'dailySettlement' | 'verifiedOnly' | 'directEmployerOnly';
const ALL_CONDITIONS: Condition[] = [...(Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[]), 'dailySettlement', 'verifiedOnly', 'directEmployerOnly'];

/** A JobFilter checked once, with every value ready for SQL. */
export interface JobQuery {
  keyword: string | null;
  category: JobCategory | null;
  place: PlaceMatch | null;
  minMonthlyPay: number | null;
  conditions: Set<Condition>;
  publishedSince: Date | null;
}

const MAX_PAY_FLOOR = 1_000_000;

export function parseJobFilter(filter: JobFilter | null | undefined, now: Date): JobQuery {
  const f = filter ?? {};
  let minMonthlyPay: number | null = null;
  if (f.minPay) {
    const { amount, unit } = f.minPay;
    if (!Number.isInteger(amount) || amount < 0 || amount > MAX_PAY_FLOOR) {
      throw badInput(`filter.minPay.amount 必须在 0 到 ${MAX_PAY_FLOOR} 之间`, 'filter.minPay.amount');
    }
    minMonthlyPay = monthlyEquivalent(amount, unit);
  }
  let publishedSince: Date | null = null;
  if (f.postedWithinDays !== null && f.postedWithinDays !== undefined) {
    const d = f.postedWithinDays;
    if (!Number.isInteger(d) || d < 1 || d > 365) throw badInput('filter.postedWithinDays 必须在 1 到 365 之间', 'filter.postedWithinDays');
    publishedSince = new Date(now.getTime() - d * 86_400_000);
  }
  return {
    keyword: keywordPattern(f.keyword),
    category: f.category ?? null,
    place: parsePlace(f.place, 'filter.place'),
    minMonthlyPay,
    // A condition set to false or null means "don't care", not "must not have".
    conditions: new Set(ALL_CONDITIONS.filter((c) => f[c] === true)),
    publishedSince,
  };
}

function conditionSql(db: Database, c: Condition): string {
  if (c === 'dailySettlement') return `jobs.pay_settlement = 'DAILY'`;
  if (c === 'verifiedOnly') return `jobs.employer_id in (select id from organizations where ${isTrue(db, 'organizations.verified')})`;
  // 只看直招: the poster is not a labour agency (Job.viaAgency is the same test, per row).
  if (c === 'directEmployerOnly') return `jobs.employer_id not in (select id from organizations where organizations.kind = 'LABOUR_AGENCY')`;
  return isTrue(db, CONDITIONS[c]);
}

type Facet = 'category' | 'place';

/** Open, unexpired jobs matching the query; `omit` leaves one dimension out, for facets. */
function openJobs(db: Database, query: JobQuery, now: Date, omit?: Facet): Knex.QueryBuilder {
  const q = keywordQuery(db, 'jobs', query.keyword).where('jobs.status', 'OPEN');
  q.where((w) => w.whereNull('jobs.expires_at').orWhere('jobs.expires_at', '>', db.dateParam(now)));
  if (query.category && omit !== 'category') q.where('jobs.category', query.category);
  if (omit !== 'place') wherePlace(q, 'jobs', query.place);
  if (query.minMonthlyPay !== null) q.where('jobs.pay_monthly_max', '>=', query.minMonthlyPay);
  for (const c of query.conditions) q.whereRaw(conditionSql(db, c));
  if (query.publishedSince) q.where('jobs.published_at', '>=', db.dateParam(query.publishedSince));
  return q;
}

const SORTS: Record<JobSort, SortKey> = {
  NEWEST: newestFirst('jobs'),
  HIGHEST_PAY: highestPayFirst('jobs', 'pay_monthly_max'),
};

/**
 * At most COUNT_LIMIT + 1 of the newest rows of a query, as a derived table named `jobs` (so
 * the chip expressions read as on the table): what a facet group is counted over.
 */
function newestMatches(db: Database, q: Knex.QueryBuilder, query: JobQuery): Knex.QueryBuilder {
  const sort = keywordOrder(db, 'jobs', SORTS.NEWEST, query.keyword);
  // Newest by time alone: ties need no order here, and without the id the category, city and
  // town indexes (x, published_at) can stream the sample too.
  const order = sort.stream?.orderSql ?? 'jobs.published_at desc';
  const columns = ['category', 'province', 'city', 'county', 'town', 'employer_id', 'pay_settlement', ...Object.values(CONDITIONS).map((c) => c.slice(5))];
  return q.select(columns.map((c) => `jobs.${c}`)).orderByRaw(order).limit(COUNT_LIMIT + 1).as('jobs');
}

/** A stable key for a parsed filter (the Set of conditions in a fixed order). */
function queryKey(query: JobQuery): string {
  return JSON.stringify({ ...query, conditions: [...query.conditions].sort() });
}

export class JobService {
  constructor(
    private readonly db: Database,
    private readonly totals: CountMemo,
  ) {}

  async list(args: { filter?: JobFilter | null; sort?: JobSort | null; first?: number | null; after?: string | null }, now: Date): Promise<Connection<JobRow>> {
    const first = pageSize(args.first);
    const query = parseJobFilter(args.filter, now);
    const sort = keywordOrder(this.db, 'jobs', SORTS[args.sort ?? 'NEWEST'], query.keyword);
    const page = await keysetPage(this.db, openJobs(this.db, query, now).select(jobColumns), sort, first, args.after, (r) =>
      toJobRow(this.db, r, now),
    );
    return { ...page, totalCount: () => this.totals.get(`jobs:${queryKey(query)}`, () => boundedCount(openJobs(this.db, query, now), this.db.knex)) };
  }

  /** A job as a viewer may see it (`canSeeJob`); null exactly as for an unknown id. */
  async visibleById(viewer: Viewer | null, id: string, now: Date): Promise<JobRow | null> {
    return jobFor(viewer, await this.byId(id, now));
  }

  /** Jobs as a viewer may see them, in the order of `ids` (a DataLoader batch). */
  async visibleByIds(viewer: Viewer | null, ids: readonly string[], now: Date): Promise<(JobRow | null)[]> {
    return (await this.byIds(ids, now)).map((job) => jobFor(viewer, job));
  }

  /** The jobs behind records the viewer may already see (her applications): whole, or a stub. */
  async onRecordByIds(viewer: Viewer | null, ids: readonly string[], now: Date): Promise<(JobRow | null)[]> {
    return (await this.byIds(ids, now)).map((job) => job && jobOnRecord(viewer, job));
  }

  /** Any job, whoever asks: for paths that have checked the viewer themselves. */
  async byId(id: string, now: Date): Promise<JobRow | null> {
    const row = await this.db.knex('jobs').select(jobColumns).where('jobs.id', checkId(id)).first();
    return row ? toJobRow(this.db, row, now) : null;
  }

  private async byIds(ids: readonly string[], now: Date): Promise<(JobRow | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.knex('jobs').select(jobColumns).whereIn('jobs.id', ids as string[]);
    const byId = new Map(rows.map((r: any) => [r.id as string, toJobRow(this.db, r, now)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Open jobs of these employers, newest first, at most `perEmployer` each. */
  async openByEmployers(employerIds: readonly string[], now: Date, perEmployer: number): Promise<Map<string, JobRow[]>> {
    const out = new Map<string, JobRow[]>(employerIds.map((id) => [id, []]));
    if (employerIds.length === 0) return out;
    const q = openJobs(this.db, parseJobFilter(null, now), now)
      .select(jobColumns)
      .whereIn('jobs.employer_id', employerIds as string[])
      .orderBy([{ column: 'jobs.published_at', order: 'desc' }, { column: 'jobs.id', order: 'desc' }]);
    for (const raw of await q) {
      const list = out.get(raw.employer_id)!;
      if (list.length < perEmployer) list.push(toJobRow(this.db, raw, now));
    }
    return out;
  }

  async openCountByEmployers(employerIds: readonly string[], now: Date): Promise<Map<string, number>> {
    const rows = await openJobs(this.db, parseJobFilter(null, now), now)
      .whereIn('jobs.employer_id', employerIds as string[])
      .groupBy('jobs.employer_id')
      .select('jobs.employer_id as id', this.db.knex.raw('count(*) as n'));
    return new Map(rows.map((r: any) => [r.id as string, Number(r.n)]));
  }

  async facets(filter: JobFilter | null | undefined, now: Date) {
    const query = parseJobFilter(filter, now);
    return this.totals.get(`facets:${queryKey(query)}`, () => this.computeFacets(query, now));
  }

  /**
   * Each group is counted over at most the COUNT_LIMIT + 1 newest jobs its filter matches (a
   * stream off an index, stopped there), so a chip never costs a scan of the catalogue: exact
   * up to 1,000 matches, lower bounds past them (the schema says so).
   */
  private async computeFacets(query: JobQuery, now: Date) {
    const db = this.db;
    const k = db.knex;
    const sums = ALL_CONDITIONS.map((c) => `sum(case when ${conditionSql(db, c)} then 1 else 0 end) as "${c}"`).join(', ');
    const sample = (omit?: Facet) => newestMatches(db, openJobs(db, query, now, omit), query);
    // Cities and towns share one sample (every filter but place): a sample of 紫阳县's own
    // rows would have to walk past every match elsewhere to find them.
    const [totals, categories, places] = await Promise.all([
      k.from(sample()).select(k.raw(`count(*) as total, ${sums}`)).first(),
      k.from(sample('category')).select('jobs.category', k.raw('count(*) as n')).groupBy('jobs.category').orderByRaw('count(*) desc, jobs.category'),
      k.from(sample('place'))
        .select('jobs.province', 'jobs.city', 'jobs.county', 'jobs.town', k.raw('count(*) as n'))
        .groupBy('jobs.province', 'jobs.city', 'jobs.county', 'jobs.town'),
    ]);
    const byCount = <T extends { n: number }>(rows: T[], name: (r: T) => string) => rows.sort((a, b) => b.n - a.n || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0)).slice(0, 50);
    const cityCounts = new Map<string, { province: string; city: string; n: number }>();
    const townCounts: { province: string; city: string; town: string; n: number }[] = [];
    for (const r of places as any[]) {
      const key = `${r.province}\u0000${r.city}`;
      const c = cityCounts.get(key) ?? { province: r.province, city: r.city, n: 0 };
      c.n += Number(r.n);
      cityCounts.set(key, c);
      if (r.county === ZIYANG_COUNTY && r.town !== null) townCounts.push({ province: r.province, city: r.city, town: r.town, n: Number(r.n) });
    }
    const cities = byCount([...cityCounts.values()], (r) => r.city);
    const towns = byCount(townCounts, (r) => r.town);
    const t = totals as Record<string, unknown>;
    const total = reportedCount(Number(t.total));
    const groupTotal = (rows: any[]) => rows.reduce((n, r) => n + Number(r.n), 0);
    // A group read its full COUNT_LIMIT + 1 rows: more match than it counted.
    const sampled = total.isLowerBound || groupTotal(categories as any[]) > COUNT_LIMIT || groupTotal(places as any[]) > COUNT_LIMIT;
    const capped = (n: unknown) => Math.min(Number(n ?? 0), COUNT_LIMIT);
    return {
      totalCount: total.count,
      totalCountIsLowerBound: total.isLowerBound,
      countsAreLowerBounds: sampled,
      categories: (categories as any[]).map((r) => ({ category: r.category, count: capped(r.n) })),
      cities: cities.map((r) => ({ province: r.province, city: r.city, town: null, count: capped(r.n) })),
      towns: towns.map((r) => ({ province: r.province, city: r.city, town: r.town, count: capped(r.n) })),
      conditions: Object.fromEntries(ALL_CONDITIONS.map((c) => [c, capped(t[c])])) as Record<Condition, number>,
    };
  }
}
