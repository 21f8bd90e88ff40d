import type { Resolvers } from '../../generated/graphql';
import type { JobRow } from './job.rows';
import { connectionResolvers } from '../common/connection';
import { required } from '../common/load';
import { payRange } from '../common/pay';
import { placeOf } from '../common/place';
import { canManage } from '../accounts/viewer';

export const jobResolvers: Resolvers = {
  Query: {
    jobs: (_, args, ctx) => ctx.services.jobs.list(args, ctx.now),
    job: (_, { id }, ctx) => ctx.services.jobs.visibleById(ctx.viewer, id, ctx.now),
    jobFacets: (_, { filter }, ctx) => ctx.services.jobs.facets(filter, ctx.now),
  },
  JobConnection: connectionResolvers<JobRow>(),
  Job: {
    employer: async (job, _, ctx) => required(await ctx.loaders.organization.load(job.employerId), `employer of job ${job.id}`),
    viaAgency: async (job, _, ctx) => (await ctx.loaders.organization.load(job.employerId))?.kind === 'LABOUR_AGENCY',
    place: (job) => placeOf(job),
    pay: (job) => payRange(job),
    publishedAt: (job) => job.publishedAt,
    moderationNote: (job, _, ctx) => (canManage(ctx.viewer, job.employerId) ? job.moderationNote : null),
  },
};
