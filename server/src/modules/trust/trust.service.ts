import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { PostingKind, ReportStatus } from '../../generated/graphql';
import type { CatalogVersion } from '../../db/catalog-version-store';
import { badInput } from '../../errors';
import { forbidden, requireViewer } from '../accounts/account.service';
import type { Viewer } from '../accounts/viewer';
import { checkId, newId } from '../common/ids';
import { checkIdempotencyKey, once } from '../common/idempotency';
import { visiblePosting } from '../common/posting-visibility';
import { Checker } from '../common/input-rules';
import { compareAndSet, staleStatus } from '../common/status-change';
import { userError } from '../common/user-errors';
import { takenDownColumn } from '../courses/course.visibility';
import type { NotificationService } from '../notifications/notification.service';
import { organizationColumns, toOrganizationRow } from '../organizations/organization.rows';
import { verificationOf } from '../organizations/organization.service';
import { audit } from './audit';

/** Three takedowns and an organisation may no longer post. */
export const SUSPEND_AFTER_TAKEDOWNS = 3;

const POSTINGS: Record<PostingKind, { table: string; org: string; link: string }> = {
  JOB: { table: 'jobs', org: 'employer_id', link: '/job/detail/index?id=' },
  COURSE: { table: 'courses', org: 'trainer_id', link: '/course/detail/index?id=' },
  FRANCHISE_OPENING: { table: 'franchise_openings', org: 'brand_id', link: '/opening/detail/index?id=' },
};

export interface ReportRow {
  id: string;
  kind: PostingKind;
  postingId: string;
  orgId: string;
  reason: string;
  status: ReportStatus;
  createdAt: Date;
  resolvedAt: Date | null;
}

function requireAdmin(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!v.isAdmin) throw forbidden('只有县人社局可以做这件事');
  return v;
}

/**
 * Reports, takedowns, the review queue, organisation verification and the bureau's figures.
 * Every action here is the county labour bureau's and goes into the audit log.
 */
export class TrustService {
  constructor(
    private readonly db: Database,
    private readonly catalog: CatalogVersion,
    private readonly notifications: NotificationService,
  ) {}

  private async posting(q: Knex, kind: PostingKind, id: string) {
    const p = POSTINGS[kind];
    return q(p.table).where('id', id).first('id', 'title', `${p.org} as org_id`, ...(kind === 'COURSE' ? ['cancelled'] : ['status']));
  }

  private toReport(r: Record<string, any>): ReportRow {
    return {
      id: r.id, kind: r.subject_kind, postingId: r.subject_id, orgId: r.org_id, reason: r.reason, status: r.status,
      createdAt: this.db.readDate(r.created_at), resolvedAt: r.resolved_at == null ? null : this.db.readDate(r.resolved_at),
    };
  }

  /**
   * A report of a posting the reporter may see. One she may not see (another organisation's
   * draft, a posting already taken down) answers exactly as an unknown id: the payload names
   * the posting's title, so reporting must not become a way to read it.
   */
  async report(viewer: Viewer | null, kind: PostingKind, id: string, rawReason: string, idempotencyKey?: string | null) {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(idempotencyKey);
    checkId(id);
    return once(this.db, { userId: v.userId, key, operation: 'reportPosting', input: { kind, id, reason: rawReason } }, {
      // The reporter's own report, whatever the bureau has made of it since.
      replay: async (reportId) => {
        const row = await this.db.knex('reports').where({ id: reportId, reporter_id: v.userId }).first();
        return { report: row ? this.toReport(row) : null, userErrors: [] };
      },
      refuse: (userErrors) => ({ report: null, userErrors }),
      create: async (claim) => {
        const c = new Checker();
        const reason = c.text(rawReason, 'reason', '举报理由', 4, 500);
        if (!c.ok) return { report: null, userErrors: c.errors };
        const posting = await visiblePosting(this.db, v, kind, id);
        if (!posting) return { report: null, userErrors: [userError('NOT_FOUND', '没有找到要举报的信息', 'id')] };
        const existing = await this.db.knex('reports').where({ reporter_id: v.userId, subject_kind: kind, subject_id: id, status: 'OPEN' }).first();
        if (existing) return { report: this.toReport(existing), userErrors: [] };
        const now = new Date();
        const row = { id: newId(), reporter_id: v.userId, subject_kind: kind, subject_id: id, org_id: posting.orgId, reason, status: 'OPEN', created_at: this.db.dateParam(now), resolved_at: null, resolved_by: null };
        await this.db.writeTransaction(async (trx) => {
          await claim(trx, row.id);
          await trx('reports').insert(row);
        });
        return { report: this.toReport(row), userErrors: [] };
      },
    });
  }

