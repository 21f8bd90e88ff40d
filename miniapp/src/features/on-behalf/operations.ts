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

