import type { Resolvers } from '../../generated/graphql';
import { toCertificateRow } from '../courses/certificate.rows';

export const jobPostingResolvers: Resolvers = {
  Mutation: {
    postJob: (_, { organizationId, input, publish, idempotencyKey, askIfDuplicate }, ctx) => ctx.services.jobPostings.post(ctx.viewer, organizationId, input, publish === true, idempotencyKey, askIfDuplicate === true),
    updateJob: (_, { id, input }, ctx) => ctx.services.jobPostings.update(ctx.viewer, id, input),
    publishJob: (_, { id }, ctx) => ctx.services.jobPostings.publish(ctx.viewer, id),
    closeJob: (_, { id }, ctx) => ctx.services.jobPostings.close(ctx.viewer, id),
    reopenJob: (_, { id }, ctx) => ctx.services.jobPostings.reopen(ctx.viewer, id),
    confirmStillHiring: (_, { jobId }, ctx) => ctx.services.jobPostings.confirmStillHiring(ctx.viewer, jobId, ctx.now),
    setApplicationStatus: (_, { id, status, message }, ctx) => ctx.services.applications.setStatus(ctx.viewer, id, status, message),
  },
  Job: {
    applicationCounts: (j, _, ctx) => ctx.services.applications.countsForJob(ctx.viewer, j),
  },
  Organization: {
    postedJobs: (o, _, ctx) => ctx.services.jobPostings.postedBy(ctx.viewer, o.id),
  },
  Application: {
    certificates: async (a, _, ctx) => (a.identityHidden ? [] : (await ctx.services.recordCertificates.ofApplication(a.id)).map(toCertificateRow)),
  },
};