  async reports(viewer: Viewer | null, status: ReportStatus): Promise<ReportRow[]> {
    requireAdmin(viewer);
    const rows = await this.db.knex('reports').where('status', status).orderBy([{ column: 'created_at' }, { column: 'id' }]).limit(200);
    return rows.map((r: any) => this.toReport(r));
  }

  async postingTitle(kind: PostingKind, id: string): Promise<string> {
    return (await this.posting(this.db.knex, kind, id))?.title ?? '（已删除）';
  }

  async openReportCount(kind: PostingKind, id: string): Promise<number> {
    const [{ n }] = await this.db.knex('reports').where({ subject_kind: kind, subject_id: id, status: 'OPEN' }).count({ n: '*' });
    return Number(n);
  }

  private async tellMembers(q: Knex, orgId: string, notice: { kind: string; title: string; body: string; link: string | null }) {
    const members = (await q('memberships').where('organization_id', orgId).pluck('user_id')) as string[];
    for (const m of members) await this.notifications.notify(q, m, notice);
  }

  /**
   * The state a takedown is decided from and compared on: a job's or opening's status; for a
   * course (which has no status column) `cancelled` and its note, and whether the bureau's
   * takedown entry exists.
   */
  private async takedownState(q: Knex, kind: PostingKind, id: string): Promise<{ takenDown: boolean; read: Record<string, unknown>; status: string } | null> {
    if (kind === 'COURSE') {
      const c = await q('courses').where('courses.id', id).first('courses.cancelled', 'courses.moderation_note', takenDownColumn(this.db));
      if (!c) return null;
      const cancelled = this.db.readBool(c.cancelled);
      return { takenDown: Number(c.taken_down) === 1, read: { cancelled: c.cancelled, moderation_note: c.moderation_note }, status: cancelled ? 'CANCELLED' : 'OPEN' };
    }
    const row = await q(POSTINGS[kind].table).where('id', id).first('status');
    return row ? { takenDown: row.status === 'TAKEN_DOWN', read: { status: row.status }, status: row.status } : null;
  }

