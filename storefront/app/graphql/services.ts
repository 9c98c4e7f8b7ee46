import { gql, type TypedDocumentNode } from '@urql/core';

export type ServiceCardData = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  slaHours: number;
  fee: number;
};

export type FeaturedServicesData = { featuredServices: ServiceCardData[] };
export type FeaturedServicesVars = { limit: number };

export const FeaturedServicesQuery: TypedDocumentNode<FeaturedServicesData, FeaturedServicesVars> = gql`
  query FeaturedServices($limit: Int!) {
    featuredServices(limit: $limit) {
      id
      slug
      name
      summary
      slaHours
      fee
    }
  }
`;

export type ServiceDetailData = ServiceCardData & {
  description: string;
  requirements: string[];
  steps: string[];
  office: string;
  openingHours: string;
  active: boolean;
  category: { code: string; name: string };
  ikm: { index: number | null; grade: string | null };
};

export type ServiceBySlugData = { service: ServiceDetailData | null };
export type ServiceBySlugVars = { slug: string };

export const ServiceBySlugQuery: TypedDocumentNode<ServiceBySlugData, ServiceBySlugVars> = gql`
  query ServiceBySlug($slug: String!) {
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
`;

// ── Applications, tracking, letters, survey, staff console ─────────────────

export type FormFieldData = {
  key: string;
  label: string;
  type: 'TEXT' | 'NUMBER' | 'DATE' | 'CHOICE' | 'FILE' | 'NIK' | 'KK';
  required: boolean;
  help: string | null;
  options: string[] | null;
};

export type ServiceFormData = {
  service: (Omit<ServiceDetailData, 'ikm'> & { isLetter: boolean; formFields: FormFieldData[] }) | null;
};

export const ServiceFormQuery: TypedDocumentNode<ServiceFormData, { slug: string }> = gql`
  query ServiceForm($slug: String!) {
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
`;

export type RequestSummary = {
  id: string;
  trackingCode: string;
  status: string;
  submittedAt: string;
  dueAt: string;
  completedAt: string | null;
  slaMet: boolean | null;
  overdue: boolean;
  maskedNik: string | null;
  service: { slug: string; name: string };
};
const SUMMARY = 'id trackingCode status submittedAt dueAt completedAt slaMet overdue maskedNik service { slug name }';

export type AnswerPair = { key: string; value: string };

export const SubmitRequestMutation: TypedDocumentNode<
  { submitServiceRequest: RequestSummary },
  { slug: string; answers: AnswerPair[] }
> = gql`
  mutation SubmitRequest($slug: String!, $answers: [AnswerInput!]!) {
    submitServiceRequest(serviceSlug: $slug, answers: $answers) { ${SUMMARY} }
  }
`;

export const ResubmitRequestMutation: TypedDocumentNode<
  { resubmitServiceRequest: RequestSummary },
  { id: string; answers: AnswerPair[] }
> = gql`
  mutation ResubmitRequest($id: ID!, $answers: [AnswerInput!]!) {
    resubmitServiceRequest(id: $id, answers: $answers) { ${SUMMARY} }
  }
`;

export const TransitionRequestMutation: TypedDocumentNode<
  { transitionServiceRequest: RequestSummary },
  { id: string; to: string; note: string | null }
> = gql`
  mutation TransitionRequest($id: ID!, $to: ServiceRequestStatus!, $note: String) {
    transitionServiceRequest(id: $id, to: $to, note: $note) { ${SUMMARY} }
  }
`;

export const MyRequestsQuery: TypedDocumentNode<
  { myServiceRequests: { edges: { node: RequestSummary }[] } },
  Record<string, never>
> = gql`
  query MyRequests { myServiceRequests(first: 50) { edges { node { ${SUMMARY} } } } }
`;

export const StaffQueueQuery: TypedDocumentNode<
  { staffServiceRequests: { totalCount: number; edges: { node: RequestSummary }[] } },
  { statuses: string[] | null }
> = gql`
  query StaffQueue($statuses: [ServiceRequestStatus!]) {
    staffServiceRequests(statuses: $statuses, first: 100) { totalCount edges { node { ${SUMMARY} } } }
  }
`;

export type RequestDetail = RequestSummary & {
  service: { slug: string; name: string; isLetter: boolean; formFields: FormFieldData[] };
  answers: { key: string; label: string; type: string; value: string | null }[];
  events: { id: string; fromStatus: string | null; toStatus: string; note: string | null; createdAt: string }[];
  letter: {
    number: string;
    issuedAt: string;
    verificationCode: string;
    verificationUrl: string;
    fileKey: string;
  } | null;
  survey: { id: string } | null;
};

export const RequestDetailQuery: TypedDocumentNode<
  { serviceRequest: RequestDetail | null },
  { id: string; purpose: string | null }
