import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { CatalogVersion } from '../../db/catalog-version-store';
import { isUniqueViolation } from '../../db/errors';
import { requireViewer } from '../accounts/account.service';
import { canManage, type Viewer } from '../accounts/viewer';
import { chinaDay } from '../courses/course.rows';
import { canSeeCourse, courseMarks, courseSeenAs } from '../courses/course.visibility';
import { checkId, newId } from '../common/ids';
import { compareAndSet, staleStatus } from '../common/status-change';
import { userError, type UserError } from '../common/user-errors';
import { appendHistory, LIST_BOUNDS, LostRace, parseHistory, visibleRecord } from '../common/records';
import type { NotificationService } from '../notifications/notification.service';
import { spokenDay } from '../notifications/notice-wording';
import { enrollmentSelect, toEnrollmentRow, type EnrollmentRow } from './enrollment.rows';
import type { OnBehalfInput } from '../../generated/graphql';
import type { OnBehalfService } from '../on-behalf/on-behalf.service';


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
      body: `「${course.title}」有空位了，你已从候补转为正式报名。开课日期：${spokenDay(String(course.start_date))}。`,
      link: `/course/detail/index?id=${courseId}`,
      wechat: { template: 'ENROLLMENT_PROMOTED', data: { thing1: course.title.slice(0, 20), date2: course.start_date }, dedupeKey: `promoted:${next.id}:${now.getTime()}` },
    });
    promoted += 1;
  }
}

/**
 * Enrolments in courses, with the waiting list. Every read checks who is asking: an enrolment
 * is returned to the villager it belongs to, to members of the trainer and to admins — and to
 * nobody else (`visibleRecord`).
 */
export class EnrollmentService {
  constructor(
    private readonly db: Database,
    private readonly catalog: CatalogVersion,
    private readonly notifications: NotificationService,
    private readonly onBehalf: OnBehalfService,
  ) {}

  private now(): Date {
    return new Date();
  }

  private enrollments(q: Knex = this.db.knex) {
    return q('enrollments').join('courses', 'courses.id', 'enrollments.course_id').select(enrollmentSelect);
  }

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
  async enroll(viewer: Viewer | null, courseId: string, joinWaitlist: boolean, onBehalf?: OnBehalfInput | null) {
    const v = requireViewer(viewer);
    checkId(courseId, 'courseId');
    // For a relative (代报名) the seat is hers: one enrolment per person per course counts her.
    let who = v.userId;
    let helped: Awaited<ReturnType<OnBehalfService['prepare']>> | null = null;
    if (onBehalf) {
      helped = await this.onBehalf.prepare(v, onBehalf);
      if (!helped.personId) return { enrollment: null, userErrors: helped.userErrors };
      who = helped.personId;
    }
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
        const existing = await this.enrollmentOf(trx, courseId, who);
        if (existing && existing.status !== 'CANCELLED') {
          if (!helped || (await this.onBehalf.madeBy(v, 'ENROLLMENT', existing.id, trx))) return { enrollment: existing, userErrors: [] };
          return { enrollment: null, userErrors: [userError('ALREADY_ENROLLED', '这个人已经报名了这个课程，不用再报', 'onBehalf.phone')] };
        }
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
        }
        const id = existing?.id ?? newId();
        if (!existing) await trx('enrollments').insert({ id, course_id: courseId, user_id: who, created_at: this.db.dateParam(now), ...fields });
        // Who made it: the helper for a relative; nobody once she enrolls again herself.
        if (helped?.personId) await this.onBehalf.record(trx, 'ENROLLMENT', id, v.userId, helped.personId, helped.person);
        else if (existing) await this.onBehalf.forget(trx, 'ENROLLMENT', id);
        return { enrollment: await this.enrollmentOf(trx, courseId, who), userErrors: [] as UserError[], changed: true };
      });
    let result;
    try {
      result = await run();
    } catch (e) {
      if (!isUniqueViolation(e) && !(e instanceof LostRace)) throw e;
      // A double tap raced this one and won; its enrolment is the answer.
      const winner = await this.enrollmentOf(this.db.knex, courseId, who);
      // For a relative, another helper's enrolment of her may have won: not this helper's to see.
      result = helped && winner && !(await this.onBehalf.madeBy(v, 'ENROLLMENT', winner.id))
        ? { enrollment: null, userErrors: [userError('ALREADY_ENROLLED', '这个人已经报名了这个课程，不用再报', 'onBehalf.phone')] }
        : { enrollment: winner, userErrors: [] };
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
      // Hers, or one she made for a relative who has not signed in yet (代报名).
      const own = row !== null && (row.userId === v.userId || (await this.onBehalf.helperSees(v, 'ENROLLMENT', row.id, row.userId, trx)));
      if (!row || !own) return { enrollment: null, userErrors: [userError('NOT_FOUND', '没有找到这条报名', 'id')], changed: false };
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
    return visibleRecord(viewer, raw ? toEnrollmentRow(this.db, raw) : null);
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
    const helped = await this.onBehalf.helpedRecordIds(v, 'ENROLLMENT', LIST_BOUNDS.mine);
    const rows = await this.enrollments().where((w) => w.where('enrollments.user_id', v.userId).orWhereIn('enrollments.id', helped)).orderBy([{ column: 'enrollments.created_at', order: 'desc' }, { column: 'enrollments.id', order: 'desc' }]).limit(LIST_BOUNDS.mine);
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
}
