import DataLoader from 'dataloader';
import type { ReplyStats } from './modules/timed-work/reply-stats';
import type { Services } from './services';
import type { Viewer } from './modules/accounts/viewer';
import type { OrganizationRow } from './modules/organizations/organization.rows';
import type { JobRow } from './modules/jobs/job.rows';
import type { FranchiseOpeningRow, OpeningPositionRow } from './modules/franchise/franchise-opening.rows';
import type { CourseRow } from './modules/courses/course.rows';
import type { UserRecord } from './modules/accounts/user.rows';
import type { OnBehalfRow } from './modules/on-behalf/on-behalf.service';
import type { ApplicationRow } from './modules/applications/application.rows';
import type { EnrollmentRow } from './modules/enrollments/enrollment.rows';
import type { InterestRow } from './modules/interests/interest.rows';

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
    // Postings as the viewer may see them (null where she may not), with the rule of `job(id)`.
    job: new DataLoader<string, JobRow | null>((ids) => services.jobs.visibleByIds(viewer, ids, now)),
    course: new DataLoader<string, CourseRow | null>((ids) => services.courses.visibleByIds(viewer, ids, now)),
    opening: new DataLoader<string, FranchiseOpeningRow | null>((ids) => services.openings.visibleByIds(viewer, ids)),
    // The posting behind an application, enrolment or interest: whole, or a stub once hidden.
    jobOnRecord: new DataLoader<string, JobRow | null>((ids) => services.jobs.onRecordByIds(viewer, ids, now)),
    courseOnRecord: new DataLoader<string, CourseRow | null>((ids) => services.courses.onRecordByIds(viewer, ids, now)),
    openingOnRecord: new DataLoader<string, FranchiseOpeningRow | null>((ids) => services.openings.onRecordByIds(viewer, ids)),
    courseEmployerIds: new DataLoader<string, string[]>((ids) => services.courses.employerIdsByCourses(viewer, ids)),
    openingPositions: new DataLoader<string, OpeningPositionRow[]>((ids) => services.openings.positionsByOpenings(viewer, ids)),
    user: new DataLoader<string, UserRecord | null>((ids) => services.accounts.usersByIds(ids)),
    // Who made a record for whom (代报名), by `KIND:id`.
    onBehalf: new DataLoader<string, OnBehalfRow | null>((keys) => services.onBehalf.byRecords(keys)),
    // The viewer's own rows, for buttons that show "已报名" and the like.
    myApplication: new DataLoader<string, ApplicationRow | null>((ids) => services.applications.myApplicationsForJobs(viewer, ids)),
    myEnrollment: new DataLoader<string, EnrollmentRow | null>((ids) => services.enrollments.myEnrollmentsForCourses(viewer, ids)),
    myInterest: new DataLoader<string, InterestRow | null>((ids) => services.interests.myInterestsForOpenings(viewer, ids)),
    isFavorite: new DataLoader<string, boolean>((keys) => services.favorites.favoriteFlags(viewer, keys)),
    // Reply figures of the employers behind a page of job cards, in one query.
    replyStats: new DataLoader<string, ReplyStats | null>((ids) => services.replyStats.forEmployers(ids, now)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
