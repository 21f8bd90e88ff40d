import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { FavoriteKind } from '../../generated/graphql';
import type { CatalogVersion } from '../../db/catalog-version-store';
import { isUniqueViolation } from '../../db/errors';
import { requireViewer } from '../accounts/account.service';
import { canManage, type Viewer } from '../accounts/viewer';
import type { UserView } from '../accounts/user.rows';
import { visiblePosting, visiblePostings } from '../common/posting-visibility';
import { chinaDay } from '../courses/course.rows';
import { canSeeCourse, courseMarks, courseSeenAs } from '../courses/course.visibility';
import { canSeeOpening } from '../franchise/franchise-opening.visibility';
import { jobFor } from '../jobs/job.visibility';
import { checkId, newId } from '../common/ids';
import { compareAndSet, staleStatus } from '../common/status-change';
import { userError, type UserError } from '../common/user-errors';
import type { JobService } from '../jobs/job.service';
import type { NotificationService } from '../notifications/notification.service';
import { audit } from '../trust/audit';
import {
  appendHistory,
  applicationSelect,
  parseHistory,
  enrollmentSelect,
  interestSelect,
  toApplicationRow,
  toEnrollmentRow,
  toInterestRow,
  type ApplicationRow,
  type EnrollmentRow,
  type FavoriteRow,
  type InterestRow,
  type ShownWith,
} from './application.rows';

/**
 * The most each list returns, as its `@listSize` in the schema states: the query cost limit
 * counts lists at these sizes. A villager's own lists and an employer's applicants are newest
 * first; a course roster is in enrolment order, and seats are at most 500.
 */
export const LIST_BOUNDS = { mine: 50, favorites: 100, applicants: 200, roster: 500 };

const NOTE_MAX = 200;
/** Thrown to roll a transaction back when its compare-and-set lost to a concurrent change. */
class LostRace extends Error {}
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
/** An applicant may withdraw until the employer has decided. */
const WITHDRAWABLE = new Set(['SUBMITTED', 'VIEWED', 'INTERVIEW']);

function checkNote(note: string | null | undefined, field: string): { value: string | null; error: UserError | null } {
  if (note === null || note === undefined) return { value: null, error: null };
  const v = note.trim();
  if ([...v].length > NOTE_MAX) return { value: null, error: userError('TOO_LONG', `留言最多 ${NOTE_MAX} 个字`, field) };
  if (CONTROL.test(v)) return { value: null, error: userError('INVALID', '留言含有无法识别的字符', field) };
  return { value: v.length ? v : null, error: null };
}

/**
 * Gives free seats to waiting villagers, longest waiting first, each told in 消息; returns how
 * many were promoted. Runs inside the transaction that freed the seats (a cancellation, or a
 * trainer adding seats), with the same guarded UPDATE as enrolling, so it never overfills.
 * Every caller has already written the course row in this transaction, so on PostgreSQL two
 * promotions on one course take turns on its row lock and each sees who the other promoted.
 */
export async function promoteWaitlisted(db: Database, notifications: NotificationService, trx: Knex.Transaction, courseId: string, now: Date): Promise<number> {
  let promoted = 0;
  const gone: string[] = [];
  for (;;) {
    const next = await trx('enrollments').where({ course_id: courseId, status: 'WAITLISTED' }).whereNotIn('id', gone).orderBy([{ column: 'waitlisted_at' }, { column: 'id' }]).first('id', 'history', 'user_id');
    if (!next) return promoted;
    const took = await trx('courses').where('id', courseId).whereRaw('enrolled_count < seats').increment('enrolled_count', 1);
    if (Number(took) !== 1) return promoted;
    // She may be giving up her waiting place this very moment: the seat is hers only while
    // she still waits; otherwise it goes back and the next in line is asked.
    const moved = await compareAndSet(trx, 'enrollments', next.id, { status: 'WAITLISTED', history: next.history }, {
      status: 'ENROLLED',
      waitlisted_at: null,
      history: appendHistory(parseHistory(next.history), 'ENROLLED', now, '有空位了，候补转为正式报名'),
      updated_at: db.dateParam(now),
    });
    if (!moved) {
      await trx('courses').where('id', courseId).decrement('enrolled_count', 1);
      gone.push(next.id);
      continue;
    }
    const course = await trx('courses').where('id', courseId).first('title', 'start_date');
    await notifications.notify(trx, next.user_id, {
      kind: 'ENROLLMENT_PROMOTED',
      title: '候补成功',
      body: `「${course.title}」有空位了，您已从候补转为正式报名。开课日期：${course.start_date}。`,
      link: `/course/detail/index?id=${courseId}`,
      wechat: { template: 'ENROLLMENT_PROMOTED', data: { thing1: course.title.slice(0, 20), date2: course.start_date }, dedupeKey: `promoted:${next.id}:${now.getTime()}` },
    });
    promoted += 1;
  }
}

