import type { Resolvers } from '../../generated/graphql';
import type { Context } from '../../context';
import { required } from '../common/load';
import { canManage } from '../accounts/viewer';
import { viewFor, type UserView } from '../accounts/user.rows';
import type { ShownWith } from './application.rows';

/**
 * The person behind an application, enrolment or interest. These objects only ever reach
 * the person, members of the organisation concerned and admins (the service checks), and
 * all of those may see the name and phone; the check is repeated here so a future path
 * cannot leak them by accident. The record goes with her, so `certificates` shows only what
 * that record carries (`ApplicationService.certificatesShown`).
 */
async function person(ctx: Context, userId: string, orgId: string, shownWith: ShownWith): Promise<UserView & { shownWith: ShownWith }> {
  const user = required(await ctx.loaders.user.load(userId), `user ${userId}`);
  const allowed = ctx.viewer !== null && (ctx.viewer.userId === userId || canManage(ctx.viewer, orgId));
  return { ...viewFor(user, ctx.viewer, allowed), shownWith };
}

/** A record shows its latest status changes (the schema's @listSize), oldest of them first. */
export const HISTORY_SHOWN = 20;
const latest = <T>(history: T[]): T[] => history.slice(-HISTORY_SHOWN);

export const applicationResolvers: Resolvers = {
  Query: {
    myApplications: (_, __, ctx) => ctx.services.applications.myApplications(ctx.viewer),
    myEnrollments: (_, __, ctx) => ctx.services.applications.myEnrollments(ctx.viewer),
    myInterests: (_, __, ctx) => ctx.services.applications.myInterests(ctx.viewer),
    myFavorites: (_, __, ctx) => ctx.services.applications.myFavorites(ctx.viewer),
    application: (_, { id }, ctx) => ctx.services.applications.applicationById(ctx.viewer, id),
  },
  Mutation: {
    applyToJob: (_, { jobId, note, certificateIds }, ctx) => ctx.services.applications.apply(ctx.viewer, jobId, note, certificateIds ?? []),
    withdrawApplication: (_, { id }, ctx) => ctx.services.applications.withdraw(ctx.viewer, id),
    enrollInCourse: (_, { courseId, joinWaitlist }, ctx) => ctx.services.applications.enroll(ctx.viewer, courseId, joinWaitlist === true),
    cancelEnrollment: (_, { id }, ctx) => ctx.services.applications.cancelEnrollment(ctx.viewer, id),
    expressInterest: (_, { franchiseOpeningId, positionTitle, note }, ctx) =>
      ctx.services.applications.expressInterest(ctx.viewer, franchiseOpeningId, positionTitle, note),
    favorite: (_, { kind, id }, ctx) => ctx.services.applications.setFavorite(ctx.viewer, kind, id, true),
    unfavorite: (_, { kind, id }, ctx) => ctx.services.applications.setFavorite(ctx.viewer, kind, id, false),
  },
  Application: {
    job: async (a, _, ctx) => required(await ctx.loaders.jobOnRecord.load(a.jobId), `job ${a.jobId}`),
    applicant: (a, _, ctx) => person(ctx, a.userId, a.orgId, { kind: 'APPLICATION', id: a.id }),
    status: (a) => a.status as never,
    history: (a) => latest(a.history),
  },
  Enrollment: {
    course: async (e, _, ctx) => required(await ctx.loaders.courseOnRecord.load(e.courseId), `course ${e.courseId}`),
    trainee: (e, _, ctx) => person(ctx, e.userId, e.orgId, { kind: 'ENROLLMENT', id: e.id }),
    status: (e) => e.status as never,
    history: (e) => latest(e.history),
    waitlistPosition: (e, _, ctx) => ctx.services.applications.waitlistPosition(e),
  },
  Interest: {
    opening: async (i, _, ctx) => required(await ctx.loaders.openingOnRecord.load(i.openingId), `opening ${i.openingId}`),
    person: (i, _, ctx) => person(ctx, i.userId, i.orgId, { kind: 'INTEREST', id: i.id }),
    status: (i) => i.status as never,
    history: (i) => latest(i.history),
  },
  Favorite: {
    job: (f, _, ctx) => (f.kind === 'JOB' ? ctx.loaders.job.load(f.targetId) : null),
    course: (f, _, ctx) => (f.kind === 'COURSE' ? ctx.loaders.course.load(f.targetId) : null),
    franchiseOpening: (f, _, ctx) => (f.kind === 'FRANCHISE_OPENING' ? ctx.loaders.opening.load(f.targetId) : null),
  },
  Job: {
    myApplication: (j, _, ctx) => ctx.loaders.myApplication.load(j.id),
    isFavorite: (j, _, ctx) => ctx.loaders.isFavorite.load(`JOB:${j.id}`),
    applications: (j, _, ctx) => ctx.services.applications.forJob(ctx.viewer, j),
  },
  Course: {
    myEnrollment: (c, _, ctx) => ctx.loaders.myEnrollment.load(c.id),
    isFavorite: (c, _, ctx) => ctx.loaders.isFavorite.load(`COURSE:${c.id}`),
    enrollments: (c, _, ctx) => ctx.services.applications.forCourse(ctx.viewer, c),
  },
  FranchiseOpening: {
    myInterest: (o, _, ctx) => ctx.loaders.myInterest.load(o.id),
    isFavorite: (o, _, ctx) => ctx.loaders.isFavorite.load(`FRANCHISE_OPENING:${o.id}`),
    interests: (o, _, ctx) => ctx.services.applications.forOpening(ctx.viewer, o),
  },
};
