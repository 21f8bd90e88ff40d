import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { AdminPostingFilter, AdminSearchKind, AdminSearchStatus } from '../../generated/graphql';
import { badInput } from '../../errors';
import { forbidden, requireViewer } from '../accounts/account.service';
import type { Viewer } from '../accounts/viewer';
import { placeColumnNames, type PlaceColumns } from '../common/place';
import { keywordOfPattern, keywordQuery } from '../common/search-index';
import { keywordPattern } from '../common/text-filter';
import { chinaDay } from '../courses/course.rows';

/** One result of the bureau's search, as the resolvers read it. */
export interface AdminPostingRow {
  kind: AdminSearchKind;
  id: string;
  title: string;
  status: AdminSearchStatus;
  place: PlaceColumns;
  organizationId: string;
  publishedAt: Date;
  openReports: number;
}

const MAX_PAGE = 50;

type PostingKind = Exclude<AdminSearchKind, 'ORGANIZATION'>;

const POSTINGS: Record<PostingKind, { table: 'jobs' | 'courses' | 'franchise_openings'; org: string }> = {
  JOB: { table: 'jobs', org: 'employer_id' },
  COURSE: { table: 'courses', org: 'trainer_id' },
  FRANCHISE_OPENING: { table: 'franchise_openings', org: 'brand_id' },
};

/** Which statuses each kind can have: a filter on any other matches none of that kind. */
const STATUSES: Record<AdminSearchKind, readonly AdminSearchStatus[]> = {
  JOB: ['OPEN', 'DRAFT', 'UNDER_REVIEW', 'CLOSED', 'TAKEN_DOWN'],
  COURSE: ['OPEN', 'UNDER_REVIEW', 'CLOSED', 'TAKEN_DOWN'],
  FRANCHISE_OPENING: ['OPEN', 'DRAFT', 'UNDER_REVIEW', 'CLOSED', 'TAKEN_DOWN'],
  ORGANIZATION: ['PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED'],
};

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.getTime(), id])).toString('base64url');
}

function decodeCursor(raw: string): { at: Date; id: string } {
  try {
    const [ms, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Number.isSafeInteger(ms) && typeof id === 'string' && /^[A-Za-z0-9_-]{1,16}$/.test(id)) return { at: new Date(ms), id };
  } catch {
    // fall through: any other text is not one of our cursors
  }
  throw badInput('after 不是上一页给出的 endCursor', 'after');
}

/** Newest first, then by id: the order of every part of the search, so the parts merge into one list. */
function newerFirst(a: AdminPostingRow, b: AdminPostingRow): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * The bureau's search over everything on the platform: every job, course and shop opening,
 * whatever its status or whether anyone reported it, and every organisation. Each kind is one
 * bounded query (the keyword through the catalogue's search index, `keywordQuery`; at most a
 * page and one more row, after the cursor, newest first on the indexed publish time); the
 * pages merge into one. Admins only.
 */
export class AdminPostingSearch {
  constructor(private readonly db: Database) {}

  async search(viewer: Viewer | null, filter: AdminPostingFilter | null | undefined, first: number, after: string | null | undefined) {
    const v = requireViewer(viewer);
    if (!v.isAdmin) throw forbidden('只有县人社局可以搜索全部信息');
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput(`first 必须是 1 到 ${MAX_PAGE} 之间的整数`, 'first');
    const cursor = after ? decodeCursor(after) : null;
    const pattern = keywordPattern(filter?.keyword, 'filter.keyword');
    const town = filter?.town?.trim() || null;
    const kinds = (filter?.kind ? [filter.kind] : (['JOB', 'COURSE', 'FRANCHISE_OPENING', 'ORGANIZATION'] as const))
      .filter((k) => !filter?.status || STATUSES[k].includes(filter.status));
    const now = new Date();
    const parts = await Promise.all(kinds.map((kind) =>
      kind === 'ORGANIZATION'
        ? this.organizations(pattern, filter?.status ?? null, town, cursor, first + 1)
        : this.postings(kind, pattern, filter?.status ?? null, town, cursor, first + 1, now)));
    const merged = parts.flat().sort(newerFirst);
    const nodes = merged.slice(0, first);
    await this.countReports(nodes);
    const last = nodes[nodes.length - 1];
    return { nodes, pageInfo: { hasNextPage: merged.length > first, endCursor: last ? encodeCursor(last.publishedAt, last.id) : null } };
  }

