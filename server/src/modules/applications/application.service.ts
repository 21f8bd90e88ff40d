import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import { isUniqueViolation } from '../../db/errors';
import { requireViewer } from '../accounts/account.service';
import { canManage, type Viewer } from '../accounts/viewer';
import { jobFor } from '../jobs/job.visibility';
import { checkId, newId } from '../common/ids';
import { compareAndSet, staleStatus } from '../common/status-change';
import { userError } from '../common/user-errors';
import { appendHistory, checkNote, LIST_BOUNDS, visibleRecord } from '../common/records';
import type { JobService } from '../jobs/job.service';
import type { NotificationService } from '../notifications/notification.service';
import { audit } from '../trust/audit';
import { markOpened, replyDeadlinesOf } from '../timed-work/rules';
import { clockOf } from '../timed-work/clock';
import { applicationSelect, toApplicationRow, type ApplicationRow } from './application.rows';
import type { OnBehalfInput } from '../../generated/graphql';
import type { OnBehalfService } from '../on-behalf/on-behalf.service';

/** An applicant may withdraw until the employer has decided. */
const WITHDRAWABLE = new Set(['SUBMITTED', 'VIEWED', 'INTERVIEW']);

/**
 * Applications to jobs. Every read checks who is asking: an application is returned to the
 * villager it belongs to, to members of the employer and to admins — and to nobody else, who
 * get "not found" exactly as for an id that does not exist (`visibleRecord`).
 */
export class ApplicationService {
  constructor(
    private readonly db: Database,
    private readonly jobs: JobService,
    private readonly notifications: NotificationService,
    private readonly onBehalf: OnBehalfService,
  ) {}

  private now(): Date {
    return clockOf(this.db).now();
  }

  private applications(q: Knex = this.db.knex) {
    return q('applications').join('jobs', 'jobs.id', 'applications.job_id').select(applicationSelect);
  }

