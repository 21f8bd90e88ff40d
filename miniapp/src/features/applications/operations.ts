import { graphql } from '../../gql';

/**
 * What the signed-in villager has done with one job. Asked apart from the public detail (which
 * the server may answer from its shared cache) and again after every change she makes.
 */
export const JobViewerStateQuery = graphql(`
  query JobViewerState($id: ID!) {
    job(id: $id) {
      id
      status
      isFavorite
      myApplication { id status }
    }
  }
`);

export const ApplyToJobMutation = graphql(`
  mutation ApplyToJob($jobId: ID!, $note: String, $certificateIds: [ID!], $onBehalf: OnBehalfInput) {
    applyToJob(jobId: $jobId, note: $note, certificateIds: $certificateIds, onBehalf: $onBehalf) {
      application { id status }
      userErrors { field message code }
    }
  }
`);

export const WithdrawApplicationMutation = graphql(`
  mutation WithdrawApplication($id: ID!) {
    withdrawApplication(id: $id) {
      application { id status updatedAt history { status at message } }
      userErrors { field message code }
    }
  }
`);

export const MyApplicationsQuery = graphql(`
  query MyApplications {
    myApplications {
      id
      status
      note
      applicant { id name }
      helper { relation }
      createdAt
      updatedAt
      history { status at message }
      job {
        id
        title
        status
        description
        pay { min max unit settlement }
        place { province city county town }
        employer { id name verified }
        contactName
        contactPhone
      }
    }
    myInterests {
      id
      status
      positionTitle
      person { id name }
      helper { relation }
      note
      createdAt
      history { status at message }
      opening {
        id
        title
        status
        description
        place { province city county town }
        brand { id name verified }
        contactName
        contactPhone
      }
    }
  }
`);
