import { graphql } from '../../gql';

export const ReportPostingMutation = graphql(`
  mutation ReportPosting($kind: PostingKind!, $id: ID!, $reason: String!) {
    reportPosting(kind: $kind, id: $id, reason: $reason) {
      report { id status }
      userErrors { field message code }
    }
  }
`);
