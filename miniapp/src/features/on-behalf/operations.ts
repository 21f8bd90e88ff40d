import { graphql } from '../../gql';

/** 我帮谁报了名, and for a verified village cadre the villagers of her village. */
export const MyHelpedPeopleQuery = graphql(`
  query MyHelpedPeople {
    myHelpedPeople { id name phone homeTown homeVillage relation recordCount claimed latest { kind id title status at } }
    me { id villageCadre { town village } }
  }
`);

export const MyVillagersQuery = graphql(`
  query MyVillagers {
    myVillagers { id name phone homeTown homeVillage relation recordCount claimed latest { kind id title status at } }
  }
`);

/** The bureau's call list for one town, a page at a time. */
export const CallListQuery = graphql(`
  query CallList($town: String!, $after: String) {
    callList(town: $town, first: 20, after: $after) {
      edges { cursor node { id name phone homeVillage age reasons waitingSince helpedOnly latest { kind id title status at } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);


/** The bureau's village cadres (村干部), who may apply for the villagers of their village. */
export const VillageCadresQuery = graphql(`
  query VillageCadres {
    villageCadres { town village grantedAt user { id name phone } }
  }
`);

export const GrantVillageCadreMutation = graphql(`
  mutation GrantVillageCadre($phone: String!, $town: String!, $village: String!) {
    grantVillageCadre(phone: $phone, town: $town, village: $village) {
      cadre { town village grantedAt user { id name phone } }
      userErrors { field code message }
    }
  }
`);

export const RevokeVillageCadreMutation = graphql(`
  mutation RevokeVillageCadre($userId: ID!) {
    revokeVillageCadre(userId: $userId) { userErrors { field code message } }
  }
`);
