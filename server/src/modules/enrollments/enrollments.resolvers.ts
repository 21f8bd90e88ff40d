import type { Resolvers } from '../../generated/graphql';
import { required } from '../common/load';
import { latest, person } from '../common/record-fields';

export const enrollmentResolvers: Resolvers = {
  Query: {
    myEnrollments: (_, __, ctx) => ctx.services.enrollments.myEnrollments(ctx.viewer),
  },
  Mutation: {
    enrollInCourse: (_, { courseId, joinWaitlist, onBehalf }, ctx) => ctx.services.enrollments.enroll(ctx.viewer, courseId, joinWaitlist === true, onBehalf),
    cancelEnrollment: (_, { id }, ctx) => ctx.services.enrollments.cancelEnrollment(ctx.viewer, id),
  },
  Enrollment: {
    course: async (e, _, ctx) => required(await ctx.loaders.courseOnRecord.load(e.courseId), `course ${e.courseId}`),
    trainee: (e, _, ctx) => person(ctx, e.userId, e.orgId, { kind: 'ENROLLMENT', id: e.id }),
    status: (e) => e.status as never,
    history: (e) => latest(e.history),
    waitlistPosition: (e, _, ctx) => ctx.services.enrollments.waitlistPosition(e),
  },
  Course: {
    myEnrollment: (c, _, ctx) => ctx.loaders.myEnrollment.load(c.id),
    enrollments: (c, _, ctx) => ctx.services.enrollments.forCourse(ctx.viewer, c),
  },
};
