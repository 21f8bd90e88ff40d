import type { Resolvers } from '../../generated/graphql';
import type { CourseRow } from './course.rows';
import type { OrganizationRow } from '../organizations/organization.rows';
import { connectionResolvers } from '../common/connection';
import { required } from '../common/load';
import { placeOf } from '../common/place';

const MAX_LEADS_TO_JOBS = 10;

export const courseResolvers: Resolvers = {
  Query: {
    courses: (_, args, ctx) => ctx.services.courses.list(args, ctx.now),
    course: (_, { id }, ctx) => ctx.services.courses.visibleById(ctx.viewer, id, ctx.now),
  },
  CourseConnection: connectionResolvers<CourseRow>(),
  Course: {
    trainer: async (c, _, ctx) => required(await ctx.loaders.organization.load(c.trainerId), `trainer of course ${c.id}`),
    place: (c) => placeOf(c),
    isFree: (c) => c.fee === 0,
    leadsToEmployers: async (c, _, ctx) => {
      const ids = await ctx.loaders.courseEmployerIds.load(c.id);
      const orgs = await ctx.loaders.organization.loadMany(ids);
      return orgs.filter((o): o is OrganizationRow => o !== null && !(o instanceof Error));
    },
    leadsToJobs: async (c, _, ctx) => {
      const ids = await ctx.loaders.courseEmployerIds.load(c.id);
      const lists = await Promise.all(ids.map((id) => ctx.loaders.openJobsOfEmployer.load(id)));
      return lists
        .flat()
        .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
        .slice(0, MAX_LEADS_TO_JOBS);
    },
  },
};