  /**
   * Takes a posting down, whatever its status (a closed job can still be a fraud). The change
   * is a compare-and-set on the state read: taking down a posting already taken down — by a
   * colleague, before or while this runs — is a no-op success, counted once toward suspension;
   * a posting its owner closed or cancelled while this ran gives STALE_STATUS (the takedown
   * can be sent again, now from that status).
   */
  async takeDown(viewer: Viewer | null, kind: PostingKind, id: string, rawReason: string) {
    const v = requireAdmin(viewer);
    checkId(id);
    const c = new Checker();
    const reason = c.text(rawReason, 'reason', '下架原因', 2, 200);
    if (!c.ok) return { done: false, organization: null, userErrors: c.errors };
    const p = POSTINGS[kind];
    const now = new Date();
    const result = await this.db.writeTransaction(async (trx) => {
      const posting = await this.posting(trx, kind, id);
      const state = posting ? await this.takedownState(trx, kind, id) : null;
      if (!posting || !state) return { done: false, changed: false, userErrors: [userError('NOT_FOUND', '没有找到这条信息', 'id')] };
      if (state.takenDown) return { done: true, changed: false, orgId: posting.org_id as string, userErrors: [] };
      const changes = kind === 'COURSE'
        ? { cancelled: this.db.boolParam(true), moderation_note: `已被县人社局下架：${reason}`, updated_at: this.db.dateParam(now) }
        : { status: 'TAKEN_DOWN', moderation_note: reason, updated_at: this.db.dateParam(now) };
      if (!(await compareAndSet(trx, p.table, id, state.read, changes))) {
        const current = await this.takedownState(trx, kind, id);
        return current?.takenDown
          ? { done: true, changed: false, orgId: posting.org_id as string, userErrors: [] }
          : { done: false, changed: false, orgId: posting.org_id as string, userErrors: [staleStatus()] };
      }
      await trx('reports').where({ subject_kind: kind, subject_id: id, status: 'OPEN' }).update({ status: 'ACTIONED', resolved_at: this.db.dateParam(now), resolved_by: v.userId });
      await trx('organizations').where('id', posting.org_id).increment('takedown_count', 1);
      const org = await trx('organizations').where('id', posting.org_id).first('takedown_count', 'suspended', 'name');
      // Suspended once: only the takedown that flips the flag closes the rest and says so.
      const suspend = org.takedown_count >= SUSPEND_AFTER_TAKEDOWNS && !this.db.readBool(org.suspended)
        && (await compareAndSet(trx, 'organizations', posting.org_id, { suspended: org.suspended }, { suspended: this.db.boolParam(true) }));
      if (suspend) {
        // A suspended organisation's other live postings stop at once.
        await trx('jobs').where({ employer_id: posting.org_id, status: 'OPEN' }).update({ status: 'CLOSED', moderation_note: '机构被暂停' });
        await trx('franchise_openings').where({ brand_id: posting.org_id, status: 'OPEN' }).update({ status: 'CLOSED', moderation_note: '机构被暂停' });
        await audit(this.db, trx, { actorId: v.userId, action: 'ORGANIZATION_SUSPENDED', subjectKind: 'ORGANIZATION', subjectId: posting.org_id, before: { suspended: false }, after: { suspended: true, takedowns: org.takedown_count } });
      }
      await audit(this.db, trx, { actorId: v.userId, action: 'POSTING_TAKEN_DOWN', subjectKind: kind, subjectId: id, before: { status: state.status }, after: { status: 'TAKEN_DOWN', reason } });
      await this.tellMembers(trx, posting.org_id, {
        kind: 'POSTING_TAKEN_DOWN',
        title: '信息被下架',
        body: `「${posting.title}」已被县人社局下架。原因：${reason}${suspend ? `。机构已被下架 ${org.takedown_count} 次，暂停发布。` : ''}`,
        link: `${p.link}${id}`,
      });
      return { done: true, changed: true, orgId: posting.org_id as string, userErrors: [] };
    });
    if (result.changed) await this.catalog.bump();
    return { done: result.done, organization: 'orgId' in result && result.orgId ? await this.organization(result.orgId) : null, userErrors: result.userErrors };
  }

  /**
   * Publishes a job held for review. A second approve — the job is open and the bureau's
   * approval is on record, from a colleague before or while this runs — is a no-op success; a
   * held job closed or taken down meanwhile gives STALE_STATUS; one never held gives
   * NOT_UNDER_REVIEW.
   */
  async approve(viewer: Viewer | null, kind: PostingKind, id: string) {
    const v = requireAdmin(viewer);
    checkId(id);
    if (kind !== 'JOB') throw badInput('只有招聘信息会进入审核', 'kind');
    const notHeld = { done: false, organization: null, userErrors: [userError('NOT_UNDER_REVIEW', '这条信息不在审核中', 'id')] };
    const job = await this.db.knex('jobs').where('id', id).first('status', 'employer_id', 'title');
    if (!job) return notHeld;
    const answer = async (status: string | undefined) => {
      const approved = status === 'OPEN' && (await this.db.knex('audit_log').where({ subject_id: id, subject_kind: 'JOB', action: 'POSTING_APPROVED' }).first('id'));
      if (approved) return { done: true, organization: await this.organization(job.employer_id), userErrors: [] };
      if (status === 'OPEN' || status === 'DRAFT') return notHeld;
      return { done: false, organization: await this.organization(job.employer_id), userErrors: [staleStatus()] };
    };
    if (job.status !== 'UNDER_REVIEW') return answer(job.status);
    const approved = await this.db.writeTransaction(async (trx) => {
      if (!(await compareAndSet(trx, 'jobs', id, { status: 'UNDER_REVIEW' }, { status: 'OPEN', moderation_note: null, updated_at: this.db.dateParam(new Date()) }))) return false;
      await audit(this.db, trx, { actorId: v.userId, action: 'POSTING_APPROVED', subjectKind: kind, subjectId: id, before: { status: 'UNDER_REVIEW' }, after: { status: 'OPEN' } });
      await this.tellMembers(trx, job.employer_id, { kind: 'POSTING_APPROVED', title: '审核通过', body: `「${job.title}」已通过县人社局审核，正在招聘。`, link: `/job/detail/index?id=${id}` });
      return true;
    });
    if (!approved) return answer((await this.db.knex('jobs').where('id', id).first('status'))?.status);
    await this.catalog.bump();
    return { done: true, organization: await this.organization(job.employer_id), userErrors: [] };
  }

