import { graphql } from '../../gql';

export const MyCoursesQuery = graphql(`
  query MyCourses($id: ID!) {
    organization(id: $id) {
      id
      name
      verified
      postedCourses { id title status startDate endDate enrollmentDeadline seats seatsLeft }
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
  mutation PostCourse($organizationId: ID!, $input: CourseInput!) {
    postCourse(organizationId: $organizationId, input: $input) {
      course { id title status }
      userErrors { field message code }
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
