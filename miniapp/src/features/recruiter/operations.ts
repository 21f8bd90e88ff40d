import { graphql } from '../../gql';

export const PostingJobFields = graphql(`
  fragment PostingJobFields on Job {
    id
    title
    category
    description
    status
    confirmedAt
    place { province city county town village address }
    pay { min max unit settlement }
    providesHousing
    providesMeals
    coupleRooms
    dayShiftOnly
    socialInsurance
    travelPaid
    headcount
    ageMin
    ageMax
    requirements
    contactName
    contactPhone
    publishedAt
    expiresAt
    applicationCounts { submitted viewed interview hired rejected withdrawn }
  }
`);

/** The console's front page: the organisation with everything it posted. */
export const MyPostingsQuery = graphql(`
  query MyPostings($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      verified
      suspended
      postedJobs { ...PostingJobFields }
      postedOpenings { id title status openingDate positions { title headcount } publishedAt }
    }
  }
`);

export const EditJobQuery = graphql(`
  query EditJob($id: ID!) {
    job(id: $id) { ...PostingJobFields employer { id name verified } }
  }
`);

export const PostJobMutation = graphql(`
  mutation PostJob($organizationId: ID!, $input: JobInput!, $publish: Boolean, $askIfDuplicate: Boolean, $idempotencyKey: String) {
    postJob(organizationId: $organizationId, input: $input, publish: $publish, askIfDuplicate: $askIfDuplicate, idempotencyKey: $idempotencyKey) {
      job { ...PostingJobFields }
      userErrors { field message code }
    }
  }
`);

export const UpdateJobMutation = graphql(`
  mutation UpdateJob($id: ID!, $input: JobInput!) {
    updateJob(id: $id, input: $input) {
      job { ...PostingJobFields }
      userErrors { field message code }
    }
  }
`);

export const PublishJobMutation = graphql(`
  mutation PublishJob($id: ID!) {
    publishJob(id: $id) {
      job { ...PostingJobFields }
      userErrors { field message code }
    }
  }
`);

export const ConfirmStillHiringMutation = graphql(`
  mutation ConfirmStillHiring($id: ID!) {
    confirmStillHiring(jobId: $id) {
      job { id status confirmedAt }
      userErrors { field message code }
    }
  }
`);

export const CloseJobMutation = graphql(`
  mutation CloseJob($id: ID!) {
    closeJob(id: $id) {
      job { ...PostingJobFields }
      userErrors { field message code }
    }
  }
`);

export const ReopenJobMutation = graphql(`
  mutation ReopenJob($id: ID!) {
    reopenJob(id: $id) {
      job { ...PostingJobFields }
      userErrors { field message code }
    }
  }
`);

export const ApplicantFields = graphql(`
  fragment ApplicantFields on Application {
    id
    status
    note
    createdAt
    history { status at message }
    applicant { id name phone }
    helper { name phone relation }
    certificates { id name number courseTitle issuedOn trainer { id name } }
  }
`);

export const JobApplicantsQuery = graphql(`
  query JobApplicants($id: ID!) {
    job(id: $id) {
      id
      title
      status
      applicationCounts { submitted viewed interview hired rejected withdrawn }
      applications { ...ApplicantFields }
    }
  }
`);

export const SetApplicationStatusMutation = graphql(`
  mutation SetApplicationStatus($id: ID!, $status: ApplicationStatus!, $message: String) {
    setApplicationStatus(id: $id, status: $status, message: $message) {
      application { ...ApplicantFields }
      userErrors { field message code }
    }
  }
`);

export const PostOpeningMutation = graphql(`
  mutation PostFranchiseOpening($organizationId: ID!, $input: FranchiseOpeningInput!, $idempotencyKey: String) {
    postFranchiseOpening(organizationId: $organizationId, input: $input, idempotencyKey: $idempotencyKey) {
      franchiseOpening { id title status franchise { meetsTwoShopsOneYear } }
      userErrors { field message code }
    }
  }
`);

/** Everything the opening form shows, to edit a shop opening the brand posted. */
export const EditOpeningQuery = graphql(`
  query EditOpening($id: ID!) {
    franchiseOpening(id: $id) {
      id
      title
      description
      status
      place { province city address }
      openingDate
      positions { title headcount pay { min max unit settlement } }
      franchise {
        investmentMin investmentMax brandProvides filingNumber meetsTwoShopsOneYear
        disclosure {
          ownShops { city address openedOn }
          fees { name amount refundable refundWhen }
          investmentItems { name min max }
        }
      }
      contactName
      contactPhone
    }
  }
`);

export const UpdateOpeningMutation = graphql(`
  mutation UpdateFranchiseOpening($id: ID!, $input: FranchiseOpeningInput!) {
    updateFranchiseOpening(id: $id, input: $input) {
      franchiseOpening { id title status franchise { meetsTwoShopsOneYear } }
      userErrors { field message code }
    }
  }
`);

export const InterestFields = graphql(`
  fragment InterestFields on Interest {
    id
    positionTitle
    note
    createdAt
    person { id name phone }
    helper { name phone relation }
  }
`);

/** Who said 我感兴趣 to one shop opening (members of the brand only). */
export const OpeningInterestsQuery = graphql(`
  query OpeningInterests($id: ID!) {
    franchiseOpening(id: $id) {
      id
      title
      status
      interests { ...InterestFields }
    }
  }
`);

export const CloseOpeningMutation = graphql(`
  mutation CloseFranchiseOpening($id: ID!) {
    closeFranchiseOpening(id: $id) {
      franchiseOpening { id title status }
      userErrors { field message code }
    }
  }
`);
