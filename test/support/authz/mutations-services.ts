import { callApi } from '../client.js';
import { graphql } from '../graphql.js';
import { uniqueSuffix } from './cast.js';
import {
  answersOf,
  applyFor,
  courseInput,
  adoptInSembulung,
  createService,
  createTemplate,
  fileComplaint,
  moveRequest,
  personalData,
  postInput,
  savePost,
  serviceInput,
  setPostPublished,
  setServicePublished,
} from './fixtures.js';
import {
  ANY_PERSON,
  BUYER_OWN,
  F,
  N,
  O,
  one,
  STAFF_ONLY,
  U,
  type CellContext,
  type MutationRow,
  type Target,
} from './mutation-row.js';

/** The village services portal's mutations: its catalogue, complaints, posts, training and applications. */

const staffRequest =
  (status: 'INCOMPLETE' | 'COMPLETED' | 'SUBMITTED') =>
  async ({ cast }: CellContext) => {
    const request = await applyFor(cast.buyer.token);
    if (status === 'INCOMPLETE') await moveRequest(cast.staff.token, request.id, 'INCOMPLETE');
    if (status === 'COMPLETED') await moveRequest(cast.staff.token, request.id, 'VERIFIED', 'IN_PROCESS', 'COMPLETED');
    return request;
  };
const requestWritten = (t: Target) =>
  Promise.all([
    one('select * from services.service_requests where id = $1', t.id),
    one('select id from services.service_request_events where request_id = $1 order by id', t.id),
  ]);

