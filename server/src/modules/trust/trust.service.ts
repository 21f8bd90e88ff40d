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
import { scheduleClosingNotices } from '../timed-work/rules';

/** Three takedowns and an organisation may no longer post. */
export const SUSPEND_AFTER_TAKEDOWNS = 3;

const POSTINGS: Record<PostingKind, { table: string; org: string; link: string }> = {
  JOB: { table: 'jobs', org: 'employer_id', link: '/job/detail/index?id=' },
  COURSE: { table: 'courses', org: 'trainer_id', link: '/course/detail/index?id=' },
  FRANCHISE_OPENING: { table: 'franchise_openings', org: 'brand_id', link: '/opening/detail/index?id=' },
};

/** Who took part in a posting: an application to a job, an enrolment in a course, an interest in an opening. */
const TAKING_PART: Record<PostingKind, { table: string; posting: string }> = {
  JOB: { table: 'applications', posting: 'job_id' },
  COURSE: { table: 'enrollments', posting: 'course_id' },
  FRANCHISE_OPENING: { table: 'interests', posting: 'opening_id' },
};

/** Statuses a job or opening is frozen from: the public ones (a closed posting can still be a fraud). */
const FREEZABLE: ReadonlySet<string> = new Set(['OPEN', 'CLOSED']);

/** Users who did not take part in a posting freeze it between them with this many 对方让我交钱 reports. */
export const FREEZE_AFTER_STRANGER_REPORTS = 2;

const FEE_DEMAND = '对方让我交钱';