/**
 * Applications to jobs, enrolments in courses, interest in shop openings and favourites.
 * Every read checks who is asking: a row is returned to the villager it belongs to, to members
 * of the organisation behind the posting, and to admins — and to nobody else, who get "not
 * found" exactly as for an id that does not exist.
 */
export class ApplicationService {
  constructor(
    private readonly db: Database,
    private readonly catalog: CatalogVersion,
    private readonly jobs: JobService,
    private readonly notifications: NotificationService,
  ) {}

  private now(): Date {
    return new Date();
  }

  private applications(q: Knex = this.db.knex) {
    return q('applications').join('jobs', 'jobs.id', 'applications.job_id').select(applicationSelect);
  }

  private enrollments(q: Knex = this.db.knex) {
    return q('enrollments').join('courses', 'courses.id', 'enrollments.course_id').select(enrollmentSelect);
  }

  private interests(q: Knex = this.db.knex) {
    return q('interests').join('franchise_openings', 'franchise_openings.id', 'interests.opening_id').select(interestSelect);
  }

  private visible<T extends { userId: string; orgId: string }>(viewer: Viewer | null, row: T | null): T | null {
    if (!row || !viewer) return null;
    return row.userId === viewer.userId || canManage(viewer, row.orgId) ? row : null;
  }

  // ---- applications -------------------------------------------------------------------

