import type { Resolvers } from '../../generated/graphql';
import { toCertificateRow } from '../courses/certificate.rows';
import { required } from '../common/load';

export const jobPostingResolvers: Resolvers = {
  Mutation: {
    postJob: (_, { organizationId, input, publish }, ctx) => ctx.services.jobPostings.post(ctx.viewer, organizationId, input, publish === true),
    updateJob: (_, { id, input }, ctx) => ctx.services.jobPostings.update(ctx.viewer, id, input),
    publishJob: (_, { id }, ctx) => ctx.services.jobPostings.publish(ctx.viewer, id),
    closeJob: (_, { id }, ctx) => ctx.services.jobPostings.close(ctx.viewer, id),
    setApplicationStatus: (_, { id, status, message }, ctx) => ctx.services.applications.setStatus(ctx.viewer, id, status, message),
    postCourse: (_, { organizationId, input }, ctx) => ctx.services.coursePostings.post(ctx.viewer, organizationId, input),
    updateCourse: (_, { id, input }, ctx) => ctx.services.coursePostings.update(ctx.viewer, id, input),
    cancelCourse: (_, { id, reason }, ctx) => ctx.services.coursePostings.cancel(ctx.viewer, id, reason),
    postFranchiseOpening: (_, { organizationId, input }, ctx) => ctx.services.openingPostings.post(ctx.viewer, organizationId, input),
    updateFranchiseOpening: (_, { id, input }, ctx) => ctx.services.openingPostings.update(ctx.viewer, id, input),
    closeFranchiseOpening: (_, { id }, ctx) => ctx.services.openingPostings.close(ctx.viewer, id),
    markCompleted: async (_, { enrollmentId }, ctx) => {
      const r = await ctx.services.coursePostings.markCompleted(ctx.viewer, enrollmentId);
      const enrollment = 'enrollmentId' in r && r.enrollmentId ? await ctx.services.applications.enrollmentForManager(ctx.viewer, r.enrollmentId) : null;
      return { enrollment, certificate: r.certificate ? toCertificateRow(r.certificate) : null, userErrors: r.userErrors };
    },
  },
  Job: {
    applicationCounts: (j, _, ctx) => ctx.services.applications.countsForJob(ctx.viewer, j),
  },
  Organization: {
    postedJobs: (o, _, ctx) => ctx.services.jobPostings.postedBy(ctx.viewer, o.id),
    postedCourses: (o, _, ctx) => ctx.services.coursePostings.postedBy(ctx.viewer, o.id),
    postedOpenings: (o, _, ctx) => ctx.services.openingPostings.postedBy(ctx.viewer, o.id),
  },
  Application: {
    certificates: async (a, _, ctx) => (await ctx.services.applications.certificatesOfApplication(a.id)).map(toCertificateRow),
  },
  User: {
    // Certificates follow the rule of the name: whoever may call her may see what she can do.
    certificates: async (u, _, ctx) => (u.personal ? (await ctx.services.coursePostings.certificatesOf(u.id)).map(toCertificateRow) : []),
  },
  Certificate: {
    trainer: async (c, _, ctx) => required(await ctx.loaders.organization.load(c.trainerId), `trainer ${c.trainerId}`),
  },
};
