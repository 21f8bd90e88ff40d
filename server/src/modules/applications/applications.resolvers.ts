import type { Resolvers } from '../../generated/graphql';
import { required } from '../common/load';
import { latest, person } from '../common/record-fields';

export const applicationResolvers: Resolvers = {
  Query: {
    myApplications: (_, __, ctx) => ctx.services.applications.myApplications(ctx.viewer),
    application: (_, { id }, ctx) => ctx.services.applications.applicationById(ctx.viewer, id),
  },
  Mutation: {
    applyToJob: (_, { jobId, note, certificateIds, onBehalf }, ctx) => ctx.services.applications.apply(ctx.viewer, jobId, note, certificateIds ?? [], onBehalf),
    withdrawApplication: (_, { id }, ctx) => ctx.services.applications.withdraw(ctx.viewer, id),
  },
  Application: {
    job: async (a, _, ctx) => required(await ctx.loaders.jobOnRecord.load(a.jobId), `job ${a.jobId}`),
    applicant: (a, _, ctx) => person(ctx, a.userId, a.orgId, { kind: 'APPLICATION', id: a.id }, a.identityHidden === true),
    status: (a) => a.status as never,
    history: (a) => latest(a.history),
  },
  Job: {
    myApplication: (j, _, ctx) => ctx.loaders.myApplication.load(j.id),
    applications: (j, _, ctx) => ctx.services.applications.forJob(ctx.viewer, j),
  },
};