  async apply(viewer: Viewer | null, jobId: string, rawNote: string | null | undefined, certificateIds: readonly string[] = []) {
    const v = requireViewer(viewer);
    checkId(jobId, 'jobId');
    const note = checkNote(rawNote, 'note');
    if (note.error) return { application: null, userErrors: [note.error] };
    if (certificateIds.length > 5) return { application: null, userErrors: [userError('TOO_MANY', '最多附上 5 个证书', 'certificateIds')] };
    certificateIds.forEach((id) => checkId(id, 'certificateIds'));
    const owned = certificateIds.length
      ? ((await this.db.knex('certificates').where('user_id', v.userId).whereIn('id', certificateIds as string[]).pluck('id')) as string[])
      : [];
    if (owned.length !== new Set(certificateIds).size) return { application: null, userErrors: [userError('NOT_FOUND', '只能附上自己的证书', 'certificateIds')] };
    const now = this.now();
    const job = jobFor(v, await this.jobs.byId(jobId, now));
    if (!job) return { application: null, userErrors: [userError('NOT_FOUND', '没有找到这个工作', 'jobId')] };
    const existing = await this.myApplication(v, jobId);
    if (existing && existing.status !== 'WITHDRAWN') return { application: existing, userErrors: [] };
    if (job.status !== 'OPEN') return { application: null, userErrors: [userError('JOB_CLOSED', '这个工作已经停止招聘了', 'jobId')] };
    const user = await this.db.knex('users').where('id', v.userId).first('phone');
    if (!user?.phone) return { application: null, userErrors: [userError('PHONE_REQUIRED', '请先留下手机号，方便招工方联系您', 'phone')] };
    if (existing) {
      // Applying again after withdrawing reopens the same application — once: when a double
      // tap on another instance reopened it first, this one writes nothing and answers with
      // the reopened application, as applying twice always does.
      await this.db.writeTransaction(async (trx) => {
        const reopened = await compareAndSet(trx, 'applications', existing.id, { status: 'WITHDRAWN', history: existing.historyText }, {
          status: 'SUBMITTED', note: note.value, history: appendHistory(existing.history, 'SUBMITTED', now), updated_at: this.db.dateParam(now),
        });
        if (!reopened) return;
        await audit(this.db, trx, { actorId: v.userId, action: 'APPLICATION_STATUS', subjectKind: 'APPLICATION', subjectId: existing.id, before: { status: 'WITHDRAWN' }, after: { status: 'SUBMITTED' } });
      });
      return { application: await this.myApplication(v, jobId), userErrors: [] };
    }
    try {
      const id = newId();
      await this.db.writeTransaction(async (trx) => {
        await trx('applications').insert({
          id, job_id: jobId, user_id: v.userId, note: note.value, status: 'SUBMITTED',
          history: appendHistory([], 'SUBMITTED', now), created_at: this.db.dateParam(now), updated_at: this.db.dateParam(now),
        });
        if (owned.length) await trx('application_certificates').insert(owned.map((c) => ({ application_id: id, certificate_id: c })));
        await audit(this.db, trx, { actorId: v.userId, action: 'APPLICATION_STATUS', subjectKind: 'APPLICATION', subjectId: id, after: { status: 'SUBMITTED' } });
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // a double tap: the other request created it
    }
    return { application: await this.myApplication(v, jobId), userErrors: [] };
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
    if (!row || row.userId !== v.userId) return { application: null, userErrors: [userError('NOT_FOUND', '没有找到这条报名', 'id')] };
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
    return this.visible(viewer, raw ? toApplicationRow(this.db, raw) : null);
  }

  private async myApplication(v: Viewer, jobId: string): Promise<ApplicationRow | null> {
    const raw = await this.applications().where({ 'applications.job_id': jobId, 'applications.user_id': v.userId }).first();
    return raw ? toApplicationRow(this.db, raw) : null;
  }

  async myApplications(viewer: Viewer | null): Promise<ApplicationRow[]> {
    const v = requireViewer(viewer);
    const rows = await this.applications().where('applications.user_id', v.userId).orderBy([{ column: 'applications.created_at', order: 'desc' }, { column: 'applications.id', order: 'desc' }]).limit(LIST_BOUNDS.mine);
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
    return rows.map((r: any) => toApplicationRow(this.db, r));
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
    VIEWED: { title: '招工方已查看', body: (job) => `您报名的「${job}」，招工方已经看过了，请留意电话。` },
    INTERVIEW: { title: '面试邀请', body: (job, msg) => `「${job}」邀请您面试：${msg ?? ''}` },
    HIRED: { title: '恭喜录用', body: (job, msg) => `您已被「${job}」录用。${msg ?? ''}` },
    REJECTED: { title: '未被录用', body: (job, msg) => `很遗憾，「${job}」这次没有录用您。${msg ?? ''}看看别的工作吧。` },
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
      return { application: row, userErrors: [userError('INVALID_TRANSITION', '这条报名现在不能改成这个状态', 'status')] };
    }
    const answer = (current: ApplicationRow) => ({ application: current, userErrors: current.status === status && status !== 'INTERVIEW' ? [] : [staleStatus()] });
    if (!(ApplicationService.NEXT[row.status] ?? []).includes(status)) return answer(row);
    if (status === 'INTERVIEW' && !message.value) return { application: row, userErrors: [userError('REQUIRED', '请写明面试的时间和地点', 'message')] };
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

  async certificatesOfApplication(applicationId: string) {
    return this.db.knex('certificates').join('application_certificates', 'application_certificates.certificate_id', 'certificates.id').where('application_certificates.application_id', applicationId).select('certificates.*');
  }

  /**
   * The certificates on a `User` as its viewer may see them. Her own profile shows all she
   * holds. Anyone else meets her only through one application, enrolment or interest, and sees
   * what that record carries: the certificates she attached to the application; the one the
   * enrolment earned (its trainer issued it); none on an interest, where nothing is attached.
   * An employer never learns which other courses she took unless she chose to show them.
   */
  async certificatesShown(user: UserView & { shownWith?: ShownWith }) {
    if (user.self) return this.db.knex('certificates').where('user_id', user.id).orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]);
    if (!user.personal || !user.shownWith) return [];
    const { kind, id } = user.shownWith;
    if (kind === 'APPLICATION') return this.certificatesOfApplication(id);
    if (kind === 'ENROLLMENT') return this.db.knex('certificates').where({ enrollment_id: id, user_id: user.id });
    return [];
  }

