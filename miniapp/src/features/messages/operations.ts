import { graphql } from '../../gql';

export const UnreadMessageCountQuery = graphql(`
  query UnreadMessageCount {
    unreadMessageCount
  }
`);

export const MyMessagesQuery = graphql(`
  query MyMessages {
    myMessages { id kind title body link createdAt readAt }
  }
`);

export const MarkMessagesReadMutation = graphql(`
  mutation MarkMessagesRead($ids: [ID!]) {
    markMessagesRead(ids: $ids)
  }
`);

/** Templates the villager agreed to in WeChat's subscribe dialog (one message each). */
export const AcceptWechatSubscriptionsMutation = graphql(`
  mutation AcceptWechatSubscriptions($templates: [String!]!) {
    acceptWechatSubscriptions(templates: $templates)
  }
`);
