import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import { canManage, type Viewer } from '../accounts/viewer';
import { isTrue } from '../common/filters';
import type { PostingHeader } from '../common/posting-visibility';
import type { CourseRow } from './course.rows';

/**
 * Who may read a course. It lives here, once, and every path that hands out a course asks it —
 * the detail, favourites, reports, the course behind an enrolment, what a course leads to — so
 * none can show more than `course(id)` does. Courses have no drafts: every course is public
 * from the moment it is listed, and stays so when it closes or its trainer cancels it (those
 * enrolled need to read why). Only a course the bureau took down is for the trainer's members
 * and admins alone; to anyone else it does not exist.
 */
export function canSeeCourse(viewer: Viewer | null, course: { trainerId: string; takenDown: boolean; frozen: boolean }): boolean {
  return !(course.takenDown || course.frozen) || canManage(viewer, course.trainerId);
}

/** What `canSeeCourse` needs of a row selected with `courseMarks`. */
export function courseSeenAs(r: { trainer_id: string; taken_down: unknown; frozen: unknown }) {
  return { trainerId: r.trainer_id, takenDown: Number(r.taken_down) === 1, frozen: Number(r.frozen) === 1 };
}

export function courseFor(viewer: Viewer | null, course: CourseRow | null): CourseRow | null {
  return course && canSeeCourse(viewer, course) ? course : null;
}

/**
 * 1 when the bureau took the course down, else 0. A course has no status column: a takedown
 * sets `cancelled`, as a trainer's own cancellation does, and tells them apart only in the
 * audit entry written in the same transaction by the bureau alone — not in the cancellation
 * note, which a trainer writes freely. A takedown is final (a cancelled course cannot be
 * edited or reopened), so the entry's existence is the whole answer.
 */
export function takenDownColumn(db: Database): Knex.Raw {
  return db.knex.raw(
    `case when ${isTrue(db, 'courses.cancelled')} and exists (select 1 from audit_log where audit_log.subject_id = courses.id and audit_log.subject_kind = 'COURSE' and audit_log.action = 'POSTING_TAKEN_DOWN') then 1 else 0 end as taken_down`,
  );
}

/**
 * 1 while 对方让我交钱 reports hold the course for the bureau, else 0. Jobs and openings are
 * frozen by their status (UNDER_REVIEW); a course has none, and cancelling it would tell those
 * enrolled it is over and could not be undone, so its freeze is the `posting_freezes` row alone:
 * the dismissal that deletes it gives the course back exactly as its trainer left it.
 */
export function frozenColumn(db: Database): Knex.Raw {
  return db.knex.raw(
    `case when exists (select 1 from posting_freezes where posting_freezes.subject_kind = 'COURSE' and posting_freezes.subject_id = courses.id) then 1 else 0 end as frozen`,
  );
}

/** The bureau's two marks on a course, selected by every read that decides who may see it. */
export function courseMarks(db: Database): Knex.Raw[] {
  return [takenDownColumn(db), frozenColumn(db)];
}

/**
 * The course behind a villager's own enrolment. Her enrolment stays hers to see, so
 * `Enrollment.course` is never null; a course she may no longer see comes as a stub that names
 * it (title, trainer, dates, status) and carries nothing the bureau took down: no description,
 * fee, place or phone to call.
 */
export function courseOnRecord(viewer: Viewer | null, course: CourseRow): CourseRow {
  if (canSeeCourse(viewer, course)) return course;
  return {
    id: course.id,
    trainerId: course.trainerId,
    title: course.title,
    skill: course.skill,
    startDate: course.startDate,
    endDate: course.endDate,
    enrollmentDeadline: course.enrollmentDeadline,
    publishedAt: course.publishedAt,
    status: course.status,
    takenDown: course.takenDown,
    frozen: course.frozen,
    description: course.takenDown ? '这个课程已被县人社局下架，内容不再显示。' : '有人反映这个课程要交钱，县人社局正在核实，核实期间内容不显示。',
    province: '',
    city: '',
    county: null,
    town: null,
    village: null,
    address: null,
    latitude: null,
    longitude: null,
    hours: 0,
    fee: 0,
    subsidy: 0,
    coversFood: false,
    coversLodging: false,
    coversTravel: false,
    seats: 0,
    seatsLeft: 0,
    certificate: null,
    requirements: [],
    contactName: '',
    contactPhone: '',
  };
}

/** The courses among `ids` the viewer may see, for paths that only need to know (favourite, report). */
export async function visibleCourseHeaders(db: Database, viewer: Viewer | null, ids: readonly string[]): Promise<Map<string, PostingHeader>> {
  if (ids.length === 0) return new Map();
  const rows = await db.knex('courses').whereIn('courses.id', ids as string[]).select('courses.id', 'courses.title', 'courses.trainer_id', ...courseMarks(db));
  return new Map(
    rows
      .filter((r: any) => canSeeCourse(viewer, courseSeenAs(r)))
      .map((r: any) => [r.id as string, { id: r.id, title: r.title, orgId: r.trainer_id }]),
  );
}
