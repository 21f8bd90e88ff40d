import type { Resolvers } from '../../generated/graphql';
import { required } from '../common/load';
import { latest, person } from '../common/record-fields';

export const interestResolvers: Resolvers = {
  Query: {
    myInterests: (_, __, ctx) => ctx.services.interests.myInterests(ctx.viewer),
  },
  Mutation: {
    expressInterest: (_, { franchiseOpeningId, positionTitle, note, onBehalf }, ctx) =>
      ctx.services.interests.expressInterest(ctx.viewer, franchiseOpeningId, positionTitle, note, onBehalf),
  },
  Interest: {
    opening: async (i, _, ctx) => required(await ctx.loaders.openingOnRecord.load(i.openingId), `opening ${i.openingId}`),
    person: (i, _, ctx) => person(ctx, i.userId, i.orgId, { kind: 'INTEREST', id: i.id }),
    status: (i) => i.status as never,
    history: (i) => latest(i.history),
  },
  FranchiseOpening: {
    myInterest: (o, _, ctx) => ctx.loaders.myInterest.load(o.id),
    interests: (o, _, ctx) => ctx.services.interests.forOpening(ctx.viewer, o),
  },
};
