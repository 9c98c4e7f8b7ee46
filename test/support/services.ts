import { inject } from 'vitest';
import { gql } from './client.js';

export const SKTM = 'surat-keterangan-tidak-mampu';
export const NIK = '3510014507900001';

export const REQUEST_FIELDS = 'id trackingCode status dueAt completedAt slaMet maskedNik overdue';

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
  const result = await gql<{ submitServiceRequest: { id: string; trackingCode: string; status: string } }>(
    `mutation($slug: String!, $answers: [AnswerInput!]!) { submitServiceRequest(serviceSlug: $slug, answers: $answers) { ${REQUEST_FIELDS} } }`,
    { slug, answers },
    { token },
  );
  return result;
}

export async function move(token: string, id: string, to: string, note: string | null = null) {
  return gql<{ transitionServiceRequest: { status: string; completedAt: string | null; slaMet: boolean | null } }>(
    `mutation($id: ID!, $to: ServiceRequestStatus!, $note: String) { transitionServiceRequest(id: $id, to: $to, note: $note) { ${REQUEST_FIELDS} } }`,
    { id, to, note },
    { token },
  );
}

/** The services subgraph's own base URL (uploads go straight to it, as the storefront does). */
export const servicesBase = () => inject('system').subgraphUrls.services!.replace(/\/graphql$/, '');
export const gatewayBase = () => inject('system').gatewayUrl.replace(/\/graphql$/, '');
