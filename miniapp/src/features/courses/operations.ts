import { graphql } from '../../gql';

export const CourseCardFields = graphql(`
  fragment CourseCardFields on Course {
    id
    title
    skill
    place { province city county town }
    startDate
    endDate
    fee
    isFree
    subsidy
    coversFood
    coversLodging
    seats
    seatsLeft
    status
    trainer { id name verified }
    publishedAt
  }
`);

export const CourseListQuery = graphql(`
  query CourseList($filter: CourseFilter, $sort: CourseSort, $first: Int, $after: String) {
    courses(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      totalCountIsLowerBound
      pageInfo { hasNextPage endCursor }
      edges { node { ...CourseCardFields } }
    }
  }
`);

export const CourseDetailQuery = graphql(`
  query CourseDetail($id: ID!) {
    course(id: $id) {
      id
      title
      skill
      description
      trainer { id name verified description place { province city county town } }
      place { province city county town village address latitude longitude }
      startDate
      endDate
      hours
      fee
      isFree
      subsidy
      coversFood
      coversLodging
      coversTravel
      seats
      seatsLeft
      enrollmentDeadline
      certificate
      requirements
      leadsToEmployers { id name verified }
      leadsToJobs { id title place { province city county town } pay { min max unit settlement } }
      contactName
      contactPhone
      publishedAt
      status
    }
  }
`);
