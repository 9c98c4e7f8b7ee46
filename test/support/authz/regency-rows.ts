import { callApi } from '../client.js';
import { graphql } from '../graphql.js';
import { rows, type Expected } from './cast.js';
import { answersOf, personalData } from './fixtures.js';
import { F, N, O, U, type CellContext, type MutationRow, type Target } from './mutation-row.js';
import type { QueryRow } from './queries.js';

/**
 * Rows for decision 030: the camat's co-signature (a letter service that needs the district),
 * the regency's holidays and district heads. The own place / other place cells of the same
 * operations, and of a person's contact data, are in place-cells.ts.
 */
export const AHLI_WARIS = 'surat-keterangan-ahli-waris';

const SUBMIT = graphql(
  'mutation($slug: String!, $answers: [AnswerInput!]!, $v: String) { submitServiceRequest(serviceSlug: $slug, answers: $answers, villageCode: $v) { id trackingCode } }',
);
const MOVE = graphql(
  'mutation($id: ID!, $to: ServiceRequestStatus!) { transitionServiceRequest(id: $id, to: $to) { status } }',
);
export const COSIGN = graphql('mutation($id: ID!) { cosignServiceRequest(id: $id, approve: true) { status } }');

/** A Surat Keterangan Ahli Waris to `village`, taken by `officeToken` up to AWAITING_COSIGN. */
export async function awaitingCosign(
  citizenToken: string,
  officeToken: string,
  village = '35.10.06.2003',
): Promise<{ id: string; trackingCode: string }> {
  const submitted = await callApi(
    SUBMIT,
    { slug: AHLI_WARIS, answers: answersOf(personalData()), v: village },
    { token: citizenToken },
  );
  if (!submitted.data) throw new Error(`submitServiceRequest failed: ${JSON.stringify(submitted.errors)}`);
  const { id, trackingCode } = submitted.data.submitServiceRequest;
  for (const to of ['VERIFIED', 'IN_PROCESS', 'AWAITING_COSIGN'] as const) {
    const moved = await callApi(MOVE, { id, to }, { token: officeToken });
    if (moved.errors) throw new Error(`transition to ${to} failed: ${JSON.stringify(moved.errors)}`);
  }
  return { id, trackingCode };
}

export const cosignWritten = (id: string) =>
  rows(
    `select r.status, r.completed_at,
       (select count(*)::int from services.service_request_events e where e.request_id = r.id) as events,
       (select count(*)::int from services.letters l where l.request_id = r.id) as letters
     from services.service_requests r where r.id = $1`,
    [id],
  );

/** Sembulung's co-signature: only its camat or the regency admin; its own staff FORBIDDEN, others NOT_FOUND. */
const COSIGNERS: Expected = { anonymous: U, buyer: N, sellerA: N, sellerB: N, staff: F, admin: O };
const ADMIN_ONLY: Expected = { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: F, admin: O };

let day = 0;
/** A date of its own for each cell, far from any real holiday. */
const freshDate = () => {
  day += 1;
  return new Date(Date.UTC(2098, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
};

export const REGENCY_MUTATIONS: MutationRow[] = [
  {
    field: 'cosignServiceRequest',
    label: "cosignServiceRequest (the buyer's Ahli Waris in Sembulung, waiting for the camat)",
    expected: COSIGNERS,
    prepare: ({ cast }: CellContext) => awaitingCosign(cast.buyer.token, cast.admin.token),
    run: (t, { token }) => callApi(COSIGN, { id: t.id }, { token }),
    written: (t: Target) => cosignWritten(t.id),
  },
  {
    field: 'renameHoliday',
    expected: ADMIN_ONLY,
    prepare: async ({ cast }: CellContext) => {
      const date = freshDate();
      const added = await callApi(
        graphql('mutation($input: HolidayInput!) { addHoliday(input: $input) { date } }'),
        { input: { date, name: 'Libur Matriks', nameEn: 'Matrix holiday' } },
        { token: cast.admin.token },
      );
      if (!added.data?.addHoliday) throw new Error(`could not add a holiday on ${date}`);
      return { date };
    },
    run: (t, { token }) =>
      callApi(
        graphql(
          'mutation($date: String!) { renameHoliday(date: $date, name: "Libur Matriks Baru", nameEn: "Renamed") { date } }',
        ),
        { date: t.date },
        { token },
      ),
    written: (t) => rows('select name, name_en from places.holidays where "date" = $1', [t.date]),
  },
  {
    field: 'setDistrictHead',
    label: 'setDistrictHead (Wongsorejo, a district no other test reads)',
    expected: ADMIN_ONLY,
    prepare: async () => ({ name: `Camat Matriks ${Math.random().toString(36).slice(2, 8)}` }),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($name: String!) { setDistrictHead(code: "35.10.24", name: $name) { code } }'),
        { name: t.name },
        { token },
      ),
    written: () => rows(`select head_name, head_title from places.regions where code = '35.10.24'`),
  },
];

let waiting: Promise<{ trackingCode: string }> | null = null;
let waitingCode = '';

/** The co-signature queue: the regency admin sees Sembulung's waiting request; village staff may not ask. */
export const COSIGN_QUERY_ROW: QueryRow = {
  field: 'cosignServiceRequests',
  label: "cosignServiceRequests: Sembulung's request waiting for the camat",
  expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: F, admin: 'VISIBLE' },
  prepare: async (_w, cast) => {
    waiting ??= awaitingCosign(cast.buyer.token, cast.admin.token);
    waitingCode = (await waiting).trackingCode;
  },
  query: graphql('{ cosignServiceRequests(first: 100) { edges { node { trackingCode } } } }'),
  secrets: () => [waitingCode],
};
