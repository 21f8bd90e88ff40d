import type { Resolvers } from '../../generated/graphql';
import { required } from '../common/load';
import { toCertificateRow } from './certificate.rows';

export const coursePostingResolvers: Resolvers = {
  Mutation: {
    postCourse: (_, { organizationId, input, idempotencyKey, askIfDuplicate }, ctx) => ctx.services.coursePostings.post(ctx.viewer, organizationId, input, idempotencyKey, askIfDuplicate === true),
    updateCourse: (_, { id, input }, ctx) => ctx.services.coursePostings.update(ctx.viewer, id, input),
    cancelCourse: (_, { id, reason }, ctx) => ctx.services.coursePostings.cancel(ctx.viewer, id, reason),
    markCompleted: async (_, { enrollmentId }, ctx) => {
      const r = await ctx.services.coursePostings.markCompleted(ctx.viewer, enrollmentId);
      const enrollment = 'enrollmentId' in r && r.enrollmentId ? await ctx.services.enrollments.enrollmentForManager(ctx.viewer, r.enrollmentId) : null;
      return { enrollment, certificate: r.certificate ? toCertificateRow(r.certificate) : null, userErrors: r.userErrors };
    },
  },
  Organization: {
    postedCourses: (o, _, ctx) => ctx.services.coursePostings.postedBy(ctx.viewer, o.id),
  },
  User: {
    certificates: async (u, _, ctx) => (await ctx.services.recordCertificates.shown(u)).map(toCertificateRow),
  },
  Certificate: {
    trainer: async (c, _, ctx) => required(await ctx.loaders.organization.load(c.trainerId), `trainer ${c.trainerId}`),
  },
};
