import type { Resolvers } from '../../generated/graphql';
import { placeOf } from '../common/place';

export const organizationResolvers: Resolvers = {
  Query: {
    organization: (_, { id }, ctx) => ctx.services.organizations.byId(id),
  },
  Organization: {
    place: (org) => placeOf(org),
    openJobCount: (org, _, ctx) => ctx.loaders.openJobCount.load(org.id),
  },
};
