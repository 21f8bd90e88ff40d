import type { Resolvers } from '../../generated/graphql';
import type { Context } from '../../context';
import { required } from '../common/load';
import { viewFor } from '../accounts/user.rows';
import type { RecordKind } from './on-behalf.service';

/**
 * `helper` of an application, enrolment or interest: the helper's name and phone from her
 * profile, for the organisation's members, the helper and admins; null for everyone else.
 */
async function helper(ctx: Context, kind: RecordKind, record: { id: string; orgId: string; identityHidden?: boolean }) {
  const row = await ctx.loaders.onBehalf.load(`${kind}:${record.id}`);
  if (!row || !ctx.services.onBehalf.helperVisibleTo(ctx.viewer, row, record.orgId)) return null;
  // A withdrawn application shown to the employer leaves out who applied, the helper too;
  // the helper herself still sees it was hers.
  if (record.identityHidden && ctx.viewer?.userId !== row.helperId) return null;
  const user = await ctx.loaders.user.load(row.helperId);
  return { name: user?.name ?? null, phone: user?.phone ?? null, relation: row.relation };
}

export const onBehalfResolvers: Resolvers = {
  Query: {
    myHelpedPeople: (_, __, ctx) => ctx.services.onBehalf.myHelpedPeople(ctx.viewer),
    myVillagers: (_, __, ctx) => ctx.services.onBehalf.myVillagers(ctx.viewer),
    callList: (_, { town, first, after }, ctx) => ctx.services.onBehalf.callList(ctx.viewer, town, first, after, ctx.now) as never,
    villageCadres: (_, __, ctx) => ctx.services.onBehalf.villageCadres(ctx.viewer) as never,
  },
  Mutation: {
    grantVillageCadre: (_, args, ctx) => ctx.services.onBehalf.grantVillageCadre(ctx.viewer, args) as never,
    revokeVillageCadre: (_, { userId }, ctx) => ctx.services.onBehalf.revokeVillageCadre(ctx.viewer, userId),
  },
  Application: { helper: (a, _, ctx) => helper(ctx, 'APPLICATION', a) },
  Enrollment: { helper: (e, _, ctx) => helper(ctx, 'ENROLLMENT', e) },
  Interest: { helper: (i, _, ctx) => helper(ctx, 'INTEREST', i) },
  VillageCadre: {
    // Only admins list cadres, and a user reads her own role: both may see the name and phone.
    user: async (c: any, _, ctx) => viewFor(required(await ctx.loaders.user.load(c.userId), `user ${c.userId}`), ctx.viewer, true),
  },
  User: {
    villageCadre: (u, _, ctx) => (u.self || ctx.viewer?.isAdmin ? ctx.services.onBehalf.cadreOf(u.id) : null) as never,
  },
};
