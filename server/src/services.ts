import type { Config } from './config';
import type { Database } from './db/orm';
import { CatalogVersion } from './db/catalog-version-store';
import { AccountService } from './modules/accounts/account.service';
import { SessionService } from './modules/accounts/session.service';
import { ApplicationService } from './modules/applications/application.service';
import { CourseService } from './modules/courses/course.service';
import { FranchiseOpeningService } from './modules/franchise/franchise-opening.service';
import { JobService } from './modules/jobs/job.service';
import { OrganizationService } from './modules/organizations/organization.service';
import { WechatClient } from './wechat/client';

/** The feature services. They hold no per-request state, so one set serves every request. */
export interface Services {
  organizations: OrganizationService;
  jobs: JobService;
  courses: CourseService;
  openings: FranchiseOpeningService;
  sessions: SessionService;
  accounts: AccountService;
  applications: ApplicationService;
  /** Bumped by every write that changes what the public catalogue shows. */
  catalog: CatalogVersion;
}

export function createServices(db: Database, config: Config): Services {
  const jobs = new JobService(db);
  const catalog = new CatalogVersion(db);
  const sessions = new SessionService(db, config.session.secret, config.session.ttlDays, config.adminOpenids);
  return {
    organizations: new OrganizationService(db),
    jobs,
    courses: new CourseService(db),
    openings: new FranchiseOpeningService(db),
    sessions,
    accounts: new AccountService(db, catalog, sessions, new WechatClient(config.wechat), { development: config.env === 'development' }),
    applications: new ApplicationService(db, catalog, jobs),
    catalog,
  };
}
