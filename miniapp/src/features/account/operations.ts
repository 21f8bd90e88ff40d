import { graphql } from '../../gql';

export const MeFields = graphql(`
  fragment MeFields on User {
    id
    name
    phone
    homeTown
    homeVillage
    birthYear
    skills
    preferredDestinations
    largeText
    isAdmin
    memberships { role organization { id name kind verified suspended } }
    villageCadre { town village }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me { ...MeFields }
  }
`);

export const DemoLoginAvailableQuery = graphql(`
  query DemoLoginAvailable {
    demoLoginAvailable
  }
`);

export const LoginMutation = graphql(`
  mutation Login($code: String!) {
    login(code: $code) {
      token
      expiresAt
      user { ...MeFields }
      userErrors { field message code }
    }
  }
`);

export const DemoLoginMutation = graphql(`
  mutation DemoLogin($role: DemoRole!, $slot: Int) {
    demoLogin(role: $role, slot: $slot) {
      token
      expiresAt
      user { ...MeFields }
      userErrors { field message code }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: ProfileInput!) {
    updateProfile(input: $input) {
      user { ...MeFields }
      userErrors { field message code }
    }
  }
`);

export const BindWechatPhoneMutation = graphql(`
  mutation BindWechatPhone($code: String!) {
    bindWechatPhone(code: $code) {
      user { ...MeFields }
      userErrors { field message code }
    }
  }
`);
