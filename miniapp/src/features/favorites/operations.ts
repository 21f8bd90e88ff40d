import { graphql } from '../../gql';

export const FavoriteMutation = graphql(`
  mutation Favorite($kind: FavoriteKind!, $id: ID!) {
    favorite(kind: $kind, id: $id) {
      saved
      userErrors { field message code }
    }
  }
`);

export const UnfavoriteMutation = graphql(`
  mutation Unfavorite($kind: FavoriteKind!, $id: ID!) {
    unfavorite(kind: $kind, id: $id) {
      saved
      userErrors { field message code }
    }
  }
`);

export const MyFavoritesQuery = graphql(`
  query MyFavorites {
    myFavorites {
      kind
      createdAt
      job { ...JobCardFields }
      course { ...CourseCardFields }
      franchiseOpening { ...OpeningCardFields }
    }
  }
`);