export interface ReportRow {
  id: string;
  kind: PostingKind;
  postingId: string;
  orgId: string;
  reason: string;
  feeDemand: boolean;
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
      id: r.id, kind: r.subject_kind, postingId: r.subject_id, orgId: r.org_id, reason: r.reason, feeDemand: this.db.readBool(r.fee_demand), status: r.status,
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
        const row = { id: newId(), reporter_id: v.userId, subject_kind: kind, subject_id: id, org_id: posting.orgId, reason, fee_demand: this.db.boolParam(false), status: 'OPEN', created_at: this.db.dateParam(now), resolved_at: null, resolved_by: null };
        await this.db.writeTransaction(async (trx) => {
          await claim(trx, row.id);
          await trx('reports').insert(row);
        });
        return { report: this.toReport(row), userErrors: [] };
      },
    });
  }

  /** The kind of the posting with this id: ids are unique across the three tables. */
  private async kindOf(q: Knex, id: string): Promise<PostingKind | null> {
    for (const kind of Object.keys(POSTINGS) as PostingKind[]) {
      if (await q(POSTINGS[kind].table).where('id', id).first('id')) return kind;
    }
    return null;
  }

  /**
   * 对方让我交钱. Fees are asked for after the first call, so the villager who took part in a
   * posting is believed at once: her report freezes it. A user who did not take part (anyone can
   * sign in) freezes nothing alone — two of them do. Everything the report sets off — the
   * report, the freeze (a compare-and-set on the status read, and the `posting_freezes` row
   * that remembers it), the warnings to the others who took part, the poster's message and the
   * audit entries — is written in one transaction, which first locks the posting's row so that
   * two reports arriving together on PostgreSQL count each other (SQLite writers take turns).
   */
  async reportFeeDemand(viewer: Viewer | null, postingId: string, rawNote: string | null | undefined, idempotencyKey?: string | null) {
    const v = requireViewer(viewer);
    const key = checkIdempotencyKey(idempotencyKey);
    checkId(postingId, 'postingId');
    const notFound = { report: null, userErrors: [userError('NOT_FOUND', '没有找到要反映的信息', 'postingId')] };
    return once(this.db, { userId: v.userId, key, operation: 'reportFeeDemand', input: { postingId, note: rawNote ?? null } }, {
      replay: async (reportId) => {
        const row = await this.db.knex('reports').where({ id: reportId, reporter_id: v.userId }).first();
        return { report: row ? this.toReport(row) : null, userErrors: [] };
      },
      refuse: (userErrors) => ({ report: null, userErrors }),
      create: async (claim) => {
        const c = new Checker();
        const note = c.text(rawNote, 'note', '补充说明', 0, 200);
        if (!c.ok) return { report: null, userErrors: c.errors };
        const kind = await this.kindOf(this.db.knex, postingId);
        if (!kind) return notFound;
        const mine = { reporter_id: v.userId, subject_kind: kind, subject_id: postingId, status: 'OPEN', fee_demand: this.db.boolParam(true) };
        // The same villager reporting again counts once: she gets her open report back, even
        // when her first report froze the posting out of her sight.
        const existing = await this.db.knex('reports').where(mine).first();
        if (existing) return { report: this.toReport(existing), userErrors: [] };
        const posting = await visiblePosting(this.db, v, kind, postingId);
        if (!posting) return notFound;
        const p = POSTINGS[kind];
        const now = new Date();
        const row = {
          ...mine, id: newId(), org_id: posting.orgId, reason: note ? `${FEE_DEMAND}：${note}` : FEE_DEMAND,
          created_at: this.db.dateParam(now), resolved_at: null, resolved_by: null,
        };
        const outcome = await this.db.writeTransaction(async (trx) => {
          const lock = trx(p.table).where('id', postingId).first('id');
          if (this.db.driver === 'postgresql') lock.forUpdate();
          await lock;
          // A twin sent at the same moment, committed while this waited for the lock.
          const twin = await trx('reports').where(mine).first();
          if (twin) return { report: twin, froze: false };
          await claim(trx, row.id);
          await trx('reports').insert(row);
          const tookPart = TAKING_PART[kind];
          const applied = Boolean(await trx(tookPart.table).where({ [tookPart.posting]: postingId, user_id: v.userId }).first('id'));
          const reporters = (await trx('reports')
            .where({ subject_kind: kind, subject_id: postingId, status: 'OPEN', fee_demand: this.db.boolParam(true) })
            .distinct('reporter_id')).length;
          await audit(this.db, trx, { actorId: v.userId, action: 'FEE_DEMAND_REPORTED', subjectKind: kind, subjectId: postingId, after: { reportId: row.id, applied, reporters } });
          const froze = (applied || reporters >= FREEZE_AFTER_STRANGER_REPORTS) && (await this.freeze(trx, kind, postingId, row.id, posting.title, v.userId));
          return { report: row, froze };
        });
        if (outcome.froze) await this.catalog.bump();
        return { report: this.toReport(outcome.report), userErrors: [] };
      },
    });
  }

  /**
   * Freezes a posting for 对方让我交钱, inside the reporting transaction. A job or opening goes
   * from its public status to UNDER_REVIEW by compare-and-set; a course, which has no status,
   * is frozen by the `posting_freezes` row alone, whose primary key lets only one report freeze
   * it. False when nothing was frozen (already held, or its status changed under the report):
   * the report is still at the head of the bureau's queue.
   */
  private async freeze(trx: Knex, kind: PostingKind, id: string, reportId: string, title: string, actorId: string): Promise<boolean> {
    const p = POSTINGS[kind];
    const now = this.db.dateParam(new Date());
    let previous: string;
    if (kind === 'COURSE') {
      const course = await trx('courses').where('id', id).first('cancelled');
      previous = this.db.readBool(course.cancelled) ? 'CANCELLED' : 'OPEN';
    } else {
      previous = (await trx(p.table).where('id', id).first('status')).status;
      if (!FREEZABLE.has(previous)) return false;
      if (!(await compareAndSet(trx, p.table, id, { status: previous }, { status: 'UNDER_REVIEW', updated_at: now }))) return false;
    }
    await trx('posting_freezes').insert({ subject_kind: kind, subject_id: id, previous_status: previous, report_id: reportId, frozen_at: now }).onConflict(['subject_kind', 'subject_id']).ignore();
    if ((await trx('posting_freezes').where({ subject_kind: kind, subject_id: id }).first('report_id'))?.report_id !== reportId) return false;
    await audit(this.db, trx, { actorId, action: 'POSTING_FROZEN', subjectKind: kind, subjectId: id, before: { status: previous }, after: { status: kind === 'COURSE' ? previous : 'UNDER_REVIEW', frozen: true, reportId } });
    const tookPart = TAKING_PART[kind];
    const others = (await trx(tookPart.table).where(tookPart.posting, id).whereNot('user_id', actorId).distinct('user_id').pluck('user_id')) as string[];
    for (const userId of others) {
      await this.notifications.notify(trx, userId, {
        kind: 'FEE_WARNING',
        title: '提醒：不要交钱',
        body: `有人反映「${title}」让报名的人交钱。正规的招工、培训和开店招人都不会先收钱，请你不要交钱，也不要转账。县人社局正在核实，这条信息先暂停显示。`,
        link: null,
      });
    }
    const org = (await trx(p.table).where('id', id).first(`${p.org} as org_id`)).org_id as string;
    await this.tellMembers(trx, org, {
      kind: 'POSTING_FROZEN',
      title: '信息暂停显示',
      body: `有人反映「${title}」要求交钱，县人社局核实前这条信息暂停显示。核实结果会发到“消息”里。`,
      link: `${p.link}${id}`,
    });
    return true;
  }

  /**
   * Lifts a 对方让我交钱 freeze after the bureau dismissed a report of it, in the dismissing
   * transaction: the posting's other open fee reports are dismissed with it (the bureau judged
   * the posting), the `posting_freezes` row is deleted, and a job or opening gets back the
   * status it had — a compare-and-set on UNDER_REVIEW, so nothing its owner or the bureau did
   * since is undone. False when the posting was not frozen.
   */
  private async lift(trx: Knex, kind: PostingKind, id: string, actorId: string): Promise<boolean> {
    const freeze = await trx('posting_freezes').where({ subject_kind: kind, subject_id: id }).first('previous_status');
    if (!freeze) return false;
    if (!Number(await trx('posting_freezes').where({ subject_kind: kind, subject_id: id }).delete())) return false;
    const now = this.db.dateParam(new Date());
    await trx('reports').where({ subject_kind: kind, subject_id: id, status: 'OPEN', fee_demand: this.db.boolParam(true) }).update({ status: 'DISMISSED', resolved_at: now, resolved_by: actorId });
    const p = POSTINGS[kind];
    const restored = kind === 'COURSE' || (await compareAndSet(trx, p.table, id, { status: 'UNDER_REVIEW' }, { status: freeze.previous_status, updated_at: now }));
    await audit(this.db, trx, { actorId, action: 'POSTING_RESTORED', subjectKind: kind, subjectId: id, before: { status: kind === 'COURSE' ? freeze.previous_status : 'UNDER_REVIEW', frozen: true }, after: { status: freeze.previous_status, frozen: false, restored } });
    const posting = await trx(p.table).where('id', id).first('title', `${p.org} as org_id`);
    await this.tellMembers(trx, posting.org_id, {
      kind: 'POSTING_RESTORED',
      title: '信息恢复显示',
      body: `县人社局核实了对「${posting.title}」的反映，没有发现问题，这条信息已恢复显示。`,
      link: `${p.link}${id}`,
    });
    return true;
  }

  async isFrozen(kind: PostingKind, id: string): Promise<boolean> {
    return Boolean(await this.db.knex('posting_freezes').where({ subject_kind: kind, subject_id: id }).first('subject_id'));
  }

  async reports(viewer: Viewer | null, status: ReportStatus): Promise<ReportRow[]> {
    requireAdmin(viewer);
    // 对方让我交钱 first: a villager may be about to pay.
    const rows = await this.db.knex('reports').where('status', status).orderBy([{ column: 'fee_demand', order: 'desc' }, { column: 'created_at' }, { column: 'id' }]).limit(200);
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
      // A 对方让我交钱 freeze ends in the takedown that confirms it.
      await trx('posting_freezes').where({ subject_kind: kind, subject_id: id }).delete();
      // Villagers still waiting on a job taken down are told; their applications end.
      if (kind === 'JOB') await scheduleClosingNotices(this.db, trx, id, now, 'taken-down');
      await trx('organizations').where('id', posting.org_id).increment('takedown_count', 1);
      const org = await trx('organizations').where('id', posting.org_id).first('takedown_count', 'suspended', 'name');
      // Suspended once: only the takedown that flips the flag closes the rest and says so.
      const suspend = org.takedown_count >= SUSPEND_AFTER_TAKEDOWNS && !this.db.readBool(org.suspended)
        && (await compareAndSet(trx, 'organizations', posting.org_id, { suspended: org.suspended }, { suspended: this.db.boolParam(true) }));
      if (suspend) {
        // A suspended organisation's other live postings stop at once.
        const stopped = (await trx('jobs').where({ employer_id: posting.org_id, status: 'OPEN' }).pluck('id')) as string[];
        await trx('jobs').where({ employer_id: posting.org_id, status: 'OPEN' }).update({ status: 'CLOSED', moderation_note: '机构被暂停' });
        for (const jobId of stopped) await scheduleClosingNotices(this.db, trx, jobId, now, 'suspended');
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
      const report = await trx('reports').where('id', id).first('subject_kind', 'subject_id', 'fee_demand');
      if (this.db.readBool(report.fee_demand) && (await this.lift(trx, report.subject_kind, report.subject_id, v.userId))) return 'LIFTED';
      return 'DONE';
    });
    if (outcome === 'LIFTED') await this.catalog.bump();
    if (outcome === 'DONE' || outcome === 'LIFTED') return { done: true, organization: null, userErrors: [] };
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
    // A job frozen by 对方让我交钱 reports is decided from its reports (`reports`), not approved here.
    return (await this.db.knex('jobs').where('status', 'UNDER_REVIEW')
      .whereNotExists((w) => w.select(this.db.knex.raw('1')).from('posting_freezes').where('posting_freezes.subject_kind', 'JOB').whereRaw('posting_freezes.subject_id = jobs.id'))
      .orderBy('updated_at').limit(200).pluck('id')) as string[];
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
    // From midnight on the 1st, China time, as the months are counted (UTC midnight would
    // leave the first eight hours of the period out of every figure).
    const CST_MS = 8 * 3_600_000;
    const start = new Date(Date.now() + CST_MS);
    start.setUTCMonth(start.getUTCMonth() - months + 1, 1);
    start.setUTCHours(0, 0, 0, 0);
    const since = new Date(start.getTime() - CST_MS);
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
    const thisMonth = new Date(Date.now() + CST_MS).toISOString().slice(0, 7);
    for (let d = new Date(start); d.toISOString().slice(0, 7) <= thisMonth; d.setUTCMonth(d.getUTCMonth() + 1)) row(byMonth, d.toISOString().slice(0, 7));
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
