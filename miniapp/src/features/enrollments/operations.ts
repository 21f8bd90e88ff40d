import { graphql } from '../../gql';

/**
 * The signed-in villager's place in one course, with the seat count asked fresh (the public
 * detail may come from the server's shared cache and lag a seat behind).
 */
export const CourseViewerStateQuery = graphql(`
  query CourseViewerState($id: ID!) {
    course(id: $id) {
      id
      status
      seats
      seatsLeft
      isFavorite
      myEnrollment { id status waitlistPosition }
    }
  }
`);

export const EnrollInCourseMutation = graphql(`
  mutation EnrollInCourse($courseId: ID!, $joinWaitlist: Boolean, $onBehalf: OnBehalfInput) {
    enrollInCourse(courseId: $courseId, joinWaitlist: $joinWaitlist, onBehalf: $onBehalf) {
      enrollment { id status waitlistPosition course { id seatsLeft status } }
      userErrors { field message code }
    }
  }
`);

export const CancelEnrollmentMutation = graphql(`
  mutation CancelEnrollment($id: ID!) {
    cancelEnrollment(id: $id) {
      enrollment { id status waitlistPosition course { id seatsLeft status } }
      userErrors { field message code }
    }
  }
`);

export const MyEnrollmentsQuery = graphql(`
  query MyEnrollments {
    myEnrollments {
      id
      status
      trainee { id name }
      helper { relation }
      waitlistPosition
      createdAt
      history { status at message }
      course {
        id
        title
        startDate
        endDate
        isFree
        fee
        place { province city county town }
        trainer { id name verified }
        contactName
        contactPhone
      }
    }
  }
`);