  // ---- enrolments -----------------------------------------------------------------------

  private async enrollmentOf(q: Knex, courseId: string, userId: string): Promise<EnrollmentRow | null> {
    const raw = await this.enrollments(q).where({ 'enrollments.course_id': courseId, 'enrollments.user_id': userId }).first();
    return raw ? toEnrollmentRow(this.db, raw) : null;
  }

  /**
   * Takes a seat. The seat count is guarded by a single conditional UPDATE
   * (`enrolled_count < seats`) inside the transaction that records the enrolment: on
   * PostgreSQL the row lock makes concurrent enrolments (on any number of server instances)
   * take seats one at a time; on SQLite writers are serialised. Either way a course is never
   * enrolled past its seats, and a failed insert gives the seat back with the rollback.
   */
  async enroll(viewer: Viewer | null, courseId: string, joinWaitlist: boolean) {
    const v = requireViewer(viewer);
    checkId(courseId, 'courseId');
    const now = this.now();
    const today = chinaDay(now);
    const run = () =>
      this.db.writeTransaction(async (trx) => {
        const course = await trx('courses')
          .where('courses.id', courseId)
          .first('courses.id', 'courses.trainer_id', 'courses.cancelled', 'courses.enrollment_deadline', 'courses.start_date', ...courseMarks(this.db));
        if (!course || !canSeeCourse(v, courseSeenAs(course))) {
          return { enrollment: null, userErrors: [userError('NOT_FOUND', '没有找到这个课程', 'courseId')] };
        }
        const existing = await this.enrollmentOf(trx, courseId, v.userId);
        if (existing && existing.status !== 'CANCELLED') return { enrollment: existing, userErrors: [] };
        if (this.db.readBool(course.cancelled)) return { enrollment: null, userErrors: [userError('COURSE_CANCELLED', '这个课程已经取消了', 'courseId')] };
        if (today > course.enrollment_deadline || today > course.start_date) {
          return { enrollment: null, userErrors: [userError('COURSE_CLOSED', '这个课程已经截止报名了', 'courseId')] };
        }
        // A seat only in a course still running: a cancellation that committed after the read
        // above (PostgreSQL reads what was committed when each statement starts) wins.
        const took = await trx('courses').where('id', courseId).where('cancelled', this.db.boolParam(false)).whereRaw('enrolled_count < seats').increment('enrolled_count', 1);
        const seated = Number(took) === 1;
        if (!seated && this.db.readBool((await trx('courses').where('id', courseId).first('cancelled')).cancelled)) {
          return { enrollment: null, userErrors: [userError('COURSE_CANCELLED', '这个课程已经取消了', 'courseId')] };
        }
        if (!seated && !joinWaitlist) return { enrollment: null, userErrors: [userError('COURSE_FULL', '名额已满，可以排队候补', 'courseId')] };
        const status = seated ? 'ENROLLED' : 'WAITLISTED';
        const fields = {
          status,
          waitlisted_at: seated ? null : this.db.dateParam(now),
          history: appendHistory(existing?.history ?? [], status, now),
          updated_at: this.db.dateParam(now),
        };
        if (existing) {
          // Enrolling again after cancelling, once: a double tap that re-enrolled first wins,
          // and this transaction rolls back with the seat it took.
          if (!(await compareAndSet(trx, 'enrollments', existing.id, { status: 'CANCELLED', history: existing.historyText }, fields))) throw new LostRace();
        } else await trx('enrollments').insert({ id: newId(), course_id: courseId, user_id: v.userId, created_at: this.db.dateParam(now), ...fields });
        return { enrollment: await this.enrollmentOf(trx, courseId, v.userId), userErrors: [] as UserError[], changed: true };
      });
    let result;
    try {
      result = await run();
    } catch (e) {
      if (!isUniqueViolation(e) && !(e instanceof LostRace)) throw e;
      // A double tap raced this one and won; its enrolment is the answer.
      result = { enrollment: await this.enrollmentOf(this.db.knex, courseId, v.userId), userErrors: [] };
    }
    // seatsLeft is public and cached: let every instance know.
    if ('changed' in result) await this.catalog.bump();
    return { enrollment: result.enrollment, userErrors: result.userErrors };
  }

