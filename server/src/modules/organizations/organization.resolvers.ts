import type { Resolvers } from '../../generated/graphql';
import { canManage } from '../accounts/viewer';
import { findDuplicatePosting } from '../common/duplicate-posting';
import { placeOf } from '../common/place';
import { uploadPath } from '../uploads/upload.routes';

export const organizationResolvers: Resolvers = {
  Query: {
    organization: (_, { id }, ctx) => ctx.services.organizations.byId(id),
    duplicatePosting: (_, args, ctx) => findDuplicatePosting(ctx.db, ctx.viewer, args, ctx.now),
  },
  Organization: {
    place: (org) => placeOf(org),
    openJobCount: (org, _, ctx) => ctx.loaders.openJobCount.load(org.id),
    replyStats: (org, _, ctx) => ctx.loaders.replyStats.load(org.id),
    // What the bureau checks the registration with is between the organisation and the bureau.
    contactPhone: (org, _, ctx) => (canManage(ctx.viewer, org.id) ? org.contactPhone : null),
    licenceImageUrl: (org, _, ctx) => (canManage(ctx.viewer, org.id) && org.licenceUploadId ? uploadPath(org.licenceUploadId) : null),
    verification: (org, _, ctx) => (canManage(ctx.viewer, org.id) ? (org.verified ? 'VERIFIED' : org.rejectionReason === null ? 'PENDING' : 'REJECTED') : null),
    rejectionReason: (org, _, ctx) => (canManage(ctx.viewer, org.id) ? org.rejectionReason : null),
  },
};
