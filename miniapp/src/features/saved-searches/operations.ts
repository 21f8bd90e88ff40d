import { graphql } from '../../gql';

export const SavedSearchFields = graphql(`
  fragment SavedSearchFields on SavedSearch {
    id
    name
    createdAt
    filter {
      keyword
      category
      place { province city county town }
      minPay { amount unit }
      providesHousing
      providesMeals
      coupleRooms
      dayShiftOnly
      socialInsurance
      travelPaid
      dailySettlement
      verifiedOnly
      directEmployerOnly
      postedWithinDays
    }
  }
`);

export const SaveSearchMutation = graphql(`
  mutation SaveSearch($name: String, $filter: JobFilter!) {
    saveSearch(name: $name, filter: $filter) {
      created
      savedSearch { ...SavedSearchFields }
      userErrors { field message code }
    }
  }
`);

export const DeleteSavedSearchMutation = graphql(`
  mutation DeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id) {
      deletedId
      userErrors { field message code }
    }
  }
`);

export const MySavedSearchesQuery = graphql(`
  query MySavedSearches {
    me { id savedSearches { ...SavedSearchFields } }
  }
`);
