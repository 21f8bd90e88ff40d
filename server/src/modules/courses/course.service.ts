import type { Knex } from '@mikro-orm/knex';
import type { Database } from '../../db/orm';
import type { CourseFilter, CourseSkill, CourseSort } from '../../generated/graphql';
import { badInput } from '../../errors';
import { boundedCount, pageSize, type Connection } from '../common/connection';
import { isTrue, parsePlace, wherePlace, type PlaceMatch } from '../common/filters';
import { keywordOrder, keywordQuery } from '../common/search-index';
import { checkId } from '../common/ids';
import { keysetPage, newestFirst, type SortKey } from '../common/keyset';
import { keywordPattern } from '../common/text-filter';
import type { CountMemo } from '../common/count-memo';
import type { Viewer } from '../accounts/viewer';
import { chinaDay, courseColumns, toCourseRow, type CourseRow } from './course.rows';
import { canSeeCourse, courseFor, courseMarks, courseOnRecord, courseSeenAs } from './course.visibility';

interface CourseQuery {
  keyword: string | null;
  skill: CourseSkill | null;
  place: PlaceMatch | null;
  freeOnly: boolean;
  startsOnOrAfter: string | null;
  hasSeatsLeft: boolean;
}

/** A strict YYYY-MM-DD that names a real day. */
export function parseDay(value: string, argument: string): string {
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
  if (!ok) throw badInput(`${argument} 必须是 YYYY-MM-DD 格式的日期`, argument);
  return value;
}

function parseCourseFilter(filter: CourseFilter | null | undefined): CourseQuery {
  const f = filter ?? {};
  return {
    keyword: keywordPattern(f.keyword),
    skill: f.skill ?? null,
    place: parsePlace(f.place, 'filter.place'),
    freeOnly: f.freeOnly === true,
    startsOnOrAfter: f.startsAfter ? parseDay(f.startsAfter, 'filter.startsAfter') : null,
    hasSeatsLeft: f.hasSeatsLeft === true,
  };
}

/** Courses a villager can still take part in: not cancelled and not yet over. */
function listedCourses(db: Database, q: CourseQuery, now: Date): Knex.QueryBuilder {
  const today = chinaDay(now);
  const b = keywordQuery(db, 'courses', q.keyword).whereNot((w) => w.whereRaw(isTrue(db, 'courses.cancelled'))).where('courses.end_date', '>=', today)
    // Held by 对方让我交钱 reports until the bureau decides.
    .whereNotExists((w) => w.select(db.knex.raw('1')).from('posting_freezes').where('posting_freezes.subject_kind', 'COURSE').whereRaw('posting_freezes.subject_id = courses.id'));
  if (q.skill) b.where('courses.skill', q.skill);
  wherePlace(b, 'courses', q.place);
  if (q.freeOnly) b.where('courses.fee', 0);
  if (q.startsOnOrAfter) b.where('courses.start_date', '>=', q.startsOnOrAfter);
  if (q.hasSeatsLeft) {
    b.whereRaw('courses.enrolled_count < courses.seats')
      .where('courses.enrollment_deadline', '>=', today)
      .where('courses.start_date', '>=', today);
  }
  return b;
}

const SORTS: Record<CourseSort, SortKey> = {
  NEWEST: newestFirst('courses'),
  SOONEST_START: {
    name: 'SOONEST_START',
    dir: 'asc',
    columns: [
      { sql: 'courses.start_date', part: 'day', alias: 'k_start' },
      { sql: 'courses.id', part: 'id', alias: 'k_id' },
    ],
  },
};

export class CourseService {
  constructor(
    private readonly db: Database,
    private readonly totals: CountMemo,
  ) {}

  async list(args: { filter?: CourseFilter | null; sort?: CourseSort | null; first?: number | null; after?: string | null }, now: Date): Promise<Connection<CourseRow>> {
    const first = pageSize(args.first);
    const q = parseCourseFilter(args.filter);
    const page = await keysetPage(this.db, listedCourses(this.db, q, now).select(courseColumns(this.db)), keywordOrder(this.db, 'courses', SORTS[args.sort ?? 'NEWEST'], q.keyword), first, args.after, (r) =>
      toCourseRow(this.db, r, now),
    );
    return {
      ...page,
      totalCount: () =>
        this.totals.get(`courses:${chinaDay(now)}:${JSON.stringify(q)}`, () => boundedCount(listedCourses(this.db, q, now), this.db.knex)),
    };
  }

  /** A course as a viewer may see it (`canSeeCourse`); null exactly as for an unknown id. */
  async visibleById(viewer: Viewer | null, id: string, now: Date): Promise<CourseRow | null> {
    return courseFor(viewer, await this.byId(id, now));
  }

  /** Courses as a viewer may see them, in the order of `ids` (a DataLoader batch). */
  async visibleByIds(viewer: Viewer | null, ids: readonly string[], now: Date): Promise<(CourseRow | null)[]> {
    return (await this.byIds(ids, now)).map((c) => courseFor(viewer, c));
  }

  /** The courses behind records the viewer may already see (her enrolments): whole, or a stub. */
  async onRecordByIds(viewer: Viewer | null, ids: readonly string[], now: Date): Promise<(CourseRow | null)[]> {
    return (await this.byIds(ids, now)).map((c) => c && courseOnRecord(viewer, c));
  }

  /** Any course, whoever asks: for paths that have checked the viewer themselves. */
  async byId(id: string, now: Date): Promise<CourseRow | null> {
    const row = await this.db.knex('courses').select(courseColumns(this.db)).where('courses.id', checkId(id)).first();
    return row ? toCourseRow(this.db, row, now) : null;
  }

  private async byIds(ids: readonly string[], now: Date): Promise<(CourseRow | null)[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.knex('courses').select(courseColumns(this.db)).whereIn('courses.id', ids as string[]);
    const byId = new Map(rows.map((r: any) => [r.id as string, toCourseRow(this.db, r, now)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Employers that promise jobs to each course's graduates (订单式培训). Part of what a course
   * says, so a course the viewer may not see promises nothing, even reached through a stub.
   */
  async employerIdsByCourses(viewer: Viewer | null, courseIds: readonly string[]): Promise<string[][]> {
    const rows = await this.db
      .knex('course_employers')
      .join('courses', 'courses.id', 'course_employers.course_id')
      .select('course_employers.course_id', 'course_employers.employer_id', 'courses.trainer_id', ...courseMarks(this.db))
      .whereIn('course_employers.course_id', courseIds as string[])
      .orderBy('course_employers.employer_id');
    const seen = rows.filter((r: any) => canSeeCourse(viewer, courseSeenAs(r)));
    return courseIds.map((id) => seen.filter((r: any) => r.course_id === id).map((r: any) => r.employer_id as string));
  }
}