  /**
   * Gives up a seat; the longest-waiting villager takes it in the same transaction. The
   * cancellation is a compare-and-set on the status and history read, so a double tap (on one
   * instance or two) frees one seat and promotes one villager: the second is a no-op success,
   * as is cancelling an enrolment the course's cancellation already ended. One the trainer
   * marked completed gives STALE_STATUS.
   */
  async cancelEnrollment(viewer: Viewer | null, id: string) {
    const v = requireViewer(viewer);
    checkId(id);
    const now = this.now();
    const read = async (q: Knex) => {
      const raw = await this.enrollments(q).where('enrollments.id', id).first();
      return raw ? toEnrollmentRow(this.db, raw) : null;
    };
    const answer = (current: EnrollmentRow) => ({ enrollment: current, userErrors: current.status === 'CANCELLED' ? [] : [staleStatus()], changed: false });
    const result = await this.db.writeTransaction(async (trx) => {
      const row = await read(trx);
      if (!row || row.userId !== v.userId) return { enrollment: null, userErrors: [userError('NOT_FOUND', '没有找到这条报名', 'id')], changed: false };
      if (row.status !== 'ENROLLED' && row.status !== 'WAITLISTED') return answer(row);
      const cancelled = await compareAndSet(trx, 'enrollments', id, { status: row.status, history: row.historyText }, { status: 'CANCELLED', waitlisted_at: null, history: appendHistory(row.history, 'CANCELLED', now), updated_at: this.db.dateParam(now) });
      if (!cancelled) return answer((await read(trx))!);
      if (row.status === 'ENROLLED') {
        await trx('courses').where('id', row.courseId).where('enrolled_count', '>', 0).decrement('enrolled_count', 1);
        await promoteWaitlisted(this.db, this.notifications, trx, row.courseId, now);
      }
      return { enrollment: (await read(trx))!, userErrors: [] as UserError[], changed: true };
    });
    if (result.changed) await this.catalog.bump();
    return { enrollment: result.enrollment, userErrors: result.userErrors };
  }

  /** An enrolment for the trainer's members (and the trainee); null for anyone else. */
  async enrollmentForManager(viewer: Viewer | null, id: string): Promise<EnrollmentRow | null> {
    const raw = await this.enrollments().where('enrollments.id', id).first();
    return this.visible(viewer, raw ? toEnrollmentRow(this.db, raw) : null);
  }

  async waitlistPosition(row: EnrollmentRow): Promise<number | null> {
    if (row.status !== 'WAITLISTED' || !row.waitlistedAt) return null;
    const at = this.db.dateParam(row.waitlistedAt);
    const [{ n }] = await this.db
      .knex('enrollments')
      .where({ course_id: row.courseId, status: 'WAITLISTED' })
      .where((w) => w.where('waitlisted_at', '<', at).orWhere((x) => x.where('waitlisted_at', at).andWhere('id', '<', row.id)))
      .count({ n: '*' });
    return Number(n) + 1;
  }

