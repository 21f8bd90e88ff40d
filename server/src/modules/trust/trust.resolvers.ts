import type { Resolvers } from '../../generated/graphql';
import { required } from '../common/load';

export const trustResolvers: Resolvers = {
  Query: {
    reports: (_, { status }, ctx) => ctx.services.trust.reports(ctx.viewer, status ?? 'OPEN'),
    reviewQueue: async (_, __, ctx) => {
      const ids = await ctx.services.trust.reviewQueue(ctx.viewer);
      return (await Promise.all(ids.map((id) => ctx.loaders.job.load(id)))).filter((j) => j !== null);
    },
    pendingOrganizations: (_, __, ctx) => ctx.services.trust.pendingOrganizations(ctx.viewer),
    auditLog: (_, { subjectId, first }, ctx) => ctx.services.trust.auditLog(ctx.viewer, subjectId, first ?? 50),
    countyFigures: (_, { months }, ctx) => ctx.services.trust.countyFigures(ctx.viewer, months ?? 12),
  },
  Mutation: {
    reportPosting: (_, { kind, id, reason, idempotencyKey }, ctx) => ctx.services.trust.report(ctx.viewer, kind, id, reason, idempotencyKey),
    reportFeeDemand: (_, { postingId, note, idempotencyKey }, ctx) => ctx.services.trust.reportFeeDemand(ctx.viewer, postingId, note, idempotencyKey),
    takeDownPosting: (_, { kind, id, reason }, ctx) => ctx.services.trust.takeDown(ctx.viewer, kind, id, reason),
    approvePosting: (_, { kind, id }, ctx) => ctx.services.trust.approve(ctx.viewer, kind, id),
    dismissReport: (_, { id }, ctx) => ctx.services.trust.dismiss(ctx.viewer, id),
    rejectOrganization: (_, { id, reason }, ctx) => ctx.services.trust.rejectOrganization(ctx.viewer, id, reason),
  },
  Report: {
    postingTitle: (r, _, ctx) => ctx.services.trust.postingTitle(r.kind, r.postingId),
    organization: async (r, _, ctx) => required(await ctx.loaders.organization.load(r.orgId), `organization ${r.orgId}`),
    reportsOnPosting: (r, _, ctx) => ctx.services.trust.openReportCount(r.kind, r.postingId),
    postingFrozen: (r, _, ctx) => ctx.services.trust.isFrozen(r.kind, r.postingId),
  },
};
