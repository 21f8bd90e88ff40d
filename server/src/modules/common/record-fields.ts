import type { Context } from '../../context';
import { required } from './load';
import { canManage } from '../accounts/viewer';
import { viewFor, type UserView } from '../accounts/user.rows';
import type { ShownWith } from './records';

/**
 * The person behind an application, enrolment or interest. These objects only ever reach
 * the person, members of the organisation concerned and admins (the services check), and
 * all of those may see the name and phone; the check is repeated here so a future path
 * cannot leak them by accident. The record goes with her, so `certificates` shows only what
 * that record carries (`RecordCertificates.shown`). `hidden` is the service's word that this
 * record no longer shows her to the organisation (an application she withdrew).
 */
export async function person(ctx: Context, userId: string, orgId: string, shownWith: ShownWith, hidden = false): Promise<UserView & { shownWith: ShownWith }> {
  const user = required(await ctx.loaders.user.load(userId), `user ${userId}`);
  const allowed = !hidden && ctx.viewer !== null && (ctx.viewer.userId === userId || canManage(ctx.viewer, orgId));
  // The helper typed the relative's name and phone (代报名): she sees them until the relative
  // signs in with the number.
  const helper = !allowed && ctx.viewer !== null && (await ctx.services.onBehalf.helperSees(ctx.viewer, shownWith.kind, shownWith.id, userId));
  return { ...viewFor(user, ctx.viewer, allowed || helper), shownWith };
}

/** A record shows its latest status changes (the schema's @listSize), oldest of them first. */
export const HISTORY_SHOWN = 20;
export const latest = <T>(history: T[]): T[] => history.slice(-HISTORY_SHOWN);