  async myEnrollments(viewer: Viewer | null): Promise<EnrollmentRow[]> {
    const v = requireViewer(viewer);
    const rows = await this.enrollments().where('enrollments.user_id', v.userId).orderBy([{ column: 'enrollments.created_at', order: 'desc' }, { column: 'enrollments.id', order: 'desc' }]).limit(LIST_BOUNDS.mine);
    return rows.map((r: any) => toEnrollmentRow(this.db, r));
  }

  async myEnrollmentsForCourses(viewer: Viewer | null, courseIds: readonly string[]): Promise<(EnrollmentRow | null)[]> {
    if (!viewer) return courseIds.map(() => null);
    const rows = await this.enrollments().where('enrollments.user_id', viewer.userId).whereIn('enrollments.course_id', courseIds as string[]);
    const byCourse = new Map(rows.map((r: any) => [r.course_id as string, toEnrollmentRow(this.db, r)]));
    return courseIds.map((id) => byCourse.get(id) ?? null);
  }

  async forCourse(viewer: Viewer | null, course: { id: string; trainerId: string }): Promise<EnrollmentRow[] | null> {
    if (!canManage(viewer, course.trainerId)) return null;
    const rows = await this.enrollments().where('enrollments.course_id', course.id).orderBy([{ column: 'enrollments.created_at' }, { column: 'enrollments.id' }]).limit(LIST_BOUNDS.roster);
    return rows.map((r: any) => toEnrollmentRow(this.db, r));
  }

  // ---- interest in shop openings -------------------------------------------------------------

