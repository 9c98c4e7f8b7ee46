import { inject } from 'vitest';
import { callApi } from './client.js';
import { graphql, type VariablesOf } from './graphql.js';

export const SKTM = 'surat-keterangan-tidak-mampu';
export const NIK = '3510014507900001';

/** What the services tests read back from a request they submitted or moved. */
export const REQUEST_FIELDS = graphql(
  'fragment RequestFields on ServiceRequest { id trackingCode status dueAt completedAt slaMet maskedNik overdue }',
);

const SUBMIT = graphql(
  'mutation($slug: String!, $answers: [AnswerInput!]!) { submitServiceRequest(serviceSlug: $slug, answers: $answers) { ...RequestFields } }',
  [REQUEST_FIELDS],
);
const TRANSITION = graphql(
  'mutation($id: ID!, $to: ServiceRequestStatus!, $note: String) { transitionServiceRequest(id: $id, to: $to, note: $note) { ...RequestFields } }',
  [REQUEST_FIELDS],
);
export type RequestStatus = VariablesOf<typeof TRANSITION>['to'];

/** Answers for the seeded letter form (nik, kk, fullName, address, purpose, coverLetter). */
export const letterAnswers = (extra: Record<string, string> = {}) =>
  Object.entries({
    nik: NIK,
    kk: '3510010101900002',
    fullName: 'Siti Rahayu',
    address: 'RT 01 RW 02, Dusun Krajan',
    purpose: 'Beasiswa sekolah',
    ...extra,
  }).map(([key, value]) => ({ key, value }));

export async function apply(token: string, answers = letterAnswers(), slug = SKTM) {
  const result = await callApi(SUBMIT, { slug, answers }, { token });
  return result;
}

export async function move(token: string, id: string, to: RequestStatus, note: string | null = null) {
  return callApi(TRANSITION, { id, to, note }, { token });
}

/** The services subgraph's own base URL (uploads go straight to it, as the storefront does). */
export const servicesBase = () => inject('system').subgraphUrls.services!.replace(/\/graphql$/, '');
export const gatewayBase = () => inject('system').gatewayUrl.replace(/\/graphql$/, '');