> = gql`
  query RequestDetail($id: ID!, $purpose: String) {
    serviceRequest(id: $id) {
      ${SUMMARY}
      service { slug name isLetter formFields { key label type required help options } }
      answers(purpose: $purpose) { key label type value }
      events { id fromStatus toStatus note createdAt }
      letter { number issuedAt verificationCode verificationUrl fileKey }
      survey { id }
    }
  }
`;

export const SubmitSurveyMutation: TypedDocumentNode<
  { submitSatisfactionSurvey: { scores: number[] } },
  { id: string; scores: number[]; comment: string | null }
> = gql`
  mutation SubmitSurvey($id: ID!, $scores: [Int!]!, $comment: String) {
    submitSatisfactionSurvey(requestId: $id, input: { scores: $scores, comment: $comment }) {
      scores
    }
  }
`;

export type Tracked = {
  trackingCode: string;
  status: string;
  serviceName: string;
  submittedAt: string;
  dueAt: string;
  completedAt: string | null;
  steps: { status: string; at: string }[];
};

export const TrackRequestQuery: TypedDocumentNode<
  { trackServiceRequest: Tracked | null },
  { code: string; nik: string }
> = gql`
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
`;

export type LetterCheck = {
  genuine: boolean;
  number: string;
  issuedAt: string;
  serviceName: string;
  applicantInitials: string;
  sha256: string;
};

export const VerifyLetterQuery: TypedDocumentNode<{ verifyLetter: LetterCheck | null }, { code: string }> = gql`
  query VerifyLetter($code: String!) {
    verifyLetter(code: $code) {
      genuine
      number
      issuedAt
      serviceName
      applicantInitials
      sha256
    }
  }
`;

export type CatalogueCategory = {
  code: string;
  name: string;
  description: string;
  services: (ServiceCardData & { ikm: { index: number | null; grade: string | null } })[];
};

export const CatalogueQuery: TypedDocumentNode<{ serviceCategories: CatalogueCategory[] }, Record<string, never>> = gql`
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
`;

export type StaffService = { id: string; slug: string; name: string; active: boolean; slaHours: number; fee: number };

export const StaffServicesQuery: TypedDocumentNode<{ staffServices: StaffService[] }, Record<string, never>> = gql`
  query StaffServices {
    staffServices {
      id
      slug
      name
      active
      slaHours
      fee
    }
  }
`;

export const SetPublishedMutation: TypedDocumentNode<
  { setServicePublished: { id: string; active: boolean } },
  { id: string; published: boolean }
> = gql`
  mutation SetPublished($id: ID!, $published: Boolean!) {
    setServicePublished(id: $id, published: $published) {
      id
      active
    }
  }
`;

export type Stats = {
  serviceId: string;
  name: string;
  slaHours: number;
  byStatus: { status: string; count: number }[];
  completed: number;
  avgCompletionHours: number | null;
  p90CompletionHours: number | null;
  onTimeShare: number | null;
  ikm: number | null;
  ikmGrade: string | null;
  ikmResponses: number;
};

export const DashboardQuery: TypedDocumentNode<
  { servicesDashboard: Stats[] },
  { from: string | null; to: string | null }
> = gql`
  query Dashboard($from: DateTimeISO, $to: DateTimeISO) {
    servicesDashboard(from: $from, to: $to) {
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
`;

export type ComplaintData = {
  id: string;
  subject: string;
  body: string;
  status: string;
  response: string | null;
  createdAt: string;
  respondedAt: string | null;
  resolvedAt: string | null;
};
const COMPLAINT = 'id subject body status response createdAt respondedAt resolvedAt';

export const FileComplaintMutation: TypedDocumentNode<
  { fileComplaint: { id: string } },
  { input: { subject: string; body: string; serviceSlug: string | null; requestId: string | null } }
> = gql`
  mutation FileComplaint($input: ComplaintInput!) {
    fileComplaint(input: $input) {
      id
    }
  }
`;

export const MyComplaintsQuery: TypedDocumentNode<{ myComplaints: ComplaintData[] }, Record<string, never>> = gql`
  query MyComplaints { myComplaints { ${COMPLAINT} } }
`;

export const StaffComplaintsQuery: TypedDocumentNode<
  {
    staffComplaints: ComplaintData[];
    complaintStats: { waiting: number; inProgress: number; resolved: number; avgResponseHours: number | null };
  },
  Record<string, never>
> = gql`
  query StaffComplaints { staffComplaints { ${COMPLAINT} } complaintStats { waiting inProgress resolved avgResponseHours } }
`;

export const RespondComplaintMutation: TypedDocumentNode<
  { respondToComplaint: { id: string } },
  { id: string; response: string; resolve: boolean }
> = gql`
  mutation RespondComplaint($id: ID!, $response: String!, $resolve: Boolean) {
    respondToComplaint(id: $id, response: $response, resolve: $resolve) {
      id
    }
  }
`;

export type PostData = {
  id: string;
  slug: string;
  kind: string;
  title: string;
  summary: string;
  body: string;
  coverKey: string | null;
  eventAt: string | null;
  place: string | null;
  publishedAt: string | null;
};
const POST = 'id slug kind title summary body coverKey eventAt place publishedAt';

