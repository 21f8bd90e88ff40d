import { graphql } from '../../gql';

export const RegisterOrganizationMutation = graphql(`
  mutation RegisterOrganization($input: OrganizationInput!, $idempotencyKey: String) {
    createOrganization(input: $input, idempotencyKey: $idempotencyKey) {
      organization { id name kind verified verification }
      userErrors { field message code }
    }
  }
`);

export const MyOrganizationsQuery = graphql(`
  query MyOrganizations {
    me {
      id
      memberships {
        organization { id name kind verified verification rejectionReason creditCode licenceImageUrl }
      }
    }
  }
`);
