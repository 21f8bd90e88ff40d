import type { Resolvers } from '../../generated/graphql';
import type { FranchiseOpeningRow } from './franchise-opening.rows';
import { connectionResolvers } from '../common/connection';
import { required } from '../common/load';
import { payRange } from '../common/pay';
import { placeOf } from '../common/place';
import { canManage } from '../accounts/viewer';
import { chinaDay } from '../courses/course.rows';
import { meetsTwoShopsOneYear } from './franchise-disclosure';

export const franchiseOpeningResolvers: Resolvers = {
  Query: {
    franchiseOpenings: (_, args, ctx) => ctx.services.openings.list(args),
    franchiseOpening: (_, { id }, ctx) => ctx.services.openings.visibleById(ctx.viewer, id),
  },
  FranchiseOpeningConnection: connectionResolvers<FranchiseOpeningRow>(),
  FranchiseOpening: {
    brand: async (o, _, ctx) => required(await ctx.loaders.organization.load(o.brandId), `brand of opening ${o.id}`),
    place: (o) => placeOf(o),
    moderationNote: (o, _, ctx) => (canManage(ctx.viewer, o.brandId) ? o.moderationNote : null),
    positions: async (o, _, ctx) =>
      (await ctx.loaders.openingPositions.load(o.id)).map((p) => ({ title: p.title, headcount: p.headcount, pay: payRange(p) })),
  },
  FranchiseTerms: {
    meetsTwoShopsOneYear: (t, _, ctx) => (t.disclosure ? meetsTwoShopsOneYear(t.disclosure.ownShops, chinaDay(ctx.now)) : t.storedMeetsTwoShopsOneYear),
  },
  FranchiseDisclosure: {
    ownShopCount: (d) => d.ownShops.length,
    ownShopCities: (d) => [...new Set(d.ownShops.map((s) => s.city))],
    meetsTwoShopsOneYear: (d, _, ctx) => meetsTwoShopsOneYear(d.ownShops, chinaDay(ctx.now)),
  },
};