  private after(q: Knex.QueryBuilder, column: string, idColumn: string, cursor: { at: Date; id: string } | null): void {
    if (!cursor) return;
    const at = this.db.dateParam(cursor.at);
    q.where((w) => w.where(column, '<', at).orWhere((x) => x.where(column, at).andWhere(idColumn, '<', cursor.id)));
  }

  private async postings(kind: PostingKind, pattern: string | null, status: AdminSearchStatus | null, town: string | null, cursor: { at: Date; id: string } | null, limit: number, now: Date): Promise<AdminPostingRow[]> {
    const { table, org } = POSTINGS[kind];
    const db = this.db;
    const q = keywordQuery(db, table, pattern);
    const t = (c: string) => `${table}.${c}`;
    const selected: (string | Knex.Raw)[] = ['id', 'title', 'published_at', ...placeColumnNames].map(t);
    selected.push(`${t(org)} as org_id`);
    if (kind === 'COURSE') {
      selected.push(t('cancelled'), t('end_date'));
      selected.push(db.knex.raw(`case when exists (select 1 from audit_log where audit_log.subject_id = courses.id and audit_log.subject_kind = 'COURSE' and audit_log.action = 'POSTING_TAKEN_DOWN') then 1 else 0 end as taken_down`));
      selected.push(db.knex.raw(`case when exists (select 1 from posting_freezes where posting_freezes.subject_kind = 'COURSE' and posting_freezes.subject_id = courses.id) then 1 else 0 end as frozen`));
    } else {
      selected.push(t('status'));
      if (kind === 'JOB') selected.push(t('expires_at'));
    }
    q.select(selected);
    if (town) q.where(t('town'), town);
    if (status) this.whereStatus(q, kind, status, now);
    this.after(q, t('published_at'), t('id'), cursor);
    q.orderBy([{ column: t('published_at'), order: 'desc' }, { column: t('id'), order: 'desc' }]).limit(limit);
    const rows = await q;
    return rows.map((r: any) => ({
      kind,
      id: r.id,
      title: r.title,
      status: this.statusOf(kind, r, now),
      place: this.place(r),
      organizationId: r.org_id,
      publishedAt: db.readDate(r.published_at),
      openReports: 0,
    }));
  }

  private whereStatus(q: Knex.QueryBuilder, kind: PostingKind, status: AdminSearchStatus, now: Date): void {
    const db = this.db;
    if (kind === 'COURSE') {
      const takenDown = `exists (select 1 from audit_log where audit_log.subject_id = courses.id and audit_log.subject_kind = 'COURSE' and audit_log.action = 'POSTING_TAKEN_DOWN')`;
      const frozen = `exists (select 1 from posting_freezes where posting_freezes.subject_kind = 'COURSE' and posting_freezes.subject_id = courses.id)`;
      const today = chinaDay(now);
      const cancelled = db.boolParam(true);
      if (status === 'TAKEN_DOWN') q.where('courses.cancelled', cancelled).whereRaw(takenDown);
      else if (status === 'UNDER_REVIEW') q.where('courses.cancelled', db.boolParam(false)).whereRaw(frozen);
      else if (status === 'CLOSED') q.where((w) => w.where((x) => x.where('courses.cancelled', cancelled).whereRaw(`not ${takenDown}`)).orWhere((x) => x.where('courses.cancelled', db.boolParam(false)).where('courses.end_date', '<', today)));
      else if (status === 'OPEN') q.where('courses.cancelled', db.boolParam(false)).where('courses.end_date', '>=', today).whereRaw(`not ${frozen}`);
      return;
    }
    const { table } = POSTINGS[kind];
    if (kind === 'JOB' && status === 'OPEN') q.where('jobs.status', 'OPEN').where('jobs.expires_at', '>', db.dateParam(now));
    else if (kind === 'JOB' && status === 'CLOSED') q.where((w) => w.whereIn('jobs.status', ['CLOSED', 'EXPIRED']).orWhere((x) => x.where('jobs.status', 'OPEN').where('jobs.expires_at', '<=', db.dateParam(now))));
    else q.where(`${table}.status`, status);
  }

