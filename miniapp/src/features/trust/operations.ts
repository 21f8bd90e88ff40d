import { graphql } from '../../gql';

export const ReportPostingMutation = graphql(`
  mutation ReportPosting($kind: PostingKind!, $id: ID!, $reason: String!, $idempotencyKey: String) {
    reportPosting(kind: $kind, id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
      report { id status }
      userErrors { field message code }
    }
  }
`);

export const ReportFeeDemandMutation = graphql(`
  mutation ReportFeeDemand($postingId: ID!, $note: String, $idempotencyKey: String) {
    reportFeeDemand(postingId: $postingId, note: $note, idempotencyKey: $idempotencyKey) {
      report { id status postingFrozen }
      userErrors { field message code }
    }
  }
`);