  /**
   * Closes an open report without action: a compare-and-set on OPEN. A report already
   * dismissed (a second dismiss) answers NOT_FOUND, as an unknown id — there is no open report
   * to dismiss; one actioned by a takedown, before or while this runs, gives STALE_STATUS.
   */
  async dismiss(viewer: Viewer | null, id: string) {
    const v = requireAdmin(viewer);
    checkId(id);
    const outcome = await this.db.writeTransaction(async (trx) => {
      const updated = await trx('reports').where({ id, status: 'OPEN' }).update({ status: 'DISMISSED', resolved_at: this.db.dateParam(new Date()), resolved_by: v.userId });
      if (!Number(updated)) return ((await trx('reports').where('id', id).first('status'))?.status as string | undefined) ?? 'NONE';
      await audit(this.db, trx, { actorId: v.userId, action: 'REPORT_DISMISSED', subjectKind: 'REPORT', subjectId: id, before: { status: 'OPEN' }, after: { status: 'DISMISSED' } });
      return 'DONE';
    });
    if (outcome === 'DONE') return { done: true, organization: null, userErrors: [] };
    if (outcome === 'ACTIONED') return { done: false, organization: null, userErrors: [staleStatus()] };
    return { done: false, organization: null, userErrors: [userError('NOT_FOUND', '没有找到待处理的举报', 'id')] };
  }

  /** Refuses a waiting organisation (see `verificationOf` for how it meets a verification). */
  async rejectOrganization(viewer: Viewer | null, id: string, rawReason: string) {
    const v = requireAdmin(viewer);
    checkId(id);
    const c = new Checker();
    const reason = c.text(rawReason, 'reason', '原因', 2, 200);
    if (!c.ok) return { organization: null, userErrors: c.errors };
    const org = await this.db.knex('organizations').where('id', id).first('id', 'name', 'verified', 'rejection_reason');
    if (!org) return { organization: null, userErrors: [userError('NOT_FOUND', '没有找到这个机构', 'id')] };
    const answer = async (row: { verified: unknown; rejection_reason: string | null }) =>
      ({ organization: await this.organization(id), userErrors: verificationOf(this.db, row) === 'REJECTED' ? [] : [staleStatus()] });
    if (verificationOf(this.db, org) !== 'PENDING') return answer(org);
    const rejected = await this.db.writeTransaction(async (trx) => {
      const decided = await compareAndSet(trx, 'organizations', id, { verified: org.verified, rejection_reason: null }, { verified: this.db.boolParam(false), verified_at: null, rejection_reason: reason, updated_at: this.db.dateParam(new Date()) });
      if (!decided) return false;
      await audit(this.db, trx, { actorId: v.userId, action: 'ORGANIZATION_REJECTED', subjectKind: 'ORGANIZATION', subjectId: id, before: { verified: false }, after: { verified: false, reason } });
      await this.tellMembers(trx, id, { kind: 'ORGANIZATION_REJECTED', title: '认证未通过', body: `「${org.name}」的认证没有通过。原因：${reason}。请补充材料后联系县人社局。`, link: null });
      return true;
    });
    if (!rejected) return answer(await this.db.knex('organizations').where('id', id).first('verified', 'rejection_reason'));
    await this.catalog.bump();
    return { organization: await this.organization(id), userErrors: [] };
  }

  private async organization(id: string) {
    const row = await this.db.knex('organizations').select(organizationColumns).where('id', id).first();
    return row ? toOrganizationRow(this.db, row) : null;
  }

  async pendingOrganizations(viewer: Viewer | null) {
    requireAdmin(viewer);
    const rows = await this.db.knex('organizations').select(organizationColumns).where('verified', this.db.boolParam(false)).whereNull('rejection_reason').orderBy('created_at').limit(200);
    return rows.map((r: any) => toOrganizationRow(this.db, r));
  }

  async reviewQueue(viewer: Viewer | null): Promise<string[]> {
    requireAdmin(viewer);
    return (await this.db.knex('jobs').where('status', 'UNDER_REVIEW').orderBy('updated_at').limit(200).pluck('id')) as string[];
  }

