import { graphql } from './graphql';

/** What a service card shows (masked: read it with `readFragment` in components/ServiceCard.tsx). */
export const ServiceCardFragment = graphql(`
  fragment ServiceCard on Service {
    id
    slug
    name
    summary
    slaHours
    fee
  }
`);

export const FeaturedServicesQuery = graphql(
  `
    query FeaturedServices($limit: Int!) {
      featuredServices(limit: $limit) {
        id
        ...ServiceCard
      }
    }
  `,
  [ServiceCardFragment],
);

export const ServiceBySlugQuery = graphql(`
  query ServiceBySlug($slug: String!, $villageCode: String) {
    service(slug: $slug, villageCode: $villageCode) {
      id
      slug
      name
      summary
      description
      requirements
      steps
      slaHours
      fee
      office
      openingHours
      active
      ikm {
        index
        grade
      }
      category {
        code
        name
      }
    }
  }
`);

// ── Applications, tracking, letters, survey, staff console ─────────────────

export const ServiceFormQuery = graphql(`
  query ServiceForm($slug: String!, $villageCode: String) {
    service(slug: $slug, villageCode: $villageCode) {
      id
      slug
      name
      summary
      description
      requirements
      steps
      slaHours
      fee
      office
      openingHours
      active
      isLetter
      category {
        code
        name
      }
      formFields {
        key
        label
        type
        required
        help
        options
      }
    }
  }
`);

/** A service request in lists and after each step (unmasked). */
export const RequestSummaryFragment = graphql(`
  fragment RequestSummary on ServiceRequest @_unmask {
    id
    villageCode
    trackingCode
    status
    submittedAt
    dueAt
    completedAt
    slaMet
    overdue
    maskedNik
    service {
      slug
      name
    }
  }
`);

export const SubmitRequestMutation = graphql(
  `
    mutation SubmitRequest($slug: String!, $answers: [AnswerInput!]!, $villageCode: String) {
      submitServiceRequest(serviceSlug: $slug, answers: $answers, villageCode: $villageCode) {
        ...RequestSummary
      }
    }
  `,
  [RequestSummaryFragment],
);

export const ResubmitRequestMutation = graphql(
  `
    mutation ResubmitRequest($id: ID!, $answers: [AnswerInput!]!) {
      resubmitServiceRequest(id: $id, answers: $answers) {
        ...RequestSummary
      }
    }
  `,
  [RequestSummaryFragment],
);

export const TransitionRequestMutation = graphql(
  `
    mutation TransitionRequest($id: ID!, $to: ServiceRequestStatus!, $note: String) {
      transitionServiceRequest(id: $id, to: $to, note: $note) {
        ...RequestSummary
      }
    }
  `,
  [RequestSummaryFragment],
);

export const MyRequestsQuery = graphql(
  `
    query MyRequests {
      myServiceRequests(first: 50) {
        edges {
          node {
            ...RequestSummary
          }
        }
      }
    }
  `,
  [RequestSummaryFragment],
);

export const StaffQueueQuery = graphql(
  `
    query StaffQueue($statuses: [ServiceRequestStatus!], $villageCode: String) {
      staffServiceRequests(statuses: $statuses, villageCode: $villageCode, first: 100) {
        totalCount
        edges {
          node {
            ...RequestSummary
          }
        }
      }
    }
  `,
  [RequestSummaryFragment],
);

export const RequestDetailQuery = graphql(
  `
    query RequestDetail($id: ID!, $purpose: String) {
      serviceRequest(id: $id) {
        ...RequestSummary
        village {
          code
          name
          type
          district {
            name
          }
        }
        service {
          slug
          name
          isLetter
          needsDistrictCosign
          formFields {
            key
            label
            type
            required
            help
            options
          }
        }
        answers(purpose: $purpose) {
          key
          label
          type
          value
        }
        applicantContact {
          name
          email
          phone
        }
        events {
          id
          fromStatus
          toStatus
          note
          createdAt
        }
        letter {
          number
          issuedAt
          verificationCode
          verificationUrl
          fileKey
          signatories {
            name
            title
            office
          }
        }
        survey {
          id
        }
      }
    }
  `,
  [RequestSummaryFragment],
);

export const SubmitSurveyMutation = graphql(`
  mutation SubmitSurvey($id: ID!, $scores: [Int!]!, $comment: String) {
    submitSatisfactionSurvey(requestId: $id, input: { scores: $scores, comment: $comment }) {
      scores
    }
  }
`);

export const TrackRequestQuery = graphql(`
  query TrackRequest($code: String!, $nik: String!) {
    trackServiceRequest(trackingCode: $code, nikLast4: $nik) {
      trackingCode
      status
      serviceName
      submittedAt
      dueAt
      completedAt
      steps {
        status
        at
      }
    }
  }
`);

export const VerifyLetterQuery = graphql(`
  query VerifyLetter($code: String!) {
    verifyLetter(code: $code) {
      genuine
      villageCode
      villageName
      districtName
      number
      issuedAt
      serviceName
      applicantInitials
      sha256
    }
  }
`);

export const CatalogueQuery = graphql(`
  query Catalogue {
    serviceCategories {
      code
      name
      description
      services {
        id
        slug
        name
        summary
        slaHours
        fee
        ikm {
          index
          grade
        }
      }
    }
  }
`);

export const StaffServicesQuery = graphql(`
  query StaffServices {
    staffServices {
      id
      slug
      name
      villageCode
      active
      slaHours
      fee
    }
  }
`);

