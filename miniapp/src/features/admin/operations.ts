import { graphql } from '../../gql';

export const FigureFields = graphql(`
  fragment FigureFields on FigureRow {
    label
    postings
    applications
    hires
    enrollments
    completions
  }
`);

export const BureauQueuesQuery = graphql(`
  query BureauQueues {
    pendingOrganizations { id name kind description creditCode legalRepresentative contactPhone licenceNumber licenceImageUrl place { province city county town address } }
    reports { id kind postingId postingTitle reason reportsOnPosting createdAt organization { id name verified } }
    reviewQueue { id title description status publishedAt employer { id name verified } }
  }
`);

export const CountyFiguresQuery = graphql(`
  query CountyFigures($months: Int) {
    countyFigures(months: $months) {
      total { ...FigureFields }
      byTown { ...FigureFields }
      byMonth { ...FigureFields }
    }
  }
`);

export const VerifyOrganizationMutation = graphql(`
  mutation VerifyOrganization($id: ID!) {
    verifyOrganization(id: $id) {
      organization { id verified }
      userErrors { field message code }
    }
  }
`);

export const RejectOrganizationMutation = graphql(`
  mutation RejectOrganization($id: ID!, $reason: String!) {
    rejectOrganization(id: $id, reason: $reason) {
      organization { id verified }
      userErrors { field message code }
    }
  }
`);

export const TakeDownPostingMutation = graphql(`
  mutation TakeDownPosting($kind: PostingKind!, $id: ID!, $reason: String!) {
    takeDownPosting(kind: $kind, id: $id, reason: $reason) {
      done
      organization { id suspended }
      userErrors { field message code }
    }
  }
`);

export const ApprovePostingMutation = graphql(`
  mutation ApprovePosting($kind: PostingKind!, $id: ID!) {
    approvePosting(kind: $kind, id: $id) {
      done
      userErrors { field message code }
    }
  }
`);

export const DismissReportMutation = graphql(`
  mutation DismissReport($id: ID!) {
    dismissReport(id: $id) {
      done
      userErrors { field message code }
    }
  }
`);

export const AdminPostingsQuery = graphql(`
  query AdminPostings($filter: AdminPostingFilter, $first: Int, $after: String) {
    adminPostings(filter: $filter, first: $first, after: $after) {
      nodes { kind id title status publishedAt openReports place { county town } organization { id name verified } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