export const SERVICES_MUTATIONS: MutationRow[] = [
  // services: the catalogue of village services
  {
    field: 'createService',
    expected: STAFF_ONLY,
    prepare: async () => ({ slug: `layanan-matriks-${uniqueSuffix()}` }),
    run: (t, { token }) =>
      callApi(
        graphql(
          'mutation($slug: String!, $input: ServiceInput!) { createService(slug: $slug, categoryCode: "PELAYANAN_PUBLIK", input: $input, villageCode: "35.10.06.2003") { id } }',
        ),
        { slug: t.slug, input: serviceInput() },
        { token },
      ),
    written: (t) => one('select id from services.services where slug = $1', t.slug),
  },
  {
    field: 'createService',
    label: 'createService: a regency template (regency admin only)',
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: F, admin: O },
    prepare: async () => ({ slug: `templat-matriks-${uniqueSuffix()}` }),
    run: (t, { token }) =>
      callApi(
        graphql(
          'mutation($slug: String!, $input: ServiceInput!) { createService(slug: $slug, categoryCode: "PELAYANAN_PUBLIK", input: $input) { id } }',
        ),
        { slug: t.slug, input: serviceInput() },
        { token },
      ),
    written: (t) => one('select id from services.services where slug = $1', t.slug),
  },
  // services per village (decision 021): adoptions of regency templates
  {
    field: 'adoptService',
    label: 'adoptService: own place (the matrix staff work for Sembulung)',
    expected: STAFF_ONLY,
    prepare: ({ cast }) => createTemplate(cast.admin.token),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($id: ID!) { adoptService(villageCode: "35.10.06.2003", serviceId: $id) { serviceId } }'),
        { id: t.id },
        { token },
      ),
    written: (t) => one('select * from services.village_services where service_id = $1', t.id),
  },
  {
    field: 'adoptService',
    label: 'adoptService: other place (Benculuk)',
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: F, admin: O },
    prepare: ({ cast }) => createTemplate(cast.admin.token),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($id: ID!) { adoptService(villageCode: "35.10.06.2005", serviceId: $id) { serviceId } }'),
        { id: t.id },
        { token },
      ),
    written: (t) => one('select * from services.village_services where service_id = $1', t.id),
  },
  {
    field: 'updateVillageService',
    label: 'updateVillageService: own place',
    expected: STAFF_ONLY,
    prepare: ({ cast }) => adoptInSembulung(cast.admin.token),
    run: (t, { token }) =>
      callApi(
        graphql(
          'mutation($id: ID!) { updateVillageService(villageCode: "35.10.06.2003", serviceId: $id, overrides: { fee: 5000 }) { fee } }',
        ),
        { id: t.id },
        { token },
      ),
    written: (t) => one('select * from services.village_services where service_id = $1', t.id),
  },
  {
    field: 'withdrawService',
    label: 'withdrawService: own place',
    expected: STAFF_ONLY,
    prepare: ({ cast }) => adoptInSembulung(cast.admin.token),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($id: ID!) { withdrawService(villageCode: "35.10.06.2003", serviceId: $id) { active } }'),
        { id: t.id },
        { token },
      ),
    written: (t) => one('select * from services.village_services where service_id = $1', t.id),
  },
  {
    field: 'updateService',
    expected: STAFF_ONLY,
    prepare: ({ cast }) => createService(cast.staff.token),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($id: ID!, $input: ServiceInput!) { updateService(id: $id, input: $input) { id } }'),
        { id: t.id, input: serviceInput() },
        { token },
      ),
    written: (t) => one('select * from services.services where id = $1', t.id),
  },
  {
    field: 'setServicePublished',
    label: 'setServicePublished (unpublish)',
    expected: STAFF_ONLY,
    prepare: async ({ cast }) => {
      const service = await createService(cast.staff.token);
      await setServicePublished(cast.staff.token, service.id, true);
      return service;
    },
    run: (t, { token }) =>
      callApi(
        graphql('mutation($id: ID!) { setServicePublished(id: $id, published: false) { id } }'),
        { id: t.id },
        { token },
      ),
    written: (t) => one('select * from services.services where id = $1', t.id),
  },
  // services: complaints, posts, training
  {
    field: 'fileComplaint',
    expected: ANY_PERSON,
    run: (_t, { token }) =>
      callApi(
        graphql('mutation($input: ComplaintInput!) { fileComplaint(input: $input) { id } }'),
        { input: { subject: 'Aduan uji matriks', body: 'Jalan desa berlubang di dekat balai.' } },
        { token },
      ),
    written: () => one('select count(*)::int as complaints from services.complaints'),
  },
  {
    field: 'fileComplaint',
    label: "fileComplaint (about the buyer's request)",
    expected: BUYER_OWN,
    run: (_t, { world, token }) =>
      callApi(
        graphql('mutation($input: ComplaintInput!) { fileComplaint(input: $input) { id } }'),
        {
          input: {
            subject: 'Permohonan lama',
            body: 'Permohonan saya belum juga diproses.',
            requestId: world.buyerRequest.id,
          },
        },
        { token },
      ),
    written: (_t, { world }) =>
      one('select id from services.complaints where request_id = $1 order by id', world.buyerRequest.id),
  },
  {
    field: 'respondToComplaint',
    label: "respondToComplaint (the buyer's complaint)",
    expected: STAFF_ONLY,
    prepare: ({ cast }) => fileComplaint(cast.buyer.token),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($id: ID!) { respondToComplaint(id: $id, response: "Sedang kami periksa") { id } }'),
        { id: t.id },
        { token },
      ),
    written: (t) => one('select * from services.complaints where id = $1', t.id),
  },
  {
    field: 'savePost',
    expected: STAFF_ONLY,
    prepare: async () => postInput(),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($input: PostInput!) { savePost(input: $input) { id } }'),
        { input: t as ReturnType<typeof postInput> },
        { token },
      ),
    written: (t) => one('select id from services.posts where slug = $1', t.slug),
  },
  {
    field: 'setPostPublished',
    label: 'setPostPublished (unpublish)',
    expected: STAFF_ONLY,
    prepare: async ({ cast }) => {
      const post = await savePost(cast.staff.token);
      await setPostPublished(cast.staff.token, post.id, true);
      return post;
    },
    run: (t, { token }) =>
      callApi(
        graphql('mutation($id: ID!) { setPostPublished(id: $id, published: false) { id } }'),
        { id: t.id },
        { token },
      ),
    written: (t) => one('select * from services.posts where id = $1', t.id),
  },
  {
    field: 'saveCourse',
    expected: STAFF_ONLY,
    prepare: async () => courseInput(false),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($input: CourseInput!) { saveCourse(input: $input) { id } }'),
        { input: t as ReturnType<typeof courseInput> },
        { token },
      ),
    written: (t) => one('select id from services.courses where slug = $1', t.slug),
  },
  {
    field: 'enrolInCourse',
    expected: ANY_PERSON,
    run: (_t, { world, token }) =>
      callApi(
        graphql('mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }'),
        { id: world.openCourse.id },
        { token },
      ),
    written: (_t, { world }) =>
      one('select id from services.enrolments where course_id = $1 order by id', world.openCourse.id),
  },
  {
    field: 'enrolInCourse',
    label: 'enrolInCourse (an unpublished course)',
    expected: { ...{ anonymous: N, buyer: N, sellerA: N, sellerB: N, staff: N, admin: N }, anonymous: U },
    run: (_t, { world, token }) =>
      callApi(
        graphql('mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }'),
        { id: world.hiddenCourse.id },
        { token },
      ),
    written: (_t, { world }) => one('select id from services.enrolments where course_id = $1', world.hiddenCourse.id),
  },
  {
    field: 'markModuleDone',
    label: 'markModuleDone (only the buyer is enrolled)',
    expected: { anonymous: U, buyer: O, sellerA: F, sellerB: F, staff: F, admin: F },
    run: (_t, { world, token }) =>
      callApi(
        graphql('mutation($id: ID!) { markModuleDone(moduleId: $id) { id } }'),
        { id: world.moduleCourse.moduleId },
        { token },
      ),
    written: (_t, { world }) =>
      one('select enrolment_id from services.module_progress where module_id = $1', world.moduleCourse.moduleId),
  },
  // services: applications
  {
    field: 'submitServiceRequest',
    expected: ANY_PERSON,
    run: (_t, { token }) =>
      callApi(
        graphql(
          'mutation($answers: [AnswerInput!]!) { submitServiceRequest(serviceSlug: "surat-keterangan-tidak-mampu", answers: $answers) { id } }',
        ),
        { answers: answersOf(personalData()) },
        { token },
      ),
    written: () => one('select count(*)::int as requests from services.service_requests'),
  },
  {
    field: 'submitServiceRequest',
    label: 'submitServiceRequest (an unpublished service)',
    expected: { ...{ anonymous: N, buyer: N, sellerA: N, sellerB: N, staff: N, admin: N }, anonymous: U },
    run: (_t, { world, token }) =>
      callApi(
        graphql('mutation($slug: String!) { submitServiceRequest(serviceSlug: $slug, answers: []) { id } }'),
        { slug: world.hiddenService.slug },
        { token },
      ),
    written: (_t, { world }) =>
      one('select id from services.service_requests where service_id = $1', world.hiddenService.id),
  },
  {
    field: 'resubmitServiceRequest',
    label: "resubmitServiceRequest (the buyer's INCOMPLETE request)",
    expected: BUYER_OWN,
    prepare: staffRequest('INCOMPLETE'),
    run: (t, { token }) =>
      callApi(
        graphql(
          'mutation($id: ID!, $answers: [AnswerInput!]!) { resubmitServiceRequest(id: $id, answers: $answers) { id } }',
        ),
        { id: t.id, answers: answersOf(t.personal) },
        { token },
      ),
    written: requestWritten,
  },
  {
    field: 'transitionServiceRequest',
    label: "transitionServiceRequest (the buyer's request → VERIFIED)",
    expected: STAFF_ONLY,
    prepare: staffRequest('SUBMITTED'),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($id: ID!) { transitionServiceRequest(id: $id, to: VERIFIED) { id } }'),
        { id: t.id },
        { token },
      ),
    written: requestWritten,
  },
  {
    field: 'submitSatisfactionSurvey',
    label: "submitSatisfactionSurvey (the buyer's completed request)",
    expected: BUYER_OWN,
    prepare: staffRequest('COMPLETED'),
    run: (t, { token }) =>
      callApi(
        graphql(
          'mutation($id: ID!) { submitSatisfactionSurvey(requestId: $id, input: { scores: [4, 4, 3, 4, 4, 3, 4, 3, 4] }) { id } }',
        ),
        { id: t.id },
        { token },
      ),
    written: (t) => one('select * from services.satisfaction_surveys where request_id = $1', t.id),
  },
];