export const SetPublishedMutation = graphql(`
  mutation SetPublished($id: ID!, $published: Boolean!) {
    setServicePublished(id: $id, published: $published) {
      id
      active
    }
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard($from: DateTimeISO, $to: DateTimeISO, $villageCode: String) {
    servicesDashboard(from: $from, to: $to, villageCode: $villageCode) {
      serviceId
      name
      slaHours
      byStatus {
        status
        count
      }
      completed
      avgCompletionHours
      p90CompletionHours
      onTimeShare
      ikm
      ikmGrade
      ikmResponses
    }
  }
`);

export const FileComplaintMutation = graphql(`
  mutation FileComplaint($input: ComplaintInput!) {
    fileComplaint(input: $input) {
      id
    }
  }
`);

export const ComplaintFieldsFragment = graphql(`
  fragment ComplaintFields on Complaint @_unmask {
    id
    subject
    body
    status
    response
    villageCode
    createdAt
    respondedAt
    resolvedAt
  }
`);

export const MyComplaintsQuery = graphql(
  `
    query MyComplaints {
      myComplaints {
        ...ComplaintFields
      }
    }
  `,
  [ComplaintFieldsFragment],
);

export const StaffComplaintsQuery = graphql(
  `
    query StaffComplaints {
      staffComplaints {
        ...ComplaintFields
      }
      complaintStats {
        waiting
        inProgress
        resolved
        avgResponseHours
      }
    }
  `,
  [ComplaintFieldsFragment],
);

export const RespondComplaintMutation = graphql(`
  mutation RespondComplaint($id: ID!, $response: String!, $resolve: Boolean) {
    respondToComplaint(id: $id, response: $response, resolve: $resolve) {
      id
    }
  }
`);

export const PostFieldsFragment = graphql(`
  fragment PostFields on Post @_unmask {
    id
    slug
    kind
    title
    summary
    body
    coverKey
    eventAt
    place
    publishedAt
    villageCode
  }
`);

export const PostsQuery = graphql(
  `
    query Posts($kind: PostKind, $villageCode: String) {
      posts(kind: $kind, limit: 50, villageCode: $villageCode) {
        ...PostFields
      }
    }
  `,
  [PostFieldsFragment],
);
export const PostQuery = graphql(
  `
    query Post($slug: String!) {
      post(slug: $slug) {
        ...PostFields
      }
    }
  `,
  [PostFieldsFragment],
);
export const StaffPostsQuery = graphql(
  `
    query StaffPosts {
      staffPosts {
        ...PostFields
      }
    }
  `,
  [PostFieldsFragment],
);
export const SavePostMutation = graphql(`
  mutation SavePost($input: PostInput!) {
    savePost(input: $input) {
      id
    }
  }
`);
export const SetPostPublishedMutation = graphql(`
  mutation SetPostPublished($id: ID!, $published: Boolean!) {
    setPostPublished(id: $id, published: $published) {
      id
    }
  }
`);

export const CourseFieldsFragment = graphql(`
  fragment CourseFields on Course @_unmask {
    id
    slug
    title
    summary
    audience
    published
    modules {
      id
      position
      title
      kind
      body
      url
    }
    myProgress {
      enrolled
      done
      total
    }
  }
`);

export const CoursesQuery = graphql(
  `
    query Courses($villageCode: String) {
      courses(villageCode: $villageCode) {
        ...CourseFields
      }
    }
  `,
  [CourseFieldsFragment],
);
export const CourseQuery = graphql(
  `
    query Course($slug: String!) {
      course(slug: $slug) {
        ...CourseFields
      }
    }
  `,
  [CourseFieldsFragment],
);
export const StaffCoursesQuery = graphql(
  `
    query StaffCourses {
      courses {
        ...CourseFields
        stats {
          enrolments
          completions
        }
      }
    }
  `,
  [CourseFieldsFragment],
);
export const EnrolMutation = graphql(`
  mutation Enrol($id: ID!) {
    enrolInCourse(courseId: $id) {
      id
    }
  }
`);
export const MarkDoneMutation = graphql(`
  mutation MarkDone($id: ID!) {
    markModuleDone(moduleId: $id) {
      id
    }
  }
`);

export const EditServiceQuery = graphql(`
  query EditService($slug: String!) {
    service(slug: $slug) {
      id
      slug
      name
      summary
      description
      requirements
      steps
      slaHours
      fee
      office
      openingHours
      isLetter
      letterTemplate
      active
      formFields {
        key
        label
        type
        required
        help
        options
      }
    }
  }
`);
export const UpdateServiceMutation = graphql(`
  mutation UpdateService($id: ID!, $input: ServiceInput!) {
    updateService(id: $id, input: $input) {
      id
    }
  }
`);
export const ComplaintStatsQuery = graphql(`
  query ComplaintStatsOnly {
    complaintStats {
      waiting
      inProgress
      resolved
      avgResponseHours
    }
  }
`);

export const SaveCourseMutation = graphql(`
  mutation SaveCourse($id: ID, $input: CourseInput!) {
    saveCourse(id: $id, input: $input) {
      id
    }
  }
`);

export const CreateServiceMutation = graphql(`
  mutation CreateService($slug: String!, $categoryCode: String!, $input: ServiceInput!, $villageCode: String) {
    createService(slug: $slug, categoryCode: $categoryCode, input: $input, villageCode: $villageCode) {
      id
    }
  }
`);

/** The camat's co-signature queue (decision 030): requests of their district's villages waiting for them. */
export const CosignQueueQuery = graphql(
  `
    query CosignQueue($districtCode: String) {
      cosignServiceRequests(districtCode: $districtCode, first: 100) {
        totalCount
        edges {
          node {
            ...RequestSummary
            village {
              code
              name
            }
          }
        }
      }
    }
  `,
  [RequestSummaryFragment],
);

export const CosignRequestMutation = graphql(`
  mutation CosignRequest($id: ID!, $approve: Boolean!, $note: String) {
    cosignServiceRequest(id: $id, approve: $approve, note: $note) {
      id
      status
    }
  }
`);