  async expressInterest(viewer: Viewer | null, openingId: string, positionTitle: string | null | undefined, rawNote: string | null | undefined) {
    const v = requireViewer(viewer);
    checkId(openingId, 'franchiseOpeningId');
    const note = checkNote(rawNote, 'note');
    if (note.error) return { interest: null, userErrors: [note.error] };
    const opening = await this.db.knex('franchise_openings').where('id', openingId).first('id', 'status', 'brand_id');
    if (!opening || !canSeeOpening(v, { status: opening.status, brandId: opening.brand_id })) return { interest: null, userErrors: [userError('NOT_FOUND', '没有找到这个开店信息', 'franchiseOpeningId')] };
    const existing = await this.myInterest(v, openingId);
    if (existing && existing.status !== 'WITHDRAWN') return { interest: existing, userErrors: [] };
    if (opening.status !== 'OPEN') return { interest: null, userErrors: [userError('OPENING_CLOSED', '这家店已经不再招人了', 'franchiseOpeningId')] };
    const title = positionTitle?.trim() || null;
    if (title) {
      const known = await this.db.knex('opening_positions').where({ opening_id: openingId, title }).first('idx');
      if (!known) return { interest: null, userErrors: [userError('UNKNOWN_POSITION', '这家店没有招这个岗位', 'positionTitle')] };
    }
    const now = this.now();
    const fields = { position_title: title, note: note.value, status: 'SUBMITTED', history: appendHistory(existing?.history ?? [], 'SUBMITTED', now), updated_at: this.db.dateParam(now) };
    try {
      // Saying it again after withdrawing reopens the interest once; a double tap that
      // reopened it first is the answer, as saying it twice always is.
      if (existing) await compareAndSet(this.db.knex, 'interests', existing.id, { status: 'WITHDRAWN', history: existing.historyText }, fields);
      else await this.db.knex('interests').insert({ id: newId(), opening_id: openingId, user_id: v.userId, created_at: this.db.dateParam(now), ...fields });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
    return { interest: await this.myInterest(v, openingId), userErrors: [] };
  }

  private async myInterest(v: Viewer, openingId: string): Promise<InterestRow | null> {
    const raw = await this.interests().where({ 'interests.opening_id': openingId, 'interests.user_id': v.userId }).first();
    return raw ? toInterestRow(this.db, raw) : null;
  }

  async myInterests(viewer: Viewer | null): Promise<InterestRow[]> {
    const v = requireViewer(viewer);
    const rows = await this.interests().where('interests.user_id', v.userId).orderBy([{ column: 'interests.created_at', order: 'desc' }, { column: 'interests.id', order: 'desc' }]).limit(LIST_BOUNDS.mine);
    return rows.map((r: any) => toInterestRow(this.db, r));
  }

  async myInterestsForOpenings(viewer: Viewer | null, openingIds: readonly string[]): Promise<(InterestRow | null)[]> {
    if (!viewer) return openingIds.map(() => null);
    const rows = await this.interests().where('interests.user_id', viewer.userId).whereIn('interests.opening_id', openingIds as string[]);
    const byOpening = new Map(rows.map((r: any) => [r.opening_id as string, toInterestRow(this.db, r)]));
    return openingIds.map((id) => byOpening.get(id) ?? null);
  }

  async forOpening(viewer: Viewer | null, opening: { id: string; brandId: string }): Promise<InterestRow[] | null> {
    if (!canManage(viewer, opening.brandId)) return null;
    const rows = await this.interests().where('interests.opening_id', opening.id).orderBy([{ column: 'interests.created_at', order: 'desc' }, { column: 'interests.id', order: 'desc' }]).limit(LIST_BOUNDS.applicants);
    return rows.map((r: any) => toInterestRow(this.db, r));
  }

  // ---- favourites ------------------------------------------------------------------------

  /**
   * Saves or drops a favourite. Only a posting the viewer may see can be saved: one she may
   * not see answers exactly as an unknown id, so saving cannot be used to probe for drafts.
   * Dropping needs no check — it removes only her own row, whatever the posting became.
   */
  async setFavorite(viewer: Viewer | null, kind: FavoriteKind, id: string, saved: boolean) {
    const v = requireViewer(viewer);
    checkId(id);
    const key = { user_id: v.userId, kind, target_id: id };
    if (!saved) {
      await this.db.knex('favorites').where(key).del();
      return { saved: false, userErrors: [] };
    }
    const target = await visiblePosting(this.db, v, kind, id);
    if (!target) return { saved: false, userErrors: [userError('NOT_FOUND', '没有找到要收藏的内容', 'id')] };
    await this.db.knex('favorites').insert({ ...key, created_at: this.db.dateParam(this.now()) }).onConflict(['user_id', 'kind', 'target_id']).ignore();
    return { saved: true, userErrors: [] };
  }

  /**
   * The viewer's saved postings she may still see. A posting taken down, held or withdrawn
   * since she saved it drops out of the list (and comes back if it is published again); so do
   * favourites saved before saving was checked, whatever they point at.
   */
  async myFavorites(viewer: Viewer | null): Promise<FavoriteRow[]> {
    const v = requireViewer(viewer);
    const rows = await this.db.knex('favorites').where('user_id', v.userId).orderBy([{ column: 'created_at', order: 'desc' }, { column: 'target_id', order: 'desc' }]).limit(LIST_BOUNDS.favorites);
    const favorites: FavoriteRow[] = rows.map((r: any) => ({ kind: r.kind, targetId: r.target_id, createdAt: this.db.readDate(r.created_at) }));
    const kinds = [...new Set(favorites.map((f) => f.kind))];
    const visible = new Map(
      await Promise.all(kinds.map(async (k) => [k, await visiblePostings(this.db, v, k, favorites.filter((f) => f.kind === k).map((f) => f.targetId))] as const)),
    );
    return favorites.filter((f) => visible.get(f.kind)?.has(f.targetId));
  }

  /** Keys are `KIND:id`. */
  async favoriteFlags(viewer: Viewer | null, keys: readonly string[]): Promise<boolean[]> {
    if (!viewer) return keys.map(() => false);
    const ids = keys.map((k) => k.slice(k.indexOf(':') + 1));
    const rows = await this.db.knex('favorites').where('user_id', viewer.userId).whereIn('target_id', ids).select('kind', 'target_id');
    const saved = new Set(rows.map((r: any) => `${r.kind}:${r.target_id}`));
    return keys.map((k) => saved.has(k));
  }
}