  /**
   * Applies the viewer, or with `onBehalf` a relative (代报名): then the application is the
   * relative's person's (OnBehalfService), so one application per person per job counts her,
   * and the helper is recorded with it in the same transaction. A relative another helper
   * already applied for gets ALREADY_APPLIED, never that helper's application.
   */
  async apply(viewer: Viewer | null, jobId: string, rawNote: string | null | undefined, certificateIds: readonly string[] = [], onBehalf?: OnBehalfInput | null) {
    const v = requireViewer(viewer);
    checkId(jobId, 'jobId');
    const note = checkNote(rawNote, 'note');
    if (note.error) return { application: null, userErrors: [note.error] };
    // Certificates are the helper's own: they cannot go with someone else's application.
    if (onBehalf && certificateIds.length) return { application: null, userErrors: [userError('INVALID', '代报名不能附上你自己的证书', 'certificateIds')] };
    if (certificateIds.length > 5) return { application: null, userErrors: [userError('TOO_MANY', '最多附上 5 个证书', 'certificateIds')] };
    certificateIds.forEach((id) => checkId(id, 'certificateIds'));
    const owned = certificateIds.length
      ? ((await this.db.knex('certificates').where('user_id', v.userId).whereIn('id', certificateIds as string[]).pluck('id')) as string[])
      : [];
    if (owned.length !== new Set(certificateIds).size) return { application: null, userErrors: [userError('NOT_FOUND', '只能附上自己的证书', 'certificateIds')] };
    const now = this.now();
    const job = jobFor(v, await this.jobs.byId(jobId, now));
    if (!job) return { application: null, userErrors: [userError('NOT_FOUND', '没有找到这个工作', 'jobId')] };
    let who = v.userId;
    let helped: Awaited<ReturnType<OnBehalfService['prepare']>> | null = null;
    if (onBehalf) {
      if (job.status !== 'OPEN') return { application: null, userErrors: [userError('JOB_CLOSED', '这个工作已经停止招聘了', 'jobId')] };
      helped = await this.onBehalf.prepare(v, onBehalf);
      if (!helped.personId) return { application: null, userErrors: helped.userErrors };
      who = helped.personId;
    }
    const existing = await this.applicationOf(who, jobId);
    if (existing && existing.status !== 'WITHDRAWN') {
      if (!helped || (await this.onBehalf.madeBy(v, 'APPLICATION', existing.id))) return { application: existing, userErrors: [] };
      return { application: null, userErrors: [userError('ALREADY_APPLIED', '这个人已经报名了这个工作，不用再报', 'onBehalf.phone')] };
    }
    if (job.status !== 'OPEN') return { application: null, userErrors: [userError('JOB_CLOSED', '这个工作已经停止招聘了', 'jobId')] };
    const user = await this.db.knex('users').where('id', v.userId).first('phone');
    if (!user?.phone) return { application: null, userErrors: [userError('PHONE_REQUIRED', '请先留下手机号，方便招工方联系你', 'phone')] };
    // Who made it: the helper for a relative; nobody once she reopens it herself.
    const noteWho = (trx: Knex, id: string) =>
      helped?.personId ? this.onBehalf.record(trx, 'APPLICATION', id, v.userId, helped.personId, helped.person) : this.onBehalf.forget(trx, 'APPLICATION', id);
    if (existing) {
      // Applying again after withdrawing reopens the same application — once: when a double
      // tap on another instance reopened it first, this one writes nothing and answers with
      // the reopened application, as applying twice always does.
      await this.db.writeTransaction(async (trx) => {
        const reopened = await compareAndSet(trx, 'applications', existing.id, { status: 'WITHDRAWN', history: existing.historyText }, {
          status: 'SUBMITTED', note: note.value, history: appendHistory(existing.history, 'SUBMITTED', now), updated_at: this.db.dateParam(now),
        });
        if (!reopened) return;
        await noteWho(trx, existing.id);
        await audit(this.db, trx, { actorId: v.userId, action: 'APPLICATION_STATUS', subjectKind: 'APPLICATION', subjectId: existing.id, before: { status: 'WITHDRAWN' }, after: { status: 'SUBMITTED' } });
        // Sent again: timed afresh from this submission (the old deadlines find it moved on).
        await replyDeadlinesOf(this.db).schedule(trx, existing.id, now, existing.history.length + 1);
      });
      return this.answer(v, helped !== null, await this.applicationOf(who, jobId));
    }
    try {
      const id = newId();
      await this.db.writeTransaction(async (trx) => {
        await trx('applications').insert({
          id, job_id: jobId, user_id: who, note: note.value, status: 'SUBMITTED',
          history: appendHistory([], 'SUBMITTED', now), created_at: this.db.dateParam(now), updated_at: this.db.dateParam(now),
        });
        if (owned.length) await trx('application_certificates').insert(owned.map((c) => ({ application_id: id, certificate_id: c })));
        if (helped?.personId) await noteWho(trx, id);
        await audit(this.db, trx, { actorId: v.userId, action: 'APPLICATION_STATUS', subjectKind: 'APPLICATION', subjectId: id, after: { status: 'SUBMITTED' } });
        await replyDeadlinesOf(this.db).schedule(trx, id, now, 1);
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // a double tap: the other request created it
    }
    return this.answer(v, helped !== null, await this.applicationOf(who, jobId));
  }

  /**
   * The answer to applying: the application as it now is. For a relative, another helper's
   * request may have filed hers in the same moment (the insert lost to the unique index): that
   * application is not this helper's to see, so she hears ALREADY_APPLIED, as she would later.
   */
  private async answer(v: Viewer, forRelative: boolean, row: ApplicationRow | null) {
    if (forRelative && row && !(await this.onBehalf.madeBy(v, 'APPLICATION', row.id))) {
      return { application: null, userErrors: [userError('ALREADY_APPLIED', '这个人已经报名了这个工作，不用再报', 'onBehalf.phone')] };
    }
    return { application: row, userErrors: [] };
  }

  /**
   * Withdraws her application while the employer has not decided. A second withdraw (a double
   * tap) is a no-op success. An application the employer hired or rejected — before this
   * request read it or while it ran — gives STALE_STATUS and stays as the employer left it.
   */
  async withdraw(viewer: Viewer | null, id: string) {
    const v = requireViewer(viewer);
    checkId(id);
    const row = await this.applicationById(v, id);
    // Hers, or one she made for a relative who has not signed in yet (代报名).
    const own = row !== null && (row.userId === v.userId || (await this.onBehalf.helperSees(v, 'APPLICATION', row.id, row.userId)));
    if (!row || !own) return { application: null, userErrors: [userError('NOT_FOUND', '没有找到这条报名', 'id')] };
    const answer = (current: ApplicationRow) => ({ application: current, userErrors: current.status === 'WITHDRAWN' ? [] : [staleStatus()] });
    if (!WITHDRAWABLE.has(row.status)) return answer(row);
    const now = this.now();
    const withdrawn = await this.db.writeTransaction(async (trx) => {
      const moved = await compareAndSet(trx, 'applications', id, { status: row.status, history: row.historyText }, { status: 'WITHDRAWN', history: appendHistory(row.history, 'WITHDRAWN', now), updated_at: this.db.dateParam(now) });
      if (!moved) return false;
      await audit(this.db, trx, { actorId: v.userId, action: 'APPLICATION_STATUS', subjectKind: 'APPLICATION', subjectId: id, before: { status: row.status }, after: { status: 'WITHDRAWN' } });
      return true;
    });
    const current = (await this.applicationById(v, id))!;
    return withdrawn ? { application: current, userErrors: [] } : answer(current);
  }

  async applicationById(viewer: Viewer | null, id: string): Promise<ApplicationRow | null> {
    checkId(id);
    if (!viewer) return null;
    const raw = await this.applications().where('applications.id', id).first();
    const own = raw ? toApplicationRow(this.db, raw) : null;
    if (own && visibleRecord(viewer, own)) await markOpened(this.db, viewer, own.orgId, [own.id], this.now());
    // The helper of a relative who has not signed in yet sees it too (代报名).
    if (own && !visibleRecord(viewer, own) && (await this.onBehalf.helperSees(viewer, 'APPLICATION', own.id, own.userId))) return own;
    return this.shownTo(viewer, visibleRecord(viewer, raw ? toApplicationRow(this.db, raw) : null));
  }

  /**
   * An application as `viewer` may see it. Withdrawing promises the villager 撤回以后招工方就看不到
   * 你的报名了: to the employer's members a withdrawn application is only a status (it still
   * counts as 撤回 in `applicationCounts`), without her name, phone, note, certificates or the
   * relative who applied for her. She herself, and the bureau (which looks into complaints,
   * withdrawn ones included), see it whole.
   */
  private shownTo<T extends ApplicationRow | null>(viewer: Viewer | null, row: T): T {
    if (!row || row.status !== 'WITHDRAWN' || !viewer || viewer.userId === row.userId || viewer.isAdmin) return row;
    return { ...row, note: null, identityHidden: true };
  }

  private async applicationOf(userId: string, jobId: string): Promise<ApplicationRow | null> {
    const raw = await this.applications().where({ 'applications.job_id': jobId, 'applications.user_id': userId }).first();
    return raw ? toApplicationRow(this.db, raw) : null;
  }

  /** Hers, and those she made for relatives who have not signed in yet (marked 代报名). */
  async myApplications(viewer: Viewer | null): Promise<ApplicationRow[]> {
    const v = requireViewer(viewer);
    const helped = await this.onBehalf.helpedRecordIds(v, 'APPLICATION', LIST_BOUNDS.mine);
    const rows = await this.applications().where((w) => w.where('applications.user_id', v.userId).orWhereIn('applications.id', helped)).orderBy([{ column: 'applications.created_at', order: 'desc' }, { column: 'applications.id', order: 'desc' }]).limit(LIST_BOUNDS.mine);
    return rows.map((r: any) => toApplicationRow(this.db, r));
  }

  /** The viewer's applications to these jobs (a DataLoader batch). */
  async myApplicationsForJobs(viewer: Viewer | null, jobIds: readonly string[]): Promise<(ApplicationRow | null)[]> {
    if (!viewer) return jobIds.map(() => null);
    const rows = await this.applications().where('applications.user_id', viewer.userId).whereIn('applications.job_id', jobIds as string[]);
    const byJob = new Map(rows.map((r: any) => [r.job_id as string, toApplicationRow(this.db, r)]));
    return jobIds.map((id) => byJob.get(id) ?? null);
  }

  /** A job's applications for its employer's members and admins; null for anyone else. */
  async forJob(viewer: Viewer | null, job: { id: string; employerId: string }): Promise<ApplicationRow[] | null> {
    if (!canManage(viewer, job.employerId)) return null;
    const rows = await this.applications().where('applications.job_id', job.id).orderBy([{ column: 'applications.created_at', order: 'desc' }, { column: 'applications.id', order: 'desc' }]).limit(LIST_BOUNDS.applicants);
    await markOpened(this.db, viewer, job.employerId, rows.map((r: any) => r.id as string), this.now());
    return rows.map((r: any) => this.shownTo(viewer, toApplicationRow(this.db, r)));
  }

  /** The statuses an employer sets. */
  private static EMPLOYER_SETS = new Set(['VIEWED', 'INTERVIEW', 'HIRED', 'REJECTED']);

  /** The pipeline an employer moves an application along; WITHDRAWN is the applicant's alone. */
  private static NEXT: Record<string, string[]> = {
    SUBMITTED: ['VIEWED', 'INTERVIEW', 'HIRED', 'REJECTED'],
    VIEWED: ['INTERVIEW', 'HIRED', 'REJECTED'],
    INTERVIEW: ['INTERVIEW', 'HIRED', 'REJECTED'],
  };

  private static NOTICE: Record<string, { title: string; body: (job: string, msg: string | null) => string }> = {
    VIEWED: { title: '招工方已查看', body: (job) => `你报名的「${job}」，招工方已经看过了，请留意电话。` },
    INTERVIEW: { title: '面试邀请', body: (job, msg) => `「${job}」邀请你面试：${msg ?? ''}` },
    HIRED: { title: '恭喜录用', body: (job, msg) => `你已被「${job}」录用。${msg ?? ''}` },
    REJECTED: { title: '未被录用', body: (job, msg) => `很遗憾，「${job}」这次没有录用你。${msg ?? ''}看看别的工作吧。` },
  };

  /**
   * Moves an application along the pipeline (the employer's members only) and tells the
   * applicant. The move is a compare-and-set on the status and history read, so of two staff
   * deciding at once (on any instances) exactly one moves it and the applicant hears once.
   * The other — and anyone whose screen still shows a status the application has left, hired,
   * rejected or withdrawn since — gets STALE_STATUS. Asking again for the status it already
   * has (VIEWED, HIRED, REJECTED) is a no-op success: nothing is written and nobody is told
   * twice. INTERVIEW on INTERVIEW is a new invitation (a changed time), so it is a move.
   */
  async setStatus(viewer: Viewer | null, id: string, status: string, rawMessage: string | null | undefined) {
    const v = requireViewer(viewer);
    checkId(id);
    const raw = await this.applications().where('applications.id', id).first();
    const row = raw ? toApplicationRow(this.db, raw) : null;
    // Only the employer's members move applications; to anyone else the id does not exist.
    if (!row || !v.orgIds.has(row.orgId)) return { application: null, userErrors: [userError('NOT_FOUND', '没有找到这条报名', 'id')] };
    const message = checkNote(rawMessage, 'message');
    if (message.error) return { application: null, userErrors: [message.error] };
    // SUBMITTED and WITHDRAWN are never the employer's to set.
    if (!ApplicationService.EMPLOYER_SETS.has(status)) {
      return { application: this.shownTo(v, row), userErrors: [userError('INVALID_TRANSITION', '这条报名现在不能改成这个状态', 'status')] };
    }
    const answer = (current: ApplicationRow) => ({ application: this.shownTo(v, current), userErrors: current.status === status && status !== 'INTERVIEW' ? [] : [staleStatus()] });
    if (!(ApplicationService.NEXT[row.status] ?? []).includes(status)) return answer(row);
    if (status === 'INTERVIEW' && !message.value) return { application: this.shownTo(v, row), userErrors: [userError('REQUIRED', '请写明面试的时间和地点', 'message')] };
    const now = this.now();
    const job = await this.db.knex('jobs').where('id', row.jobId).first('title');
    const notice = ApplicationService.NOTICE[status];
    const moved = await this.db.writeTransaction(async (trx) => {
      const changed = await compareAndSet(trx, 'applications', id, { status: row.status, history: row.historyText }, { status, history: appendHistory(row.history, status, now, message.value), updated_at: this.db.dateParam(now) });
      if (!changed) return false;
      await audit(this.db, trx, { actorId: v.userId, action: 'APPLICATION_STATUS', subjectKind: 'APPLICATION', subjectId: id, before: { status: row.status }, after: { status, message: message.value } });
      await this.notifications.notify(trx, row.userId, {
        kind: 'APPLICATION_STATUS',
        title: notice.title,
        body: notice.body(job.title, message.value),
        link: `/job/detail/index?id=${row.jobId}`,
        wechat: { template: 'APPLICATION_STATUS', data: { thing1: job.title.slice(0, 20), phrase2: notice.title.slice(0, 5), thing3: (message.value ?? notice.title).slice(0, 20) }, dedupeKey: `application:${id}:${row.history.length}` },
      });
      return true;
    });
    const current = toApplicationRow(this.db, await this.applications().where('applications.id', id).first());
    return moved ? { application: current, userErrors: [] } : answer(current);
  }

  async countsForJob(viewer: Viewer | null, job: { id: string; employerId: string }) {
    if (!canManage(viewer, job.employerId)) return null;
    const rows = await this.db.knex('applications').where('job_id', job.id).groupBy('status').select('status', this.db.knex.raw('count(*) as n'));
    const counts = { submitted: 0, viewed: 0, interview: 0, hired: 0, rejected: 0, withdrawn: 0 } as Record<string, number>;
    for (const r of rows as { status: string; n: number | string }[]) counts[r.status.toLowerCase()] = Number(r.n);
    return counts as { submitted: number; viewed: number; interview: number; hired: number; rejected: number; withdrawn: number };
  }
}
