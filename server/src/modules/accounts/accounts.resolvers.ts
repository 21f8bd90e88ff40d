import type { Resolvers } from '../../generated/graphql';
import { required } from '../common/load';
import { viewFor, type UserRecord } from './user.rows';
import type { Context } from '../../context';

/** A signed-in user's own record, shown to themself. */
function own(ctx: Context, user: UserRecord | null) {
  return user ? viewFor(user, ctx.viewer ?? { userId: user.id, isAdmin: false }, true) : null;
}

export const accountResolvers: Resolvers = {
  Query: {
    me: async (_, __, ctx) => (ctx.viewer ? own(ctx, await ctx.services.accounts.userById(ctx.viewer.userId)) : null),
    demoLoginAvailable: (_, __, ctx) => ctx.services.accounts.demoLoginAvailable,
  },
  Mutation: {
    login: async (_, { code }, ctx) => {
      const r = await ctx.services.accounts.login(code);
      return { ...r, user: r.user ? viewFor(r.user, { userId: r.user.id, isAdmin: false }, true) : null };
    },
    demoLogin: async (_, { role, slot }, ctx) => {
      const r = await ctx.services.accounts.demoLogin(role, slot ?? 1);
      return { ...r, user: r.user ? viewFor(r.user, { userId: r.user.id, isAdmin: role === 'ADMIN' }, true) : null };
    },
    logout: (_, __, ctx) => ctx.services.accounts.logout(ctx.viewer),
    updateProfile: async (_, { input }, ctx) => {
      const r = await ctx.services.accounts.updateProfile(ctx.viewer, input);
      return { ...r, user: own(ctx, r.user) };
    },
    bindWechatPhone: async (_, { code }, ctx) => {
      const r = await ctx.services.accounts.bindWechatPhone(ctx.viewer, code);
      return { ...r, user: own(ctx, r.user) };
    },
    createOrganization: (_, { input, idempotencyKey }, ctx) => ctx.services.accounts.createOrganization(ctx.viewer, input, idempotencyKey),
    verifyOrganization: (_, { id }, ctx) => ctx.services.accounts.verifyOrganization(ctx.viewer, id),
  },
  User: {
    // Memberships are the user's own business.
    memberships: async (u, _, ctx) => (u.self ? ctx.services.accounts.memberships(u.id) : []),
  },
  Membership: {
    organization: async (m, _, ctx) => required(await ctx.loaders.organization.load(m.organizationId), `organization ${m.organizationId}`),
  },
};