  async auditLog(viewer: Viewer | null, subjectId: string | null | undefined, first: number) {
    requireAdmin(viewer);
    if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('first 必须是 1 到 200 之间的整数', 'first');
    const q = this.db.knex('audit_log').orderBy([{ column: 'at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(first);
    if (subjectId) q.where('subject_id', checkId(subjectId, 'subjectId'));
    const rows = await q;
    return rows.map((r: any) => ({ id: r.id, actorId: r.actor_id, action: r.action, subjectKind: r.subject_kind, subjectId: r.subject_id, before: r.before, after: r.after, at: this.db.readDate(r.at) }));
  }

  /** `YYYY-MM` of a stored timestamp, in China time, in the engine's own SQL. */
  private month(column: string): string {
    return this.db.driver === 'sqlite'
      ? `strftime('%Y-%m', ${column} / 1000 + 8 * 3600, 'unixepoch')`
      : `to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM')`;
  }

  async countyFigures(viewer: Viewer | null, months: number) {
    requireAdmin(viewer);
    if (!Number.isInteger(months) || months < 1 || months > 36) throw badInput('months 必须是 1 到 36 之间的整数', 'months');
    const since = new Date();
    since.setUTCMonth(since.getUTCMonth() - months + 1, 1);
    since.setUTCHours(0, 0, 0, 0);
    const from = this.db.dateParam(since);
    const k = this.db.knex;
    // Villagers are counted by their home town; postings by the town they are in.
    const measures: [keyof Omit<FigureRow, 'label'>, Knex.QueryBuilder, string, string][] = [
      ['postings', k('jobs').where('jobs.county', '紫阳县').whereNot('jobs.status', 'DRAFT').where('jobs.published_at', '>=', from), 'jobs.town', this.month('jobs.published_at')],
      ['applications', k('applications').join('users', 'users.id', 'applications.user_id').where('applications.created_at', '>=', from), 'users.home_town', this.month('applications.created_at')],
      ['hires', k('applications').join('users', 'users.id', 'applications.user_id').where('applications.status', 'HIRED').where('applications.updated_at', '>=', from), 'users.home_town', this.month('applications.updated_at')],
      ['enrollments', k('enrollments').join('users', 'users.id', 'enrollments.user_id').whereIn('enrollments.status', ['ENROLLED', 'COMPLETED']).where('enrollments.created_at', '>=', from), 'users.home_town', this.month('enrollments.created_at')],
      ['completions', k('certificates').join('users', 'users.id', 'certificates.user_id').where('certificates.created_at', '>=', from), 'users.home_town', this.month('certificates.created_at')],
    ];
    const byTown = new Map<string, FigureRow>();
    const byMonth = new Map<string, FigureRow>();
    const total = blank('合计');
    for (const [measure, base, town, month] of measures) {
      const towns = await base.clone().whereNotNull(town).groupByRaw(town).select(k.raw(`${town} as label, count(*) as n`));
      for (const r of towns as any[]) row(byTown, r.label)[measure] += Number(r.n);
      const ms = await base.clone().groupByRaw(month).select(k.raw(`${month} as label, count(*) as n`));
      for (const r of ms as any[]) {
        row(byMonth, r.label)[measure] += Number(r.n);
        total[measure] += Number(r.n);
      }
    }
    // Every month of the period appears, even a quiet one, so charts have no gaps.
    for (let d = new Date(since); d <= new Date(); d.setUTCMonth(d.getUTCMonth() + 1)) row(byMonth, d.toISOString().slice(0, 7));
    const activity = (r: FigureRow) => r.postings + r.applications + r.hires + r.enrollments + r.completions;
    return {
      total,
      byTown: [...byTown.values()].sort((a, b) => activity(b) - activity(a) || a.label.localeCompare(b.label)),
      byMonth: [...byMonth.values()].sort((a, b) => a.label.localeCompare(b.label)),
    };
  }
}

interface FigureRow {
  label: string;
  postings: number;
  applications: number;
  hires: number;
  enrollments: number;
  completions: number;
}

function blank(label: string): FigureRow {
  return { label, postings: 0, applications: 0, hires: 0, enrollments: 0, completions: 0 };
}

function row(map: Map<string, FigureRow>, label: string): FigureRow {
  let r = map.get(label);
  if (!r) map.set(label, (r = blank(label)));
  return r;
}
