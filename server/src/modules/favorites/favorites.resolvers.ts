import type { Resolvers } from '../../generated/graphql';

export const favoriteResolvers: Resolvers = {
  Query: {
    myFavorites: (_, __, ctx) => ctx.services.favorites.myFavorites(ctx.viewer),
  },
  Mutation: {
    favorite: (_, { kind, id }, ctx) => ctx.services.favorites.setFavorite(ctx.viewer, kind, id, true),
    unfavorite: (_, { kind, id }, ctx) => ctx.services.favorites.setFavorite(ctx.viewer, kind, id, false),
  },
  Favorite: {
    job: (f, _, ctx) => (f.kind === 'JOB' ? ctx.loaders.job.load(f.targetId) : null),
    course: (f, _, ctx) => (f.kind === 'COURSE' ? ctx.loaders.course.load(f.targetId) : null),
    franchiseOpening: (f, _, ctx) => (f.kind === 'FRANCHISE_OPENING' ? ctx.loaders.opening.load(f.targetId) : null),
  },
  Job: { isFavorite: (j, _, ctx) => ctx.loaders.isFavorite.load(`JOB:${j.id}`) },
  Course: { isFavorite: (c, _, ctx) => ctx.loaders.isFavorite.load(`COURSE:${c.id}`) },
  FranchiseOpening: { isFavorite: (o, _, ctx) => ctx.loaders.isFavorite.load(`FRANCHISE_OPENING:${o.id}`) },
};
