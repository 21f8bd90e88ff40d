import type { Database } from '../../db/orm';
import type { CourseSkill } from '../../seed/catalog-types';
import { placeColumnNames, type PlaceColumns } from '../common/place';
import { lines } from '../jobs/job.rows';
import { courseMarks } from './course.visibility';

export type CourseStatus = 'OPEN' | 'FULL' | 'CLOSED' | 'CANCELLED';

/** A course as the API reads it. */
export interface CourseRow extends PlaceColumns {
  id: string;
  trainerId: string;
  title: string;
  skill: CourseSkill;
  description: string;
  startDate: string;
  endDate: string;
  enrollmentDeadline: string;
  hours: number;
  fee: number;
  subsidy: number;
  coversFood: boolean;
  coversLodging: boolean;
  coversTravel: boolean;
  seats: number;
  seatsLeft: number;
  certificate: string | null;
  requirements: string[];
  contactName: string;
  contactPhone: string;
  publishedAt: Date;
  status: CourseStatus;
  /** The bureau took it down (it reads CANCELLED): see `canSeeCourse`. */
  takenDown: boolean;
  /** Held for the bureau by 对方让我交钱 reports: see `frozenColumn`. */
  frozen: boolean;
}

const columnNames = [
  'id', 'trainer_id', 'title', 'skill', 'description', ...placeColumnNames, 'start_date', 'end_date',
  'enrollment_deadline', 'hours', 'fee', 'subsidy', 'covers_food', 'covers_lodging', 'covers_travel', 'seats',
  'enrolled_count', 'certificate', 'requirements', 'contact_name', 'contact_phone', 'published_at', 'cancelled',
].map((c) => `courses.${c}`);

/** What every read of a course selects; the takedown mark with it, so no read can forget it. */
export function courseColumns(db: Database) {
  return [...columnNames, ...courseMarks(db)];
}

/** Today's date in China (UTC+8, no daylight saving), as YYYY-MM-DD. */
export function chinaDay(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function toCourseRow(db: Database, r: Record<string, any>, now: Date): CourseRow {
  const seatsLeft = Math.max(0, r.seats - r.enrolled_count);
  const today = chinaDay(now);
  // Villagers may still enrol on the first day of a course (many register on arrival).
  const status: CourseStatus = db.readBool(r.cancelled)
    ? 'CANCELLED'
    : today > r.enrollment_deadline || today > r.start_date
      ? 'CLOSED'
      : seatsLeft === 0
        ? 'FULL'
        : 'OPEN';
  return {
    id: r.id,
    trainerId: r.trainer_id,
    title: r.title,
    skill: r.skill,
    description: r.description,
    province: r.province,
    city: r.city,
    county: r.county,
    town: r.town,
    village: r.village,
    address: r.address,
    latitude: r.latitude,
    longitude: r.longitude,
    startDate: r.start_date,
    endDate: r.end_date,
    enrollmentDeadline: r.enrollment_deadline,
    hours: r.hours,
    fee: r.fee,
    subsidy: r.subsidy,
    coversFood: db.readBool(r.covers_food),
    coversLodging: db.readBool(r.covers_lodging),
    coversTravel: db.readBool(r.covers_travel),
    seats: r.seats,
    seatsLeft,
    certificate: r.certificate,
    requirements: lines(r.requirements),
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    publishedAt: db.readDate(r.published_at),
    status,
    takenDown: Number(r.taken_down) === 1,
    frozen: Number(r.frozen) === 1,
  };
}