export const PostsQuery: TypedDocumentNode<{ posts: PostData[] }, { kind: string | null }> = gql`
  query Posts($kind: PostKind) { posts(kind: $kind, limit: 50) { ${POST} } }
`;
export const PostQuery: TypedDocumentNode<{ post: PostData | null }, { slug: string }> = gql`
  query Post($slug: String!) { post(slug: $slug) { ${POST} } }
`;
export const StaffPostsQuery: TypedDocumentNode<{ staffPosts: PostData[] }, Record<string, never>> = gql`
  query StaffPosts { staffPosts { ${POST} } }
`;
export type PostInputData = {
  slug: string;
  kind: string;
  title: string;
  summary: string;
  body: string;
  coverKey: string | null;
  eventAt: string | null;
  place: string | null;
};
export const SavePostMutation: TypedDocumentNode<{ savePost: { id: string } }, { input: PostInputData }> = gql`
  mutation SavePost($input: PostInput!) {
    savePost(input: $input) {
      id
    }
  }
`;
export const SetPostPublishedMutation: TypedDocumentNode<
  { setPostPublished: { id: string } },
  { id: string; published: boolean }
> = gql`
  mutation SetPostPublished($id: ID!, $published: Boolean!) {
    setPostPublished(id: $id, published: $published) {
      id
    }
  }
`;

export type CourseData = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  audience: string;
  published: boolean;
  modules: { id: string; position: number; title: string; kind: string; body: string; url: string | null }[];
  myProgress: { enrolled: boolean; done: string[]; total: number } | null;
};
const COURSE =
  'id slug title summary audience published modules { id position title kind body url } myProgress { enrolled done total }';
export const CoursesQuery: TypedDocumentNode<{ courses: CourseData[] }, Record<string, never>> = gql`
  query Courses { courses { ${COURSE} } }
`;
export const CourseQuery: TypedDocumentNode<{ course: CourseData | null }, { slug: string }> = gql`
  query Course($slug: String!) { course(slug: $slug) { ${COURSE} } }
`;
export const StaffCoursesQuery: TypedDocumentNode<
  { courses: (CourseData & { stats: { enrolments: number; completions: number } })[] },
  Record<string, never>
> = gql`
  query StaffCourses { courses { ${COURSE} stats { enrolments completions } } }
`;
export const EnrolMutation: TypedDocumentNode<{ enrolInCourse: { id: string } }, { id: string }> = gql`
  mutation Enrol($id: ID!) {
    enrolInCourse(courseId: $id) {
      id
    }
  }
`;
export const MarkDoneMutation: TypedDocumentNode<{ markModuleDone: { id: string } }, { id: string }> = gql`
  mutation MarkDone($id: ID!) {
    markModuleDone(moduleId: $id) {
      id
    }
  }
`;

export type EditableService = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  description: string;
  requirements: string[];
  steps: string[];
  slaHours: number;
  fee: number;
  office: string;
  openingHours: string;
  isLetter: boolean;
  letterTemplate: string;
  active: boolean;
  formFields: FormFieldData[];
};
export const EditServiceQuery: TypedDocumentNode<{ service: EditableService | null }, { slug: string }> = gql`
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
`;
export type ServiceInputData = Omit<EditableService, 'id' | 'slug' | 'active'>;
export const UpdateServiceMutation: TypedDocumentNode<
  { updateService: { id: string } },
  { id: string; input: ServiceInputData }
> = gql`
  mutation UpdateService($id: ID!, $input: ServiceInput!) {
    updateService(id: $id, input: $input) {
      id
    }
  }
`;
export const ComplaintStatsQuery: TypedDocumentNode<
  { complaintStats: { waiting: number; inProgress: number; resolved: number; avgResponseHours: number | null } },
  Record<string, never>
> = gql`
  query ComplaintStatsOnly {
    complaintStats {
      waiting
      inProgress
      resolved
      avgResponseHours
    }
  }
`;

export type CourseInputData = {
  slug: string;
  title: string;
  summary: string;
  audience: string;
  published: boolean;
  modules: { title: string; kind: string; body: string; url: string | null }[];
};
export const SaveCourseMutation: TypedDocumentNode<
  { saveCourse: { id: string } },
  { id: string | null; input: CourseInputData }
> = gql`
  mutation SaveCourse($id: ID, $input: CourseInput!) {
    saveCourse(id: $id, input: $input) {
      id
    }
  }
`;

export const CreateServiceMutation: TypedDocumentNode<
  { createService: { id: string } },
  { slug: string; categoryCode: string; input: ServiceInputData }
> = gql`
  mutation CreateService($slug: String!, $categoryCode: String!, $input: ServiceInput!) {
    createService(slug: $slug, categoryCode: $categoryCode, input: $input) {
      id
    }
  }
`;
