import { graphql } from '../../gql';

export const JobCardFields = graphql(`
  fragment JobCardFields on Job {
    id
    title
    category
    place { province city county town }
    pay { min max unit settlement }
    providesHousing
    providesMeals
    coupleRooms
    dayShiftOnly
    viaAgency
    employer { id name verified replyStats { replyRate medianHoursToFirstReply sampleSize } }
    publishedAt
  }
`);

export const JobListQuery = graphql(`
  query JobList($filter: JobFilter, $sort: JobSort, $first: Int, $after: String) {
    jobs(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      totalCountIsLowerBound
      pageInfo { hasNextPage endCursor }
      edges { node { ...JobCardFields } }
    }
  }
`);

/**
 * Chip counts. 包吃住 means housing AND meals, which the facets count separately, so the
 * combined chip takes its count from the list itself with both conditions added.
 */
export const JobFacetsQuery = graphql(`
  query JobFacets($filter: JobFilter, $boardAndLodgingFilter: JobFilter) {
    jobFacets(filter: $filter) {
      totalCount
      totalCountIsLowerBound
      countsAreLowerBounds
      categories { category count }
      cities { province city count }
      conditions { coupleRooms dayShiftOnly dailySettlement verifiedOnly directEmployerOnly }
    }
    boardAndLodging: jobs(filter: $boardAndLodgingFilter, first: 1) { totalCount totalCountIsLowerBound }
  }
`);

export const JobDetailQuery = graphql(`
  query JobDetail($id: ID!) {
    job(id: $id) {
      id
      title
      category
      description
      viaAgency
      employer { id name verified verifiedAt description openJobCount licenceNumber place { province city county town } replyStats { replyRate medianHoursToFirstReply sampleSize } }
      place { province city county town village address latitude longitude }
      pay { min max unit settlement monthlyMin monthlyMax }
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
      firstPublishedAt
      confirmedAt
      expiresAt
      status
    }
  }
`);
