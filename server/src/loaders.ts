import DataLoader from 'dataloader';
import type { Services } from './services';
import type { Viewer } from './modules/accounts/viewer';
import type { OrganizationRow } from './modules/organizations/organization.rows';
import type { JobRow } from './modules/jobs/job.rows';
import type { OpeningPositionRow } from './modules/franchise/franchise-opening.rows';
import type { UserRecord } from './modules/accounts/user.rows';
import type { ApplicationRow, EnrollmentRow, InterestRow } from './modules/applications/application.rows';

/** Open jobs listed under a course's "leads to" (订单式培训), per employer. */
const LEADS_TO_JOBS_PER_EMPLOYER = 5;

/** Batches the nested lookups of one request (a page of 20 jobs asks for its employers once). */
export function createLoaders(services: Services, now: Date, viewer: Viewer | null) {
  return {
    organization: new DataLoader<string, OrganizationRow | null>((ids) => services.organizations.byIds(ids)),
    openJobCount: new DataLoader<string, number>(async (ids) => {
      const counts = await services.jobs.openCountByEmployers(ids, now);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    openJobsOfEmployer: new DataLoader<string, JobRow[]>(async (ids) => {
      const jobs = await services.jobs.openByEmployers(ids, now, LEADS_TO_JOBS_PER_EMPLOYER);
      return ids.map((id) => jobs.get(id) ?? []);
    }),
    job: new DataLoader<string, JobRow | null>((ids) => Promise.all(ids.map((id) => services.jobs.byId(id, now)))),
    course: new DataLoader<string, Awaited<ReturnType<Services['courses']['byId']>>>((ids) => Promise.all(ids.map((id) => services.courses.byId(id, now)))),
    opening: new DataLoader<string, Awaited<ReturnType<Services['openings']['byId']>>>((ids) => Promise.all(ids.map((id) => services.openings.byId(id)))),
    courseEmployerIds: new DataLoader<string, string[]>((ids) => services.courses.employerIdsByCourses(ids)),
    openingPositions: new DataLoader<string, OpeningPositionRow[]>((ids) => services.openings.positionsByOpenings(ids)),
    user: new DataLoader<string, UserRecord | null>((ids) => services.accounts.usersByIds(ids)),
    // The viewer's own rows, for buttons that show "已报名" and the like.
    myApplication: new DataLoader<string, ApplicationRow | null>((ids) => services.applications.myApplicationsForJobs(viewer, ids)),
    myEnrollment: new DataLoader<string, EnrollmentRow | null>((ids) => services.applications.myEnrollmentsForCourses(viewer, ids)),
    myInterest: new DataLoader<string, InterestRow | null>((ids) => services.applications.myInterestsForOpenings(viewer, ids)),
    isFavorite: new DataLoader<string, boolean>((keys) => services.applications.favoriteFlags(viewer, keys)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
