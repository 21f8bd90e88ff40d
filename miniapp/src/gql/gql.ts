/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment MeFields on User {\n    id\n    name\n    phone\n    homeTown\n    homeVillage\n    skills\n    preferredDestinations\n    largeText\n    isAdmin\n    memberships { role organization { id name kind verified suspended } }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me { ...MeFields }\n  }\n": typeof types.MeDocument,
    "\n  query DemoLoginAvailable {\n    demoLoginAvailable\n  }\n": typeof types.DemoLoginAvailableDocument,
    "\n  mutation Login($code: String!) {\n    login(code: $code) {\n      token\n      expiresAt\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation DemoLogin($role: DemoRole!, $slot: Int) {\n    demoLogin(role: $role, slot: $slot) {\n      token\n      expiresAt\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n": typeof types.DemoLoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation BindWechatPhone($code: String!) {\n    bindWechatPhone(code: $code) {\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n": typeof types.BindWechatPhoneDocument,
    "\n  fragment FigureFields on FigureRow {\n    label\n    postings\n    applications\n    hires\n    enrollments\n    completions\n  }\n": typeof types.FigureFieldsFragmentDoc,
    "\n  query BureauQueues {\n    pendingOrganizations { id name kind description place { province city county town } }\n    reports { id kind postingId postingTitle reason reportsOnPosting createdAt organization { id name verified } }\n    reviewQueue { id title description status publishedAt employer { id name verified } }\n  }\n": typeof types.BureauQueuesDocument,
    "\n  query CountyFigures($months: Int) {\n    countyFigures(months: $months) {\n      total { ...FigureFields }\n      byTown { ...FigureFields }\n      byMonth { ...FigureFields }\n    }\n  }\n": typeof types.CountyFiguresDocument,
    "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      organization { id verified }\n      userErrors { field message code }\n    }\n  }\n": typeof types.VerifyOrganizationDocument,
    "\n  mutation RejectOrganization($id: ID!, $reason: String!) {\n    rejectOrganization(id: $id, reason: $reason) {\n      organization { id verified }\n      userErrors { field message code }\n    }\n  }\n": typeof types.RejectOrganizationDocument,
    "\n  mutation TakeDownPosting($kind: PostingKind!, $id: ID!, $reason: String!) {\n    takeDownPosting(kind: $kind, id: $id, reason: $reason) {\n      done\n      organization { id suspended }\n      userErrors { field message code }\n    }\n  }\n": typeof types.TakeDownPostingDocument,
    "\n  mutation ApprovePosting($kind: PostingKind!, $id: ID!) {\n    approvePosting(kind: $kind, id: $id) {\n      done\n      userErrors { field message code }\n    }\n  }\n": typeof types.ApprovePostingDocument,
    "\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      done\n      userErrors { field message code }\n    }\n  }\n": typeof types.DismissReportDocument,
    "\n  query JobViewerState($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      isFavorite\n      myApplication { id status }\n    }\n  }\n": typeof types.JobViewerStateDocument,
    "\n  mutation ApplyToJob($jobId: ID!, $note: String, $certificateIds: [ID!]) {\n    applyToJob(jobId: $jobId, note: $note, certificateIds: $certificateIds) {\n      application { id status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ApplyToJobDocument,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      application { id status updatedAt history { status at message } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.WithdrawApplicationDocument,
    "\n  query MyApplications {\n    myApplications {\n      id\n      status\n      note\n      createdAt\n      updatedAt\n      history { status at message }\n      job {\n        id\n        title\n        status\n        description\n        pay { min max unit settlement }\n        place { province city county town }\n        employer { id name verified }\n        contactName\n        contactPhone\n      }\n    }\n    myInterests {\n      id\n      status\n      positionTitle\n      note\n      createdAt\n      history { status at message }\n      opening {\n        id\n        title\n        status\n        description\n        place { province city county town }\n        brand { id name verified }\n        contactName\n        contactPhone\n      }\n    }\n  }\n": typeof types.MyApplicationsDocument,
    "\n  query MyCertificates {\n    me { id certificates { id name number courseTitle issuedOn trainer { id name } } }\n  }\n": typeof types.MyCertificatesDocument,
    "\n  fragment CourseCardFields on Course {\n    id\n    title\n    skill\n    place { province city county town }\n    startDate\n    endDate\n    fee\n    isFree\n    subsidy\n    coversFood\n    coversLodging\n    seats\n    seatsLeft\n    status\n    trainer { id name verified }\n    publishedAt\n  }\n": typeof types.CourseCardFieldsFragmentDoc,
    "\n  query CourseList($filter: CourseFilter, $sort: CourseSort, $first: Int, $after: String) {\n    courses(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CourseCardFields } }\n    }\n  }\n": typeof types.CourseListDocument,
    "\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      skill\n      description\n      trainer { id name verified description place { province city county town } }\n      place { province city county town village address latitude longitude }\n      startDate\n      endDate\n      hours\n      fee\n      isFree\n      subsidy\n      coversFood\n      coversLodging\n      coversTravel\n      seats\n      seatsLeft\n      enrollmentDeadline\n      certificate\n      requirements\n      leadsToEmployers { id name verified }\n      leadsToJobs { id title place { province city county town } pay { min max unit settlement } }\n      contactName\n      contactPhone\n      publishedAt\n      status\n    }\n  }\n": typeof types.CourseDetailDocument,
    "\n  query CourseViewerState($id: ID!) {\n    course(id: $id) {\n      id\n      status\n      seats\n      seatsLeft\n      isFavorite\n      myEnrollment { id status waitlistPosition }\n    }\n  }\n": typeof types.CourseViewerStateDocument,
    "\n  mutation EnrollInCourse($courseId: ID!, $joinWaitlist: Boolean) {\n    enrollInCourse(courseId: $courseId, joinWaitlist: $joinWaitlist) {\n      enrollment { id status waitlistPosition course { id seatsLeft status } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.EnrollInCourseDocument,
    "\n  mutation CancelEnrollment($id: ID!) {\n    cancelEnrollment(id: $id) {\n      enrollment { id status waitlistPosition course { id seatsLeft status } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CancelEnrollmentDocument,
    "\n  query MyEnrollments {\n    myEnrollments {\n      id\n      status\n      waitlistPosition\n      createdAt\n      history { status at message }\n      course {\n        id\n        title\n        startDate\n        endDate\n        isFree\n        fee\n        place { province city county town }\n        trainer { id name verified }\n        contactName\n        contactPhone\n      }\n    }\n  }\n": typeof types.MyEnrollmentsDocument,
    "\n  mutation Favorite($kind: FavoriteKind!, $id: ID!) {\n    favorite(kind: $kind, id: $id) {\n      saved\n      userErrors { field message code }\n    }\n  }\n": typeof types.FavoriteDocument,
    "\n  mutation Unfavorite($kind: FavoriteKind!, $id: ID!) {\n    unfavorite(kind: $kind, id: $id) {\n      saved\n      userErrors { field message code }\n    }\n  }\n": typeof types.UnfavoriteDocument,
    "\n  query MyFavorites {\n    myFavorites {\n      kind\n      createdAt\n      job { ...JobCardFields }\n      course { ...CourseCardFields }\n      franchiseOpening { ...OpeningCardFields }\n    }\n  }\n": typeof types.MyFavoritesDocument,
    "\n  query OpeningViewerState($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      status\n      isFavorite\n      myInterest { id status positionTitle }\n    }\n  }\n": typeof types.OpeningViewerStateDocument,
    "\n  mutation ExpressInterest($franchiseOpeningId: ID!, $positionTitle: String, $note: String) {\n    expressInterest(franchiseOpeningId: $franchiseOpeningId, positionTitle: $positionTitle, note: $note) {\n      interest { id status positionTitle }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  fragment JobCardFields on Job {\n    id\n    title\n    category\n    place { province city county town }\n    pay { min max unit settlement }\n    providesHousing\n    providesMeals\n    coupleRooms\n    dayShiftOnly\n    viaAgency\n    employer { id name verified }\n    publishedAt\n  }\n": typeof types.JobCardFieldsFragmentDoc,
    "\n  query JobList($filter: JobFilter, $sort: JobSort, $first: Int, $after: String) {\n    jobs(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...JobCardFields } }\n    }\n  }\n": typeof types.JobListDocument,
    "\n  query JobFacets($filter: JobFilter, $boardAndLodgingFilter: JobFilter) {\n    jobFacets(filter: $filter) {\n      totalCount\n      totalCountIsLowerBound\n      countsAreLowerBounds\n      categories { category count }\n      cities { province city count }\n      conditions { coupleRooms dayShiftOnly dailySettlement verifiedOnly directEmployerOnly }\n    }\n    boardAndLodging: jobs(filter: $boardAndLodgingFilter, first: 1) { totalCount totalCountIsLowerBound }\n  }\n": typeof types.JobFacetsDocument,
    "\n  query JobDetail($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      category\n      description\n      viaAgency\n      employer { id name verified verifiedAt description openJobCount licenceNumber place { province city county town } }\n      place { province city county town village address latitude longitude }\n      pay { min max unit settlement monthlyMin monthlyMax }\n      providesHousing\n      providesMeals\n      coupleRooms\n      dayShiftOnly\n      socialInsurance\n      travelPaid\n      headcount\n      ageMin\n      ageMax\n      requirements\n      contactName\n      contactPhone\n      publishedAt\n      expiresAt\n      status\n    }\n  }\n": typeof types.JobDetailDocument,
    "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n": typeof types.UnreadMessageCountDocument,
    "\n  query MyMessages {\n    myMessages { id kind title body link createdAt readAt }\n  }\n": typeof types.MyMessagesDocument,
    "\n  mutation MarkMessagesRead($ids: [ID!]) {\n    markMessagesRead(ids: $ids)\n  }\n": typeof types.MarkMessagesReadDocument,
    "\n  mutation AcceptWechatSubscriptions($templates: [String!]!) {\n    acceptWechatSubscriptions(templates: $templates)\n  }\n": typeof types.AcceptWechatSubscriptionsDocument,
    "\n  fragment OpeningCardFields on FranchiseOpening {\n    id\n    title\n    brand { id name verified }\n    place { province city county town }\n    openingDate\n    positions { title headcount pay { min max unit settlement monthlyMax } }\n    isFranchiseOffer\n    publishedAt\n  }\n": typeof types.OpeningCardFieldsFragmentDoc,
    "\n  query OpeningList($filter: FranchiseOpeningFilter, $sort: FranchiseOpeningSort, $first: Int, $after: String) {\n    franchiseOpenings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...OpeningCardFields } }\n    }\n  }\n": typeof types.OpeningListDocument,
    "\n  query OpeningDetail($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      title\n      brand { id name verified description place { province city county town } }\n      description\n      place { province city county town village address latitude longitude }\n      openingDate\n      positions { title headcount pay { min max unit settlement monthlyMin monthlyMax } }\n      isFranchiseOffer\n      franchise {\n        investmentMin investmentMax brandProvides filingNumber meetsTwoShopsOneYear\n        disclosure {\n          ownShopCount ownShopCities meetsTwoShopsOneYear filingNumber\n          ownShops { city openedOn }\n          fees { name amount refundable refundWhen }\n          investmentItems { name min max }\n        }\n      }\n      contactName\n      contactPhone\n      publishedAt\n      status\n    }\n  }\n": typeof types.OpeningDetailDocument,
    "\n  fragment PostingJobFields on Job {\n    id\n    title\n    category\n    description\n    status\n    place { province city county town village address }\n    pay { min max unit settlement }\n    providesHousing\n    providesMeals\n    coupleRooms\n    dayShiftOnly\n    socialInsurance\n    travelPaid\n    headcount\n    ageMin\n    ageMax\n    requirements\n    contactName\n    contactPhone\n    publishedAt\n    expiresAt\n    applicationCounts { submitted viewed interview hired rejected withdrawn }\n  }\n": typeof types.PostingJobFieldsFragmentDoc,
    "\n  query MyPostings($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      verified\n      suspended\n      postedJobs { ...PostingJobFields }\n      postedOpenings { id title status openingDate positions { title headcount } publishedAt }\n    }\n  }\n": typeof types.MyPostingsDocument,
    "\n  query EditJob($id: ID!) {\n    job(id: $id) { ...PostingJobFields employer { id name verified } }\n  }\n": typeof types.EditJobDocument,
    "\n  mutation PostJob($organizationId: ID!, $input: JobInput!, $publish: Boolean, $idempotencyKey: String) {\n    postJob(organizationId: $organizationId, input: $input, publish: $publish, idempotencyKey: $idempotencyKey) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n": typeof types.PostJobDocument,
    "\n  mutation UpdateJob($id: ID!, $input: JobInput!) {\n    updateJob(id: $id, input: $input) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n": typeof types.UpdateJobDocument,
    "\n  mutation PublishJob($id: ID!) {\n    publishJob(id: $id) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n": typeof types.PublishJobDocument,
    "\n  mutation CloseJob($id: ID!) {\n    closeJob(id: $id) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CloseJobDocument,
    "\n  mutation ReopenJob($id: ID!) {\n    reopenJob(id: $id) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ReopenJobDocument,
    "\n  fragment ApplicantFields on Application {\n    id\n    status\n    note\n    createdAt\n    history { status at message }\n    applicant { id name phone }\n    certificates { id name number courseTitle issuedOn trainer { id name } }\n  }\n": typeof types.ApplicantFieldsFragmentDoc,
    "\n  query JobApplicants($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      applicationCounts { submitted viewed interview hired rejected withdrawn }\n      applications { ...ApplicantFields }\n    }\n  }\n": typeof types.JobApplicantsDocument,
    "\n  mutation SetApplicationStatus($id: ID!, $status: ApplicationStatus!, $message: String) {\n    setApplicationStatus(id: $id, status: $status, message: $message) {\n      application { ...ApplicantFields }\n      userErrors { field message code }\n    }\n  }\n": typeof types.SetApplicationStatusDocument,
    "\n  mutation PostFranchiseOpening($organizationId: ID!, $input: FranchiseOpeningInput!, $idempotencyKey: String) {\n    postFranchiseOpening(organizationId: $organizationId, input: $input, idempotencyKey: $idempotencyKey) {\n      franchiseOpening { id title status franchise { meetsTwoShopsOneYear } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.PostFranchiseOpeningDocument,
    "\n  query EditOpening($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      title\n      description\n      status\n      place { province city address }\n      openingDate\n      positions { title headcount pay { min max unit settlement } }\n      franchise {\n        investmentMin investmentMax brandProvides filingNumber meetsTwoShopsOneYear\n        disclosure {\n          ownShops { city address openedOn }\n          fees { name amount refundable refundWhen }\n          investmentItems { name min max }\n        }\n      }\n      contactName\n      contactPhone\n    }\n  }\n": typeof types.EditOpeningDocument,
    "\n  mutation UpdateFranchiseOpening($id: ID!, $input: FranchiseOpeningInput!) {\n    updateFranchiseOpening(id: $id, input: $input) {\n      franchiseOpening { id title status franchise { meetsTwoShopsOneYear } }\n      userErrors { field message code }\n    }\n  }\n": typeof types.UpdateFranchiseOpeningDocument,
    "\n  fragment InterestFields on Interest {\n    id\n    positionTitle\n    note\n    createdAt\n    person { id name phone }\n  }\n": typeof types.InterestFieldsFragmentDoc,
    "\n  query OpeningInterests($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      title\n      status\n      interests { ...InterestFields }\n    }\n  }\n": typeof types.OpeningInterestsDocument,
    "\n  mutation CloseFranchiseOpening($id: ID!) {\n    closeFranchiseOpening(id: $id) {\n      franchiseOpening { id title status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CloseFranchiseOpeningDocument,
    "\n  query MyCourses($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      verified\n      postedCourses { id title status startDate endDate enrollmentDeadline seats seatsLeft place { county town } }\n    }\n  }\n": typeof types.MyCoursesDocument,
    "\n  fragment RosterFields on Enrollment {\n    id\n    status\n    waitlistPosition\n    createdAt\n    trainee { id name phone }\n  }\n": typeof types.RosterFieldsFragmentDoc,
    "\n  query CourseRoster($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      status\n      startDate\n      endDate\n      seats\n      seatsLeft\n      certificate\n      enrollments { ...RosterFields }\n    }\n  }\n": typeof types.CourseRosterDocument,
    "\n  mutation PostCourse($organizationId: ID!, $input: CourseInput!, $idempotencyKey: String) {\n    postCourse(organizationId: $organizationId, input: $input, idempotencyKey: $idempotencyKey) {\n      course { id title status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.PostCourseDocument,
    "\n  query EditCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      skill\n      description\n      status\n      place { province city county town address }\n      startDate\n      endDate\n      enrollmentDeadline\n      hours\n      fee\n      subsidy\n      coversFood\n      coversLodging\n      coversTravel\n      seats\n      certificate\n      requirements\n      leadsToEmployers { id name verified }\n      contactName\n      contactPhone\n    }\n  }\n": typeof types.EditCourseDocument,
    "\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      course { id title status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.UpdateCourseDocument,
    "\n  query EmployerSearch($keyword: String!) {\n    jobs(filter: { keyword: $keyword }, first: 50) {\n      edges { node { id employer { id name verified } } }\n    }\n  }\n": typeof types.EmployerSearchDocument,
    "\n  mutation CancelCourse($id: ID!, $reason: String!) {\n    cancelCourse(id: $id, reason: $reason) {\n      course { id title status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.CancelCourseDocument,
    "\n  mutation MarkCompleted($enrollmentId: ID!) {\n    markCompleted(enrollmentId: $enrollmentId) {\n      enrollment { ...RosterFields }\n      certificate { id name number issuedOn }\n      userErrors { field message code }\n    }\n  }\n": typeof types.MarkCompletedDocument,
    "\n  mutation ReportPosting($kind: PostingKind!, $id: ID!, $reason: String!, $idempotencyKey: String) {\n    reportPosting(kind: $kind, id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      report { id status }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ReportPostingDocument,
    "\n  mutation ReportFeeDemand($postingId: ID!, $note: String, $idempotencyKey: String) {\n    reportFeeDemand(postingId: $postingId, note: $note, idempotencyKey: $idempotencyKey) {\n      report { id status postingFrozen }\n      userErrors { field message code }\n    }\n  }\n": typeof types.ReportFeeDemandDocument,
};
const documents: Documents = {
    "\n  fragment MeFields on User {\n    id\n    name\n    phone\n    homeTown\n    homeVillage\n    skills\n    preferredDestinations\n    largeText\n    isAdmin\n    memberships { role organization { id name kind verified suspended } }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me { ...MeFields }\n  }\n": types.MeDocument,
    "\n  query DemoLoginAvailable {\n    demoLoginAvailable\n  }\n": types.DemoLoginAvailableDocument,
    "\n  mutation Login($code: String!) {\n    login(code: $code) {\n      token\n      expiresAt\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation DemoLogin($role: DemoRole!, $slot: Int) {\n    demoLogin(role: $role, slot: $slot) {\n      token\n      expiresAt\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n": types.DemoLoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation BindWechatPhone($code: String!) {\n    bindWechatPhone(code: $code) {\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n": types.BindWechatPhoneDocument,
    "\n  fragment FigureFields on FigureRow {\n    label\n    postings\n    applications\n    hires\n    enrollments\n    completions\n  }\n": types.FigureFieldsFragmentDoc,
    "\n  query BureauQueues {\n    pendingOrganizations { id name kind description place { province city county town } }\n    reports { id kind postingId postingTitle reason reportsOnPosting createdAt organization { id name verified } }\n    reviewQueue { id title description status publishedAt employer { id name verified } }\n  }\n": types.BureauQueuesDocument,
    "\n  query CountyFigures($months: Int) {\n    countyFigures(months: $months) {\n      total { ...FigureFields }\n      byTown { ...FigureFields }\n      byMonth { ...FigureFields }\n    }\n  }\n": types.CountyFiguresDocument,
    "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      organization { id verified }\n      userErrors { field message code }\n    }\n  }\n": types.VerifyOrganizationDocument,
    "\n  mutation RejectOrganization($id: ID!, $reason: String!) {\n    rejectOrganization(id: $id, reason: $reason) {\n      organization { id verified }\n      userErrors { field message code }\n    }\n  }\n": types.RejectOrganizationDocument,
    "\n  mutation TakeDownPosting($kind: PostingKind!, $id: ID!, $reason: String!) {\n    takeDownPosting(kind: $kind, id: $id, reason: $reason) {\n      done\n      organization { id suspended }\n      userErrors { field message code }\n    }\n  }\n": types.TakeDownPostingDocument,
    "\n  mutation ApprovePosting($kind: PostingKind!, $id: ID!) {\n    approvePosting(kind: $kind, id: $id) {\n      done\n      userErrors { field message code }\n    }\n  }\n": types.ApprovePostingDocument,
    "\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      done\n      userErrors { field message code }\n    }\n  }\n": types.DismissReportDocument,
    "\n  query JobViewerState($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      isFavorite\n      myApplication { id status }\n    }\n  }\n": types.JobViewerStateDocument,
    "\n  mutation ApplyToJob($jobId: ID!, $note: String, $certificateIds: [ID!]) {\n    applyToJob(jobId: $jobId, note: $note, certificateIds: $certificateIds) {\n      application { id status }\n      userErrors { field message code }\n    }\n  }\n": types.ApplyToJobDocument,
    "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      application { id status updatedAt history { status at message } }\n      userErrors { field message code }\n    }\n  }\n": types.WithdrawApplicationDocument,
    "\n  query MyApplications {\n    myApplications {\n      id\n      status\n      note\n      createdAt\n      updatedAt\n      history { status at message }\n      job {\n        id\n        title\n        status\n        description\n        pay { min max unit settlement }\n        place { province city county town }\n        employer { id name verified }\n        contactName\n        contactPhone\n      }\n    }\n    myInterests {\n      id\n      status\n      positionTitle\n      note\n      createdAt\n      history { status at message }\n      opening {\n        id\n        title\n        status\n        description\n        place { province city county town }\n        brand { id name verified }\n        contactName\n        contactPhone\n      }\n    }\n  }\n": types.MyApplicationsDocument,
    "\n  query MyCertificates {\n    me { id certificates { id name number courseTitle issuedOn trainer { id name } } }\n  }\n": types.MyCertificatesDocument,
    "\n  fragment CourseCardFields on Course {\n    id\n    title\n    skill\n    place { province city county town }\n    startDate\n    endDate\n    fee\n    isFree\n    subsidy\n    coversFood\n    coversLodging\n    seats\n    seatsLeft\n    status\n    trainer { id name verified }\n    publishedAt\n  }\n": types.CourseCardFieldsFragmentDoc,
    "\n  query CourseList($filter: CourseFilter, $sort: CourseSort, $first: Int, $after: String) {\n    courses(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CourseCardFields } }\n    }\n  }\n": types.CourseListDocument,
    "\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      skill\n      description\n      trainer { id name verified description place { province city county town } }\n      place { province city county town village address latitude longitude }\n      startDate\n      endDate\n      hours\n      fee\n      isFree\n      subsidy\n      coversFood\n      coversLodging\n      coversTravel\n      seats\n      seatsLeft\n      enrollmentDeadline\n      certificate\n      requirements\n      leadsToEmployers { id name verified }\n      leadsToJobs { id title place { province city county town } pay { min max unit settlement } }\n      contactName\n      contactPhone\n      publishedAt\n      status\n    }\n  }\n": types.CourseDetailDocument,
    "\n  query CourseViewerState($id: ID!) {\n    course(id: $id) {\n      id\n      status\n      seats\n      seatsLeft\n      isFavorite\n      myEnrollment { id status waitlistPosition }\n    }\n  }\n": types.CourseViewerStateDocument,
    "\n  mutation EnrollInCourse($courseId: ID!, $joinWaitlist: Boolean) {\n    enrollInCourse(courseId: $courseId, joinWaitlist: $joinWaitlist) {\n      enrollment { id status waitlistPosition course { id seatsLeft status } }\n      userErrors { field message code }\n    }\n  }\n": types.EnrollInCourseDocument,
    "\n  mutation CancelEnrollment($id: ID!) {\n    cancelEnrollment(id: $id) {\n      enrollment { id status waitlistPosition course { id seatsLeft status } }\n      userErrors { field message code }\n    }\n  }\n": types.CancelEnrollmentDocument,
    "\n  query MyEnrollments {\n    myEnrollments {\n      id\n      status\n      waitlistPosition\n      createdAt\n      history { status at message }\n      course {\n        id\n        title\n        startDate\n        endDate\n        isFree\n        fee\n        place { province city county town }\n        trainer { id name verified }\n        contactName\n        contactPhone\n      }\n    }\n  }\n": types.MyEnrollmentsDocument,
    "\n  mutation Favorite($kind: FavoriteKind!, $id: ID!) {\n    favorite(kind: $kind, id: $id) {\n      saved\n      userErrors { field message code }\n    }\n  }\n": types.FavoriteDocument,
    "\n  mutation Unfavorite($kind: FavoriteKind!, $id: ID!) {\n    unfavorite(kind: $kind, id: $id) {\n      saved\n      userErrors { field message code }\n    }\n  }\n": types.UnfavoriteDocument,
    "\n  query MyFavorites {\n    myFavorites {\n      kind\n      createdAt\n      job { ...JobCardFields }\n      course { ...CourseCardFields }\n      franchiseOpening { ...OpeningCardFields }\n    }\n  }\n": types.MyFavoritesDocument,
    "\n  query OpeningViewerState($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      status\n      isFavorite\n      myInterest { id status positionTitle }\n    }\n  }\n": types.OpeningViewerStateDocument,
    "\n  mutation ExpressInterest($franchiseOpeningId: ID!, $positionTitle: String, $note: String) {\n    expressInterest(franchiseOpeningId: $franchiseOpeningId, positionTitle: $positionTitle, note: $note) {\n      interest { id status positionTitle }\n      userErrors { field message code }\n    }\n  }\n": types.ExpressInterestDocument,
    "\n  fragment JobCardFields on Job {\n    id\n    title\n    category\n    place { province city county town }\n    pay { min max unit settlement }\n    providesHousing\n    providesMeals\n    coupleRooms\n    dayShiftOnly\n    viaAgency\n    employer { id name verified }\n    publishedAt\n  }\n": types.JobCardFieldsFragmentDoc,
    "\n  query JobList($filter: JobFilter, $sort: JobSort, $first: Int, $after: String) {\n    jobs(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...JobCardFields } }\n    }\n  }\n": types.JobListDocument,
    "\n  query JobFacets($filter: JobFilter, $boardAndLodgingFilter: JobFilter) {\n    jobFacets(filter: $filter) {\n      totalCount\n      totalCountIsLowerBound\n      countsAreLowerBounds\n      categories { category count }\n      cities { province city count }\n      conditions { coupleRooms dayShiftOnly dailySettlement verifiedOnly directEmployerOnly }\n    }\n    boardAndLodging: jobs(filter: $boardAndLodgingFilter, first: 1) { totalCount totalCountIsLowerBound }\n  }\n": types.JobFacetsDocument,
    "\n  query JobDetail($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      category\n      description\n      viaAgency\n      employer { id name verified verifiedAt description openJobCount licenceNumber place { province city county town } }\n      place { province city county town village address latitude longitude }\n      pay { min max unit settlement monthlyMin monthlyMax }\n      providesHousing\n      providesMeals\n      coupleRooms\n      dayShiftOnly\n      socialInsurance\n      travelPaid\n      headcount\n      ageMin\n      ageMax\n      requirements\n      contactName\n      contactPhone\n      publishedAt\n      expiresAt\n      status\n    }\n  }\n": types.JobDetailDocument,
    "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n": types.UnreadMessageCountDocument,
    "\n  query MyMessages {\n    myMessages { id kind title body link createdAt readAt }\n  }\n": types.MyMessagesDocument,
    "\n  mutation MarkMessagesRead($ids: [ID!]) {\n    markMessagesRead(ids: $ids)\n  }\n": types.MarkMessagesReadDocument,
    "\n  mutation AcceptWechatSubscriptions($templates: [String!]!) {\n    acceptWechatSubscriptions(templates: $templates)\n  }\n": types.AcceptWechatSubscriptionsDocument,
    "\n  fragment OpeningCardFields on FranchiseOpening {\n    id\n    title\n    brand { id name verified }\n    place { province city county town }\n    openingDate\n    positions { title headcount pay { min max unit settlement monthlyMax } }\n    isFranchiseOffer\n    publishedAt\n  }\n": types.OpeningCardFieldsFragmentDoc,
    "\n  query OpeningList($filter: FranchiseOpeningFilter, $sort: FranchiseOpeningSort, $first: Int, $after: String) {\n    franchiseOpenings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...OpeningCardFields } }\n    }\n  }\n": types.OpeningListDocument,
    "\n  query OpeningDetail($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      title\n      brand { id name verified description place { province city county town } }\n      description\n      place { province city county town village address latitude longitude }\n      openingDate\n      positions { title headcount pay { min max unit settlement monthlyMin monthlyMax } }\n      isFranchiseOffer\n      franchise {\n        investmentMin investmentMax brandProvides filingNumber meetsTwoShopsOneYear\n        disclosure {\n          ownShopCount ownShopCities meetsTwoShopsOneYear filingNumber\n          ownShops { city openedOn }\n          fees { name amount refundable refundWhen }\n          investmentItems { name min max }\n        }\n      }\n      contactName\n      contactPhone\n      publishedAt\n      status\n    }\n  }\n": types.OpeningDetailDocument,
    "\n  fragment PostingJobFields on Job {\n    id\n    title\n    category\n    description\n    status\n    place { province city county town village address }\n    pay { min max unit settlement }\n    providesHousing\n    providesMeals\n    coupleRooms\n    dayShiftOnly\n    socialInsurance\n    travelPaid\n    headcount\n    ageMin\n    ageMax\n    requirements\n    contactName\n    contactPhone\n    publishedAt\n    expiresAt\n    applicationCounts { submitted viewed interview hired rejected withdrawn }\n  }\n": types.PostingJobFieldsFragmentDoc,
    "\n  query MyPostings($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      verified\n      suspended\n      postedJobs { ...PostingJobFields }\n      postedOpenings { id title status openingDate positions { title headcount } publishedAt }\n    }\n  }\n": types.MyPostingsDocument,
    "\n  query EditJob($id: ID!) {\n    job(id: $id) { ...PostingJobFields employer { id name verified } }\n  }\n": types.EditJobDocument,
    "\n  mutation PostJob($organizationId: ID!, $input: JobInput!, $publish: Boolean, $idempotencyKey: String) {\n    postJob(organizationId: $organizationId, input: $input, publish: $publish, idempotencyKey: $idempotencyKey) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n": types.PostJobDocument,
    "\n  mutation UpdateJob($id: ID!, $input: JobInput!) {\n    updateJob(id: $id, input: $input) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n": types.UpdateJobDocument,
    "\n  mutation PublishJob($id: ID!) {\n    publishJob(id: $id) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n": types.PublishJobDocument,
    "\n  mutation CloseJob($id: ID!) {\n    closeJob(id: $id) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n": types.CloseJobDocument,
    "\n  mutation ReopenJob($id: ID!) {\n    reopenJob(id: $id) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n": types.ReopenJobDocument,
    "\n  fragment ApplicantFields on Application {\n    id\n    status\n    note\n    createdAt\n    history { status at message }\n    applicant { id name phone }\n    certificates { id name number courseTitle issuedOn trainer { id name } }\n  }\n": types.ApplicantFieldsFragmentDoc,
    "\n  query JobApplicants($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      applicationCounts { submitted viewed interview hired rejected withdrawn }\n      applications { ...ApplicantFields }\n    }\n  }\n": types.JobApplicantsDocument,
    "\n  mutation SetApplicationStatus($id: ID!, $status: ApplicationStatus!, $message: String) {\n    setApplicationStatus(id: $id, status: $status, message: $message) {\n      application { ...ApplicantFields }\n      userErrors { field message code }\n    }\n  }\n": types.SetApplicationStatusDocument,
    "\n  mutation PostFranchiseOpening($organizationId: ID!, $input: FranchiseOpeningInput!, $idempotencyKey: String) {\n    postFranchiseOpening(organizationId: $organizationId, input: $input, idempotencyKey: $idempotencyKey) {\n      franchiseOpening { id title status franchise { meetsTwoShopsOneYear } }\n      userErrors { field message code }\n    }\n  }\n": types.PostFranchiseOpeningDocument,
    "\n  query EditOpening($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      title\n      description\n      status\n      place { province city address }\n      openingDate\n      positions { title headcount pay { min max unit settlement } }\n      franchise {\n        investmentMin investmentMax brandProvides filingNumber meetsTwoShopsOneYear\n        disclosure {\n          ownShops { city address openedOn }\n          fees { name amount refundable refundWhen }\n          investmentItems { name min max }\n        }\n      }\n      contactName\n      contactPhone\n    }\n  }\n": types.EditOpeningDocument,
    "\n  mutation UpdateFranchiseOpening($id: ID!, $input: FranchiseOpeningInput!) {\n    updateFranchiseOpening(id: $id, input: $input) {\n      franchiseOpening { id title status franchise { meetsTwoShopsOneYear } }\n      userErrors { field message code }\n    }\n  }\n": types.UpdateFranchiseOpeningDocument,
    "\n  fragment InterestFields on Interest {\n    id\n    positionTitle\n    note\n    createdAt\n    person { id name phone }\n  }\n": types.InterestFieldsFragmentDoc,
    "\n  query OpeningInterests($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      title\n      status\n      interests { ...InterestFields }\n    }\n  }\n": types.OpeningInterestsDocument,
    "\n  mutation CloseFranchiseOpening($id: ID!) {\n    closeFranchiseOpening(id: $id) {\n      franchiseOpening { id title status }\n      userErrors { field message code }\n    }\n  }\n": types.CloseFranchiseOpeningDocument,
    "\n  query MyCourses($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      verified\n      postedCourses { id title status startDate endDate enrollmentDeadline seats seatsLeft place { county town } }\n    }\n  }\n": types.MyCoursesDocument,
    "\n  fragment RosterFields on Enrollment {\n    id\n    status\n    waitlistPosition\n    createdAt\n    trainee { id name phone }\n  }\n": types.RosterFieldsFragmentDoc,
    "\n  query CourseRoster($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      status\n      startDate\n      endDate\n      seats\n      seatsLeft\n      certificate\n      enrollments { ...RosterFields }\n    }\n  }\n": types.CourseRosterDocument,
    "\n  mutation PostCourse($organizationId: ID!, $input: CourseInput!, $idempotencyKey: String) {\n    postCourse(organizationId: $organizationId, input: $input, idempotencyKey: $idempotencyKey) {\n      course { id title status }\n      userErrors { field message code }\n    }\n  }\n": types.PostCourseDocument,
    "\n  query EditCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      skill\n      description\n      status\n      place { province city county town address }\n      startDate\n      endDate\n      enrollmentDeadline\n      hours\n      fee\n      subsidy\n      coversFood\n      coversLodging\n      coversTravel\n      seats\n      certificate\n      requirements\n      leadsToEmployers { id name verified }\n      contactName\n      contactPhone\n    }\n  }\n": types.EditCourseDocument,
    "\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      course { id title status }\n      userErrors { field message code }\n    }\n  }\n": types.UpdateCourseDocument,
    "\n  query EmployerSearch($keyword: String!) {\n    jobs(filter: { keyword: $keyword }, first: 50) {\n      edges { node { id employer { id name verified } } }\n    }\n  }\n": types.EmployerSearchDocument,
    "\n  mutation CancelCourse($id: ID!, $reason: String!) {\n    cancelCourse(id: $id, reason: $reason) {\n      course { id title status }\n      userErrors { field message code }\n    }\n  }\n": types.CancelCourseDocument,
    "\n  mutation MarkCompleted($enrollmentId: ID!) {\n    markCompleted(enrollmentId: $enrollmentId) {\n      enrollment { ...RosterFields }\n      certificate { id name number issuedOn }\n      userErrors { field message code }\n    }\n  }\n": types.MarkCompletedDocument,
    "\n  mutation ReportPosting($kind: PostingKind!, $id: ID!, $reason: String!, $idempotencyKey: String) {\n    reportPosting(kind: $kind, id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      report { id status }\n      userErrors { field message code }\n    }\n  }\n": types.ReportPostingDocument,
    "\n  mutation ReportFeeDemand($postingId: ID!, $note: String, $idempotencyKey: String) {\n    reportFeeDemand(postingId: $postingId, note: $note, idempotencyKey: $idempotencyKey) {\n      report { id status postingFrozen }\n      userErrors { field message code }\n    }\n  }\n": types.ReportFeeDemandDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on User {\n    id\n    name\n    phone\n    homeTown\n    homeVillage\n    skills\n    preferredDestinations\n    largeText\n    isAdmin\n    memberships { role organization { id name kind verified suspended } }\n  }\n"): (typeof documents)["\n  fragment MeFields on User {\n    id\n    name\n    phone\n    homeTown\n    homeVillage\n    skills\n    preferredDestinations\n    largeText\n    isAdmin\n    memberships { role organization { id name kind verified suspended } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { ...MeFields }\n  }\n"): (typeof documents)["\n  query Me {\n    me { ...MeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoLoginAvailable {\n    demoLoginAvailable\n  }\n"): (typeof documents)["\n  query DemoLoginAvailable {\n    demoLoginAvailable\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($code: String!) {\n    login(code: $code) {\n      token\n      expiresAt\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($code: String!) {\n    login(code: $code) {\n      token\n      expiresAt\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoLogin($role: DemoRole!, $slot: Int) {\n    demoLogin(role: $role, slot: $slot) {\n      token\n      expiresAt\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation DemoLogin($role: DemoRole!, $slot: Int) {\n    demoLogin(role: $role, slot: $slot) {\n      token\n      expiresAt\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) {\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BindWechatPhone($code: String!) {\n    bindWechatPhone(code: $code) {\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation BindWechatPhone($code: String!) {\n    bindWechatPhone(code: $code) {\n      user { ...MeFields }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FigureFields on FigureRow {\n    label\n    postings\n    applications\n    hires\n    enrollments\n    completions\n  }\n"): (typeof documents)["\n  fragment FigureFields on FigureRow {\n    label\n    postings\n    applications\n    hires\n    enrollments\n    completions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BureauQueues {\n    pendingOrganizations { id name kind description place { province city county town } }\n    reports { id kind postingId postingTitle reason reportsOnPosting createdAt organization { id name verified } }\n    reviewQueue { id title description status publishedAt employer { id name verified } }\n  }\n"): (typeof documents)["\n  query BureauQueues {\n    pendingOrganizations { id name kind description place { province city county town } }\n    reports { id kind postingId postingTitle reason reportsOnPosting createdAt organization { id name verified } }\n    reviewQueue { id title description status publishedAt employer { id name verified } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountyFigures($months: Int) {\n    countyFigures(months: $months) {\n      total { ...FigureFields }\n      byTown { ...FigureFields }\n      byMonth { ...FigureFields }\n    }\n  }\n"): (typeof documents)["\n  query CountyFigures($months: Int) {\n    countyFigures(months: $months) {\n      total { ...FigureFields }\n      byTown { ...FigureFields }\n      byMonth { ...FigureFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      organization { id verified }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      organization { id verified }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectOrganization($id: ID!, $reason: String!) {\n    rejectOrganization(id: $id, reason: $reason) {\n      organization { id verified }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectOrganization($id: ID!, $reason: String!) {\n    rejectOrganization(id: $id, reason: $reason) {\n      organization { id verified }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeDownPosting($kind: PostingKind!, $id: ID!, $reason: String!) {\n    takeDownPosting(kind: $kind, id: $id, reason: $reason) {\n      done\n      organization { id suspended }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation TakeDownPosting($kind: PostingKind!, $id: ID!, $reason: String!) {\n    takeDownPosting(kind: $kind, id: $id, reason: $reason) {\n      done\n      organization { id suspended }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePosting($kind: PostingKind!, $id: ID!) {\n    approvePosting(kind: $kind, id: $id) {\n      done\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePosting($kind: PostingKind!, $id: ID!) {\n    approvePosting(kind: $kind, id: $id) {\n      done\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      done\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation DismissReport($id: ID!) {\n    dismissReport(id: $id) {\n      done\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobViewerState($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      isFavorite\n      myApplication { id status }\n    }\n  }\n"): (typeof documents)["\n  query JobViewerState($id: ID!) {\n    job(id: $id) {\n      id\n      status\n      isFavorite\n      myApplication { id status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToJob($jobId: ID!, $note: String, $certificateIds: [ID!]) {\n    applyToJob(jobId: $jobId, note: $note, certificateIds: $certificateIds) {\n      application { id status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyToJob($jobId: ID!, $note: String, $certificateIds: [ID!]) {\n    applyToJob(jobId: $jobId, note: $note, certificateIds: $certificateIds) {\n      application { id status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      application { id status updatedAt history { status at message } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawApplication($id: ID!) {\n    withdrawApplication(id: $id) {\n      application { id status updatedAt history { status at message } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplications {\n    myApplications {\n      id\n      status\n      note\n      createdAt\n      updatedAt\n      history { status at message }\n      job {\n        id\n        title\n        status\n        description\n        pay { min max unit settlement }\n        place { province city county town }\n        employer { id name verified }\n        contactName\n        contactPhone\n      }\n    }\n    myInterests {\n      id\n      status\n      positionTitle\n      note\n      createdAt\n      history { status at message }\n      opening {\n        id\n        title\n        status\n        description\n        place { province city county town }\n        brand { id name verified }\n        contactName\n        contactPhone\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyApplications {\n    myApplications {\n      id\n      status\n      note\n      createdAt\n      updatedAt\n      history { status at message }\n      job {\n        id\n        title\n        status\n        description\n        pay { min max unit settlement }\n        place { province city county town }\n        employer { id name verified }\n        contactName\n        contactPhone\n      }\n    }\n    myInterests {\n      id\n      status\n      positionTitle\n      note\n      createdAt\n      history { status at message }\n      opening {\n        id\n        title\n        status\n        description\n        place { province city county town }\n        brand { id name verified }\n        contactName\n        contactPhone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertificates {\n    me { id certificates { id name number courseTitle issuedOn trainer { id name } } }\n  }\n"): (typeof documents)["\n  query MyCertificates {\n    me { id certificates { id name number courseTitle issuedOn trainer { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseCardFields on Course {\n    id\n    title\n    skill\n    place { province city county town }\n    startDate\n    endDate\n    fee\n    isFree\n    subsidy\n    coversFood\n    coversLodging\n    seats\n    seatsLeft\n    status\n    trainer { id name verified }\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment CourseCardFields on Course {\n    id\n    title\n    skill\n    place { province city county town }\n    startDate\n    endDate\n    fee\n    isFree\n    subsidy\n    coversFood\n    coversLodging\n    seats\n    seatsLeft\n    status\n    trainer { id name verified }\n    publishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseList($filter: CourseFilter, $sort: CourseSort, $first: Int, $after: String) {\n    courses(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CourseCardFields } }\n    }\n  }\n"): (typeof documents)["\n  query CourseList($filter: CourseFilter, $sort: CourseSort, $first: Int, $after: String) {\n    courses(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CourseCardFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      skill\n      description\n      trainer { id name verified description place { province city county town } }\n      place { province city county town village address latitude longitude }\n      startDate\n      endDate\n      hours\n      fee\n      isFree\n      subsidy\n      coversFood\n      coversLodging\n      coversTravel\n      seats\n      seatsLeft\n      enrollmentDeadline\n      certificate\n      requirements\n      leadsToEmployers { id name verified }\n      leadsToJobs { id title place { province city county town } pay { min max unit settlement } }\n      contactName\n      contactPhone\n      publishedAt\n      status\n    }\n  }\n"): (typeof documents)["\n  query CourseDetail($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      skill\n      description\n      trainer { id name verified description place { province city county town } }\n      place { province city county town village address latitude longitude }\n      startDate\n      endDate\n      hours\n      fee\n      isFree\n      subsidy\n      coversFood\n      coversLodging\n      coversTravel\n      seats\n      seatsLeft\n      enrollmentDeadline\n      certificate\n      requirements\n      leadsToEmployers { id name verified }\n      leadsToJobs { id title place { province city county town } pay { min max unit settlement } }\n      contactName\n      contactPhone\n      publishedAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseViewerState($id: ID!) {\n    course(id: $id) {\n      id\n      status\n      seats\n      seatsLeft\n      isFavorite\n      myEnrollment { id status waitlistPosition }\n    }\n  }\n"): (typeof documents)["\n  query CourseViewerState($id: ID!) {\n    course(id: $id) {\n      id\n      status\n      seats\n      seatsLeft\n      isFavorite\n      myEnrollment { id status waitlistPosition }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollInCourse($courseId: ID!, $joinWaitlist: Boolean) {\n    enrollInCourse(courseId: $courseId, joinWaitlist: $joinWaitlist) {\n      enrollment { id status waitlistPosition course { id seatsLeft status } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation EnrollInCourse($courseId: ID!, $joinWaitlist: Boolean) {\n    enrollInCourse(courseId: $courseId, joinWaitlist: $joinWaitlist) {\n      enrollment { id status waitlistPosition course { id seatsLeft status } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEnrollment($id: ID!) {\n    cancelEnrollment(id: $id) {\n      enrollment { id status waitlistPosition course { id seatsLeft status } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEnrollment($id: ID!) {\n    cancelEnrollment(id: $id) {\n      enrollment { id status waitlistPosition course { id seatsLeft status } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEnrollments {\n    myEnrollments {\n      id\n      status\n      waitlistPosition\n      createdAt\n      history { status at message }\n      course {\n        id\n        title\n        startDate\n        endDate\n        isFree\n        fee\n        place { province city county town }\n        trainer { id name verified }\n        contactName\n        contactPhone\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEnrollments {\n    myEnrollments {\n      id\n      status\n      waitlistPosition\n      createdAt\n      history { status at message }\n      course {\n        id\n        title\n        startDate\n        endDate\n        isFree\n        fee\n        place { province city county town }\n        trainer { id name verified }\n        contactName\n        contactPhone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Favorite($kind: FavoriteKind!, $id: ID!) {\n    favorite(kind: $kind, id: $id) {\n      saved\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation Favorite($kind: FavoriteKind!, $id: ID!) {\n    favorite(kind: $kind, id: $id) {\n      saved\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfavorite($kind: FavoriteKind!, $id: ID!) {\n    unfavorite(kind: $kind, id: $id) {\n      saved\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation Unfavorite($kind: FavoriteKind!, $id: ID!) {\n    unfavorite(kind: $kind, id: $id) {\n      saved\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFavorites {\n    myFavorites {\n      kind\n      createdAt\n      job { ...JobCardFields }\n      course { ...CourseCardFields }\n      franchiseOpening { ...OpeningCardFields }\n    }\n  }\n"): (typeof documents)["\n  query MyFavorites {\n    myFavorites {\n      kind\n      createdAt\n      job { ...JobCardFields }\n      course { ...CourseCardFields }\n      franchiseOpening { ...OpeningCardFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpeningViewerState($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      status\n      isFavorite\n      myInterest { id status positionTitle }\n    }\n  }\n"): (typeof documents)["\n  query OpeningViewerState($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      status\n      isFavorite\n      myInterest { id status positionTitle }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressInterest($franchiseOpeningId: ID!, $positionTitle: String, $note: String) {\n    expressInterest(franchiseOpeningId: $franchiseOpeningId, positionTitle: $positionTitle, note: $note) {\n      interest { id status positionTitle }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ExpressInterest($franchiseOpeningId: ID!, $positionTitle: String, $note: String) {\n    expressInterest(franchiseOpeningId: $franchiseOpeningId, positionTitle: $positionTitle, note: $note) {\n      interest { id status positionTitle }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobCardFields on Job {\n    id\n    title\n    category\n    place { province city county town }\n    pay { min max unit settlement }\n    providesHousing\n    providesMeals\n    coupleRooms\n    dayShiftOnly\n    viaAgency\n    employer { id name verified }\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment JobCardFields on Job {\n    id\n    title\n    category\n    place { province city county town }\n    pay { min max unit settlement }\n    providesHousing\n    providesMeals\n    coupleRooms\n    dayShiftOnly\n    viaAgency\n    employer { id name verified }\n    publishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobList($filter: JobFilter, $sort: JobSort, $first: Int, $after: String) {\n    jobs(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...JobCardFields } }\n    }\n  }\n"): (typeof documents)["\n  query JobList($filter: JobFilter, $sort: JobSort, $first: Int, $after: String) {\n    jobs(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...JobCardFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobFacets($filter: JobFilter, $boardAndLodgingFilter: JobFilter) {\n    jobFacets(filter: $filter) {\n      totalCount\n      totalCountIsLowerBound\n      countsAreLowerBounds\n      categories { category count }\n      cities { province city count }\n      conditions { coupleRooms dayShiftOnly dailySettlement verifiedOnly directEmployerOnly }\n    }\n    boardAndLodging: jobs(filter: $boardAndLodgingFilter, first: 1) { totalCount totalCountIsLowerBound }\n  }\n"): (typeof documents)["\n  query JobFacets($filter: JobFilter, $boardAndLodgingFilter: JobFilter) {\n    jobFacets(filter: $filter) {\n      totalCount\n      totalCountIsLowerBound\n      countsAreLowerBounds\n      categories { category count }\n      cities { province city count }\n      conditions { coupleRooms dayShiftOnly dailySettlement verifiedOnly directEmployerOnly }\n    }\n    boardAndLodging: jobs(filter: $boardAndLodgingFilter, first: 1) { totalCount totalCountIsLowerBound }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobDetail($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      category\n      description\n      viaAgency\n      employer { id name verified verifiedAt description openJobCount licenceNumber place { province city county town } }\n      place { province city county town village address latitude longitude }\n      pay { min max unit settlement monthlyMin monthlyMax }\n      providesHousing\n      providesMeals\n      coupleRooms\n      dayShiftOnly\n      socialInsurance\n      travelPaid\n      headcount\n      ageMin\n      ageMax\n      requirements\n      contactName\n      contactPhone\n      publishedAt\n      expiresAt\n      status\n    }\n  }\n"): (typeof documents)["\n  query JobDetail($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      category\n      description\n      viaAgency\n      employer { id name verified verifiedAt description openJobCount licenceNumber place { province city county town } }\n      place { province city county town village address latitude longitude }\n      pay { min max unit settlement monthlyMin monthlyMax }\n      providesHousing\n      providesMeals\n      coupleRooms\n      dayShiftOnly\n      socialInsurance\n      travelPaid\n      headcount\n      ageMin\n      ageMax\n      requirements\n      contactName\n      contactPhone\n      publishedAt\n      expiresAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n"): (typeof documents)["\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMessages {\n    myMessages { id kind title body link createdAt readAt }\n  }\n"): (typeof documents)["\n  query MyMessages {\n    myMessages { id kind title body link createdAt readAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMessagesRead($ids: [ID!]) {\n    markMessagesRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkMessagesRead($ids: [ID!]) {\n    markMessagesRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptWechatSubscriptions($templates: [String!]!) {\n    acceptWechatSubscriptions(templates: $templates)\n  }\n"): (typeof documents)["\n  mutation AcceptWechatSubscriptions($templates: [String!]!) {\n    acceptWechatSubscriptions(templates: $templates)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpeningCardFields on FranchiseOpening {\n    id\n    title\n    brand { id name verified }\n    place { province city county town }\n    openingDate\n    positions { title headcount pay { min max unit settlement monthlyMax } }\n    isFranchiseOffer\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment OpeningCardFields on FranchiseOpening {\n    id\n    title\n    brand { id name verified }\n    place { province city county town }\n    openingDate\n    positions { title headcount pay { min max unit settlement monthlyMax } }\n    isFranchiseOffer\n    publishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpeningList($filter: FranchiseOpeningFilter, $sort: FranchiseOpeningSort, $first: Int, $after: String) {\n    franchiseOpenings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...OpeningCardFields } }\n    }\n  }\n"): (typeof documents)["\n  query OpeningList($filter: FranchiseOpeningFilter, $sort: FranchiseOpeningSort, $first: Int, $after: String) {\n    franchiseOpenings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...OpeningCardFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpeningDetail($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      title\n      brand { id name verified description place { province city county town } }\n      description\n      place { province city county town village address latitude longitude }\n      openingDate\n      positions { title headcount pay { min max unit settlement monthlyMin monthlyMax } }\n      isFranchiseOffer\n      franchise {\n        investmentMin investmentMax brandProvides filingNumber meetsTwoShopsOneYear\n        disclosure {\n          ownShopCount ownShopCities meetsTwoShopsOneYear filingNumber\n          ownShops { city openedOn }\n          fees { name amount refundable refundWhen }\n          investmentItems { name min max }\n        }\n      }\n      contactName\n      contactPhone\n      publishedAt\n      status\n    }\n  }\n"): (typeof documents)["\n  query OpeningDetail($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      title\n      brand { id name verified description place { province city county town } }\n      description\n      place { province city county town village address latitude longitude }\n      openingDate\n      positions { title headcount pay { min max unit settlement monthlyMin monthlyMax } }\n      isFranchiseOffer\n      franchise {\n        investmentMin investmentMax brandProvides filingNumber meetsTwoShopsOneYear\n        disclosure {\n          ownShopCount ownShopCities meetsTwoShopsOneYear filingNumber\n          ownShops { city openedOn }\n          fees { name amount refundable refundWhen }\n          investmentItems { name min max }\n        }\n      }\n      contactName\n      contactPhone\n      publishedAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostingJobFields on Job {\n    id\n    title\n    category\n    description\n    status\n    place { province city county town village address }\n    pay { min max unit settlement }\n    providesHousing\n    providesMeals\n    coupleRooms\n    dayShiftOnly\n    socialInsurance\n    travelPaid\n    headcount\n    ageMin\n    ageMax\n    requirements\n    contactName\n    contactPhone\n    publishedAt\n    expiresAt\n    applicationCounts { submitted viewed interview hired rejected withdrawn }\n  }\n"): (typeof documents)["\n  fragment PostingJobFields on Job {\n    id\n    title\n    category\n    description\n    status\n    place { province city county town village address }\n    pay { min max unit settlement }\n    providesHousing\n    providesMeals\n    coupleRooms\n    dayShiftOnly\n    socialInsurance\n    travelPaid\n    headcount\n    ageMin\n    ageMax\n    requirements\n    contactName\n    contactPhone\n    publishedAt\n    expiresAt\n    applicationCounts { submitted viewed interview hired rejected withdrawn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPostings($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      verified\n      suspended\n      postedJobs { ...PostingJobFields }\n      postedOpenings { id title status openingDate positions { title headcount } publishedAt }\n    }\n  }\n"): (typeof documents)["\n  query MyPostings($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      verified\n      suspended\n      postedJobs { ...PostingJobFields }\n      postedOpenings { id title status openingDate positions { title headcount } publishedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditJob($id: ID!) {\n    job(id: $id) { ...PostingJobFields employer { id name verified } }\n  }\n"): (typeof documents)["\n  query EditJob($id: ID!) {\n    job(id: $id) { ...PostingJobFields employer { id name verified } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostJob($organizationId: ID!, $input: JobInput!, $publish: Boolean, $idempotencyKey: String) {\n    postJob(organizationId: $organizationId, input: $input, publish: $publish, idempotencyKey: $idempotencyKey) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation PostJob($organizationId: ID!, $input: JobInput!, $publish: Boolean, $idempotencyKey: String) {\n    postJob(organizationId: $organizationId, input: $input, publish: $publish, idempotencyKey: $idempotencyKey) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJob($id: ID!, $input: JobInput!) {\n    updateJob(id: $id, input: $input) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJob($id: ID!, $input: JobInput!) {\n    updateJob(id: $id, input: $input) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishJob($id: ID!) {\n    publishJob(id: $id) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishJob($id: ID!) {\n    publishJob(id: $id) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseJob($id: ID!) {\n    closeJob(id: $id) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseJob($id: ID!) {\n    closeJob(id: $id) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenJob($id: ID!) {\n    reopenJob(id: $id) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenJob($id: ID!) {\n    reopenJob(id: $id) {\n      job { ...PostingJobFields }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicantFields on Application {\n    id\n    status\n    note\n    createdAt\n    history { status at message }\n    applicant { id name phone }\n    certificates { id name number courseTitle issuedOn trainer { id name } }\n  }\n"): (typeof documents)["\n  fragment ApplicantFields on Application {\n    id\n    status\n    note\n    createdAt\n    history { status at message }\n    applicant { id name phone }\n    certificates { id name number courseTitle issuedOn trainer { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobApplicants($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      applicationCounts { submitted viewed interview hired rejected withdrawn }\n      applications { ...ApplicantFields }\n    }\n  }\n"): (typeof documents)["\n  query JobApplicants($id: ID!) {\n    job(id: $id) {\n      id\n      title\n      status\n      applicationCounts { submitted viewed interview hired rejected withdrawn }\n      applications { ...ApplicantFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApplicationStatus($id: ID!, $status: ApplicationStatus!, $message: String) {\n    setApplicationStatus(id: $id, status: $status, message: $message) {\n      application { ...ApplicantFields }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetApplicationStatus($id: ID!, $status: ApplicationStatus!, $message: String) {\n    setApplicationStatus(id: $id, status: $status, message: $message) {\n      application { ...ApplicantFields }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostFranchiseOpening($organizationId: ID!, $input: FranchiseOpeningInput!, $idempotencyKey: String) {\n    postFranchiseOpening(organizationId: $organizationId, input: $input, idempotencyKey: $idempotencyKey) {\n      franchiseOpening { id title status franchise { meetsTwoShopsOneYear } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation PostFranchiseOpening($organizationId: ID!, $input: FranchiseOpeningInput!, $idempotencyKey: String) {\n    postFranchiseOpening(organizationId: $organizationId, input: $input, idempotencyKey: $idempotencyKey) {\n      franchiseOpening { id title status franchise { meetsTwoShopsOneYear } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditOpening($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      title\n      description\n      status\n      place { province city address }\n      openingDate\n      positions { title headcount pay { min max unit settlement } }\n      franchise {\n        investmentMin investmentMax brandProvides filingNumber meetsTwoShopsOneYear\n        disclosure {\n          ownShops { city address openedOn }\n          fees { name amount refundable refundWhen }\n          investmentItems { name min max }\n        }\n      }\n      contactName\n      contactPhone\n    }\n  }\n"): (typeof documents)["\n  query EditOpening($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      title\n      description\n      status\n      place { province city address }\n      openingDate\n      positions { title headcount pay { min max unit settlement } }\n      franchise {\n        investmentMin investmentMax brandProvides filingNumber meetsTwoShopsOneYear\n        disclosure {\n          ownShops { city address openedOn }\n          fees { name amount refundable refundWhen }\n          investmentItems { name min max }\n        }\n      }\n      contactName\n      contactPhone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFranchiseOpening($id: ID!, $input: FranchiseOpeningInput!) {\n    updateFranchiseOpening(id: $id, input: $input) {\n      franchiseOpening { id title status franchise { meetsTwoShopsOneYear } }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFranchiseOpening($id: ID!, $input: FranchiseOpeningInput!) {\n    updateFranchiseOpening(id: $id, input: $input) {\n      franchiseOpening { id title status franchise { meetsTwoShopsOneYear } }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InterestFields on Interest {\n    id\n    positionTitle\n    note\n    createdAt\n    person { id name phone }\n  }\n"): (typeof documents)["\n  fragment InterestFields on Interest {\n    id\n    positionTitle\n    note\n    createdAt\n    person { id name phone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpeningInterests($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      title\n      status\n      interests { ...InterestFields }\n    }\n  }\n"): (typeof documents)["\n  query OpeningInterests($id: ID!) {\n    franchiseOpening(id: $id) {\n      id\n      title\n      status\n      interests { ...InterestFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFranchiseOpening($id: ID!) {\n    closeFranchiseOpening(id: $id) {\n      franchiseOpening { id title status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseFranchiseOpening($id: ID!) {\n    closeFranchiseOpening(id: $id) {\n      franchiseOpening { id title status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCourses($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      verified\n      postedCourses { id title status startDate endDate enrollmentDeadline seats seatsLeft place { county town } }\n    }\n  }\n"): (typeof documents)["\n  query MyCourses($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      verified\n      postedCourses { id title status startDate endDate enrollmentDeadline seats seatsLeft place { county town } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RosterFields on Enrollment {\n    id\n    status\n    waitlistPosition\n    createdAt\n    trainee { id name phone }\n  }\n"): (typeof documents)["\n  fragment RosterFields on Enrollment {\n    id\n    status\n    waitlistPosition\n    createdAt\n    trainee { id name phone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseRoster($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      status\n      startDate\n      endDate\n      seats\n      seatsLeft\n      certificate\n      enrollments { ...RosterFields }\n    }\n  }\n"): (typeof documents)["\n  query CourseRoster($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      status\n      startDate\n      endDate\n      seats\n      seatsLeft\n      certificate\n      enrollments { ...RosterFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostCourse($organizationId: ID!, $input: CourseInput!, $idempotencyKey: String) {\n    postCourse(organizationId: $organizationId, input: $input, idempotencyKey: $idempotencyKey) {\n      course { id title status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation PostCourse($organizationId: ID!, $input: CourseInput!, $idempotencyKey: String) {\n    postCourse(organizationId: $organizationId, input: $input, idempotencyKey: $idempotencyKey) {\n      course { id title status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      skill\n      description\n      status\n      place { province city county town address }\n      startDate\n      endDate\n      enrollmentDeadline\n      hours\n      fee\n      subsidy\n      coversFood\n      coversLodging\n      coversTravel\n      seats\n      certificate\n      requirements\n      leadsToEmployers { id name verified }\n      contactName\n      contactPhone\n    }\n  }\n"): (typeof documents)["\n  query EditCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      skill\n      description\n      status\n      place { province city county town address }\n      startDate\n      endDate\n      enrollmentDeadline\n      hours\n      fee\n      subsidy\n      coversFood\n      coversLodging\n      coversTravel\n      seats\n      certificate\n      requirements\n      leadsToEmployers { id name verified }\n      contactName\n      contactPhone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      course { id title status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCourse($id: ID!, $input: CourseInput!) {\n    updateCourse(id: $id, input: $input) {\n      course { id title status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerSearch($keyword: String!) {\n    jobs(filter: { keyword: $keyword }, first: 50) {\n      edges { node { id employer { id name verified } } }\n    }\n  }\n"): (typeof documents)["\n  query EmployerSearch($keyword: String!) {\n    jobs(filter: { keyword: $keyword }, first: 50) {\n      edges { node { id employer { id name verified } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCourse($id: ID!, $reason: String!) {\n    cancelCourse(id: $id, reason: $reason) {\n      course { id title status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCourse($id: ID!, $reason: String!) {\n    cancelCourse(id: $id, reason: $reason) {\n      course { id title status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCompleted($enrollmentId: ID!) {\n    markCompleted(enrollmentId: $enrollmentId) {\n      enrollment { ...RosterFields }\n      certificate { id name number issuedOn }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkCompleted($enrollmentId: ID!) {\n    markCompleted(enrollmentId: $enrollmentId) {\n      enrollment { ...RosterFields }\n      certificate { id name number issuedOn }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPosting($kind: PostingKind!, $id: ID!, $reason: String!, $idempotencyKey: String) {\n    reportPosting(kind: $kind, id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      report { id status }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportPosting($kind: PostingKind!, $id: ID!, $reason: String!, $idempotencyKey: String) {\n    reportPosting(kind: $kind, id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {\n      report { id status }\n      userErrors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportFeeDemand($postingId: ID!, $note: String, $idempotencyKey: String) {\n    reportFeeDemand(postingId: $postingId, note: $note, idempotencyKey: $idempotencyKey) {\n      report { id status postingFrozen }\n      userErrors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportFeeDemand($postingId: ID!, $note: String, $idempotencyKey: String) {\n    reportFeeDemand(postingId: $postingId, note: $note, idempotencyKey: $idempotencyKey) {\n      report { id status postingFrozen }\n      userErrors { field message code }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;