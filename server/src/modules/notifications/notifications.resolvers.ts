import type { Resolvers } from '../../generated/graphql';

export const notificationResolvers: Resolvers = {
  Query: {
    myMessages: (_, __, ctx) => ctx.services.notifications.myMessages(ctx.viewer),
    unreadMessageCount: (_, __, ctx) => ctx.services.notifications.unreadCount(ctx.viewer),
  },
  Mutation: {
    markMessagesRead: (_, { ids }, ctx) => ctx.services.notifications.markRead(ctx.viewer, ids),
    acceptWechatSubscriptions: (_, { templates }, ctx) => ctx.services.notifications.acceptSubscriptions(ctx.viewer, templates),
  },
};
