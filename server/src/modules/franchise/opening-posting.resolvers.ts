import type { Resolvers } from '../../generated/graphql';

export const openingPostingResolvers: Resolvers = {
  Mutation: {
    postFranchiseOpening: (_, { organizationId, input, idempotencyKey }, ctx) => ctx.services.openingPostings.post(ctx.viewer, organizationId, input, idempotencyKey),
    updateFranchiseOpening: (_, { id, input }, ctx) => ctx.services.openingPostings.update(ctx.viewer, id, input),
    closeFranchiseOpening: (_, { id }, ctx) => ctx.services.openingPostings.close(ctx.viewer, id),
  },
  Organization: {
    postedOpenings: (o, _, ctx) => ctx.services.openingPostings.postedBy(ctx.viewer, o.id),
  },
};
