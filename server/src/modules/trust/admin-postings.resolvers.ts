import type { Resolvers } from '../../generated/graphql';
import { placeOf } from '../common/place';
import { required } from '../common/load';
import { AdminPostingSearch } from './admin-postings';

export const adminPostingResolvers: Resolvers = {
  Query: {
    adminPostings: (_, { filter, first, after }, ctx) => new AdminPostingSearch(ctx.db).search(ctx.viewer, filter, first ?? 20, after),
  },
  AdminPosting: {
    place: (p) => placeOf(p.place),
    organization: async (p, _, ctx) => required(await ctx.loaders.organization.load(p.organizationId), `organization ${p.organizationId}`),
  },
};
