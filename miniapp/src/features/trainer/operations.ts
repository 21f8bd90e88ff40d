import { graphql } from '../../gql';

export const MyCoursesQuery = graphql(`
  query MyCourses($id: ID!) {
    organization(id: $id) {
      id
      name
      verified
      postedCourses { id title status startDate endDate enrollmentDeadline seats seatsLeft place { county town } }
    }
  }
`);

export const RosterFields = graphql(`
  fragment RosterFields on Enrollment {
    id
    status
    waitlistPosition
    createdAt
    trainee { id name phone }
    helper { name phone relation }
  }
`);

export const CourseRosterQuery = graphql(`
  query CourseRoster($id: ID!) {
    course(id: $id) {
      id
      title
      status
      startDate
      endDate
      seats
      seatsLeft
      certificate
      enrollments { ...RosterFields }
    }
  }
`);

export const PostCourseMutation = graphql(`
  mutation PostCourse($organizationId: ID!, $input: CourseInput!, $askIfDuplicate: Boolean, $idempotencyKey: String) {
    postCourse(organizationId: $organizationId, input: $input, askIfDuplicate: $askIfDuplicate, idempotencyKey: $idempotencyKey) {
      course { id title status }
      userErrors { field message code }
    }
  }
`);

/** Everything the course form shows, to edit a course the trainer posted. */
export const EditCourseQuery = graphql(`
  query EditCourse($id: ID!) {
    course(id: $id) {
      id
      title
      skill
      description
      status
      place { province city county town address }
      startDate
      endDate
      enrollmentDeadline
      hours
      fee
      subsidy
      coversFood
      coversLodging
      coversTravel
      seats
      certificate
      requirements
      leadsToEmployers { id name verified }
      contactName
      contactPhone
    }
  }
`);

export const UpdateCourseMutation = graphql(`
  mutation UpdateCourse($id: ID!, $input: CourseInput!) {
    updateCourse(id: $id, input: $input) {
      course { id title status }
      userErrors { field message code }
    }
  }
`);

/**
 * Employers for 订单式培训: the schema has no search of organisations, so the trainer finds
 * them through the open jobs they posted.
 */
export const EmployerSearchQuery = graphql(`
  query EmployerSearch($keyword: String!) {
    jobs(filter: { keyword: $keyword }, first: 50) {
      edges { node { id employer { id name verified } } }
    }
  }
`);

export const CancelCourseMutation = graphql(`
  mutation CancelCourse($id: ID!, $reason: String!) {
    cancelCourse(id: $id, reason: $reason) {
      course { id title status }
      userErrors { field message code }
    }
  }
`);

export const MarkCompletedMutation = graphql(`
  mutation MarkCompleted($enrollmentId: ID!) {
    markCompleted(enrollmentId: $enrollmentId) {
      enrollment { ...RosterFields }
      certificate { id name number issuedOn }
      userErrors { field message code }
    }
  }
`);
