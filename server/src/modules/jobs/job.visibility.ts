import type { Database } from '../../db/orm';
import { canManage, type Viewer } from '../accounts/viewer';
import type { PostingHeader } from '../common/posting-visibility';
import type { JobRow } from './job.rows';

/**
 * Who may read a job. It lives here, once, and every path that hands out a job asks it — the
 * detail, favourites, reports, the job behind an application — so none can show more than
 * `job(id)` does. Open, closed and expired jobs are public: a closed job is no secret, and a
 * villager wants to look back at what she applied to. Drafts, jobs held for review and jobs
 * the bureau took down are for the employer's members and admins alone; to anyone else they
 * do not exist.
 */
const PUBLIC: ReadonlySet<string> = new Set<JobRow['status']>(['OPEN', 'CLOSED', 'EXPIRED']);

/** Stored or derived status alike: a job only expires from OPEN, which is public too. */
export function canSeeJob(viewer: Viewer | null, job: { status: string; employerId: string }): boolean {
  return PUBLIC.has(job.status) || canManage(viewer, job.employerId);
}

export function jobFor(viewer: Viewer | null, job: JobRow | null): JobRow | null {
  return job && canSeeJob(viewer, job) ? job : null;
}

const HIDDEN_NOTICE: Record<string, string> = {
  TAKEN_DOWN: '这条招聘已被县人社局下架，内容不再显示。',
  UNDER_REVIEW: '这条招聘正在等县人社局审核，审核期间内容不显示。',
  DRAFT: '这条招聘已被招工方收回，内容不再显示。',
};

/**
 * The job behind a villager's own application. Her application and its status stay hers to
 * see whatever became of the job, so `Application.job` is never null; but a job she may no
 * longer see comes as a stub that names it (title, employer, status) and carries nothing the
 * bureau took down: no description, pay, place or phone to call.
 */
export function jobOnRecord(viewer: Viewer | null, job: JobRow): JobRow {
  if (canSeeJob(viewer, job)) return job;
  return {
    id: job.id,
    employerId: job.employerId,
    title: job.title,
    category: job.category,
    status: job.status,
    publishedAt: job.publishedAt,
    expiresAt: null,
    moderationNote: null,
    description: HIDDEN_NOTICE[job.status] ?? HIDDEN_NOTICE.TAKEN_DOWN,
    province: '',
    city: '',
    county: null,
    town: null,
    village: null,
    address: null,
    latitude: null,
    longitude: null,
    payMin: 0,
    payMax: 0,
    payUnit: job.payUnit,
    paySettlement: job.paySettlement,
    payUnitsPerMonth: null,
    payMonthlyMin: 0,
    payMonthlyMax: 0,
    providesHousing: false,
    providesMeals: false,
    coupleRooms: false,
    dayShiftOnly: false,
    socialInsurance: false,
    travelPaid: false,
    headcount: 0,
    ageMin: null,
    ageMax: null,
    requirements: [],
    contactName: '',
    contactPhone: '',
  };
}

/** The jobs among `ids` the viewer may see, for paths that only need to know (favourite, report). */
export async function visibleJobHeaders(db: Database, viewer: Viewer | null, ids: readonly string[]): Promise<Map<string, PostingHeader>> {
  if (ids.length === 0) return new Map();
  const rows = await db.knex('jobs').whereIn('id', ids as string[]).select('id', 'title', 'employer_id', 'status');
  return new Map(
    rows
      .filter((r: any) => canSeeJob(viewer, { status: r.status, employerId: r.employer_id }))
      .map((r: any) => [r.id as string, { id: r.id, title: r.title, orgId: r.employer_id }]),
  );
}
