import type { Database } from './db/orm';
import { CourseService } from './modules/courses/course.service';
import { FranchiseOpeningService } from './modules/franchise/franchise-opening.service';
import { JobService } from './modules/jobs/job.service';
import { OrganizationService } from './modules/organizations/organization.service';

/** The feature services. They hold no per-request state, so one set serves every request. */
export interface Services {
  organizations: OrganizationService;
  jobs: JobService;
  courses: CourseService;
  openings: FranchiseOpeningService;
}

export function createServices(db: Database): Services {
  return {
    organizations: new OrganizationService(db),
    jobs: new JobService(db),
    courses: new CourseService(db),
    openings: new FranchiseOpeningService(db),
  };
}
