import type { Resolvers } from '../../generated/graphql';

export const savedSearchResolvers: Resolvers = {
  Mutation: {
    saveSearch: (_, { name, filter }, ctx) => ctx.services.savedSearches.save(ctx.viewer, { name, filter }, ctx.now),
    deleteSavedSearch: (_, { id }, ctx) => ctx.services.savedSearches.delete(ctx.viewer, id),
  },
  User: {
    // A villager's saved searches are hers alone, whoever else may see her name.
    savedSearches: (u, _, ctx) => (u.self ? ctx.services.savedSearches.listFor(u.id) : []),
  },
};
