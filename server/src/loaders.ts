import DataLoader from 'dataloader';
import type { Services } from './services';
import type { OrganizationRow } from './modules/organizations/organization.rows';
import type { JobRow } from './modules/jobs/job.rows';
import type { OpeningPositionRow } from './modules/franchise/franchise-opening.rows';

/** Open jobs listed under a course's "leads to" (订单式培训), per employer. */
const LEADS_TO_JOBS_PER_EMPLOYER = 5;

/** Batches the nested lookups of one request (a page of 20 jobs asks for its employers once). */
export function createLoaders(services: Services, now: Date) {
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
    courseEmployerIds: new DataLoader<string, string[]>((ids) => services.courses.employerIdsByCourses(ids)),
    openingPositions: new DataLoader<string, OpeningPositionRow[]>((ids) => services.openings.positionsByOpenings(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
