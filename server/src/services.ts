import type { Config } from './config';
import type { Database } from './db/orm';
import { bindClock, systemClock, type Clock } from './modules/timed-work/clock';
import { TimedWork } from './modules/timed-work/timed-work';
import { ReplyStatsService } from './modules/timed-work/reply-stats';
import { registerTimedRules, useReplyDeadlines } from './modules/timed-work/rules';
import { CatalogVersion } from './db/catalog-version-store';
import { CountMemo } from './modules/common/count-memo';
import { AccountService } from './modules/accounts/account.service';
import { OnBehalfService } from './modules/on-behalf/on-behalf.service';
import { SessionService } from './modules/accounts/session.service';
import { ApplicationService } from './modules/applications/application.service';
import { EnrollmentService } from './modules/enrollments/enrollment.service';
import { InterestService } from './modules/interests/interest.service';
import { FavoriteService } from './modules/favorites/favorite.service';
import { RecordCertificates } from './modules/common/record-certificates';
import { CourseService } from './modules/courses/course.service';
import { FranchiseOpeningService } from './modules/franchise/franchise-opening.service';
import { JobService } from './modules/jobs/job.service';
import { OrganizationService } from './modules/organizations/organization.service';
import { WechatClient } from './wechat/client';
import { JobPostingService } from './modules/jobs/job-posting.service';
import { CoursePostingService } from './modules/courses/course-posting.service';
import { NotificationService } from './modules/notifications/notification.service';
import { TrustService } from './modules/trust/trust.service';
import { OpeningPostingService } from './modules/franchise/opening-posting.service';
import { createSavedSearches } from './modules/saved-searches/saved-searches';
import type { SavedSearchService } from './modules/saved-searches/saved-search.service';

/** The feature services. They hold no per-request state, so one set serves every request. */
export interface Services {
  organizations: OrganizationService;
  jobs: JobService;
  courses: CourseService;
  openings: FranchiseOpeningService;
  sessions: SessionService;
  accounts: AccountService;
  /** 代报名, village cadres and the bureau's call list. */
  onBehalf: OnBehalfService;
  applications: ApplicationService;
  enrollments: EnrollmentService;
  interests: InterestService;
  favorites: FavoriteService;
  /** The certificates an application or enrolment carries, as each viewer may see them. */
  recordCertificates: RecordCertificates;
  jobPostings: JobPostingService;
  coursePostings: CoursePostingService;
  openingPostings: OpeningPostingService;
  notifications: NotificationService;
  trust: TrustService;
  /** Saved job searches and their daily digest. */
  savedSearches: SavedSearchService;
  wechat: WechatClient;
  /** The server's time: every "now" of a request and of timed work reads it. */
  clock: Clock;
  /** Timed work: features schedule tasks in their transactions and register what runs. */
  timedWork: TimedWork;
  /** Employers' reply rates and times, from application history. */
  replyStats: ReplyStatsService;
  /** Bumped by every write that changes what the public catalogue shows. */
  catalog: CatalogVersion;
}

export interface ServiceOptions {
  clock?: Clock;
  log?: (msg: string, err?: unknown) => void;
}

export function createServices(db: Database, config: Config, options: ServiceOptions = {}): Services {
  const clock = options.clock ?? systemClock;
  bindClock(db, clock);
  const timedWork = new TimedWork(db, clock, { ...config.timedWork, log: options.log ?? (() => {}) });
  const catalog = new CatalogVersion(db);
  const totals = new CountMemo(catalog);
  const jobs = new JobService(db, totals);
  const notifications = new NotificationService(db, config.wechat.templates);
  useReplyDeadlines(db, config.deadlines);
  registerTimedRules(timedWork, db, notifications, config.deadlines);
  const courses = new CourseService(db, totals);
  const wechat = new WechatClient(config.wechat);
  const openings = new FranchiseOpeningService(db, totals);
  const sessions = new SessionService(db, config.session.secret, config.session.ttlDays, config.adminOpenids);
  const onBehalf = new OnBehalfService(db);
  return {
    organizations: new OrganizationService(db),
    jobs,
    courses,
    openings,
    sessions,
    accounts: new AccountService(db, catalog, sessions, wechat, { development: config.env === 'development' }, onBehalf),
    onBehalf,
    applications: new ApplicationService(db, jobs, notifications, onBehalf),
    enrollments: new EnrollmentService(db, catalog, notifications, onBehalf),
    interests: new InterestService(db, onBehalf),
    favorites: new FavoriteService(db),
    recordCertificates: new RecordCertificates(db),
    jobPostings: new JobPostingService(db, catalog, jobs),
    coursePostings: new CoursePostingService(db, catalog, courses, notifications),
    openingPostings: new OpeningPostingService(db, catalog, openings),
    notifications,
    trust: new TrustService(db, catalog, notifications),
    savedSearches: createSavedSearches(db, totals, notifications, timedWork, config.savedSearches.digestHour),
    wechat,
    clock,
    timedWork,
    replyStats: new ReplyStatsService(db),
    catalog,
  };
}
