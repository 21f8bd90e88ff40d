import { graphql } from '../../gql';

export const OpeningCardFields = graphql(`
  fragment OpeningCardFields on FranchiseOpening {
    id
    title
    brand { id name verified }
    place { province city county town }
    openingDate
    positions { title headcount pay { min max unit settlement monthlyMax } }
    isFranchiseOffer
    publishedAt
  }
`);

export const OpeningListQuery = graphql(`
  query OpeningList($filter: FranchiseOpeningFilter, $sort: FranchiseOpeningSort, $first: Int, $after: String) {
    franchiseOpenings(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      totalCountIsLowerBound
      pageInfo { hasNextPage endCursor }
      edges { node { ...OpeningCardFields } }
    }
  }
`);

export const OpeningDetailQuery = graphql(`
  query OpeningDetail($id: ID!) {
    franchiseOpening(id: $id) {
      id
      title
      brand { id name verified description place { province city county town } }
      description
      place { province city county town village address latitude longitude }
      openingDate
      positions { title headcount pay { min max unit settlement monthlyMin monthlyMax } }
      isFranchiseOffer
      franchise {
        investmentMin investmentMax brandProvides filingNumber meetsTwoShopsOneYear
        disclosure {
          ownShopCount ownShopCities meetsTwoShopsOneYear filingNumber
          ownShops { city openedOn }
          fees { name amount refundable refundWhen }
          investmentItems { name min max }
        }
      }
      contactName
      contactPhone
      publishedAt
      status
    }
  }
`);