  private statusOf(kind: PostingKind, r: Record<string, any>, now: Date): AdminSearchStatus {
    if (kind === 'COURSE') {
      if (Number(r.taken_down) === 1) return 'TAKEN_DOWN';
      if (this.db.readBool(r.cancelled) || r.end_date < chinaDay(now)) return 'CLOSED';
      return Number(r.frozen) === 1 ? 'UNDER_REVIEW' : 'OPEN';
    }
    if (r.status === 'EXPIRED') return 'CLOSED';
    if (kind === 'JOB' && r.status === 'OPEN' && r.expires_at != null && this.db.readDate(r.expires_at) <= now) return 'CLOSED';
    return r.status;
  }

  private async organizations(pattern: string | null, status: AdminSearchStatus | null, town: string | null, cursor: { at: Date; id: string } | null, limit: number): Promise<AdminPostingRow[]> {
    const db = this.db;
    const q = db.knex('organizations').select('id', 'name', 'verified', 'rejection_reason', 'suspended', 'created_at', ...placeColumnNames);
    if (pattern) {
      // Organisations are few (one per employer, not per posting): a LIKE on three short columns.
      // The credit code is stored in upper case; the keyword is matched as typed and in upper case.
      const upper = `%${keywordOfPattern(pattern).toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q.where((w) => w
        .whereRaw(`name ${db.like} ? escape '\\'`, [pattern])
        .orWhereRaw(`legal_representative ${db.like} ? escape '\\'`, [pattern])
        .orWhereRaw(`credit_code like ? escape '\\'`, [upper]));
    }
    if (town) q.where('town', town);
    const no = db.boolParam(false);
    const yes = db.boolParam(true);
    if (status === 'SUSPENDED') q.where('suspended', yes);
    else if (status === 'VERIFIED') q.where({ verified: yes, suspended: no });
    else if (status === 'REJECTED') q.where({ verified: no, suspended: no }).whereNotNull('rejection_reason');
    else if (status === 'PENDING') q.where({ verified: no, suspended: no }).whereNull('rejection_reason');
    this.after(q, 'created_at', 'id', cursor);
    q.orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(limit);
    const rows = await q;
    return rows.map((r: any) => ({
      kind: 'ORGANIZATION' as const,
      id: r.id,
      title: r.name,
      status: db.readBool(r.suspended) ? 'SUSPENDED' : db.readBool(r.verified) ? 'VERIFIED' : r.rejection_reason === null ? 'PENDING' : 'REJECTED',
      place: this.place(r),
      organizationId: r.id,
      publishedAt: db.readDate(r.created_at),
      openReports: 0,
    }));
  }

  private place(r: Record<string, any>): PlaceColumns {
    return { province: r.province, city: r.city, county: r.county, town: r.town, village: r.village, address: r.address, latitude: r.latitude, longitude: r.longitude };
  }

  /** Open reports of the page's postings, in one query. */
  private async countReports(nodes: AdminPostingRow[]): Promise<void> {
    const postings = nodes.filter((n) => n.kind !== 'ORGANIZATION');
    if (postings.length === 0) return;
    const rows = await this.db.knex('reports').where('status', 'OPEN').whereIn('subject_id', postings.map((n) => n.id)).groupBy('subject_kind', 'subject_id').select('subject_kind', 'subject_id').count({ n: '*' });
    const counts = new Map(rows.map((r: any) => [`${r.subject_kind}:${r.subject_id}`, Number(r.n)]));
    for (const n of postings) n.openReports = counts.get(`${n.kind}:${n.id}`) ?? 0;
  }
}
