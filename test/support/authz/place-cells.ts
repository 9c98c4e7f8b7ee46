import { tokenWith } from '../catalog.js';
import { callApi, type GraphqlResponse } from '../client.js';
import { graphql } from '../graphql.js';
import { codeOf, database, rows, signUpPerson, uniqueSuffix, type Cast, type Outcome } from './cast.js';
import { answersOf, personalData, SKTM } from './fixtures.js';
import { classify } from './queries.js';
import { awaitingCosign, COSIGN, cosignWritten } from './regency-rows.js';

/**
 * "Own place / other place" cells of the authorization matrix (issue 11, decision 020): every
 * office role by place, plus buyer, seller and anonymous, against the services' private fields
 * and mutations of a village in Cluring (Tampo: the village staff's and head's own village, in
 * the district officer's district) and of a village in Glagah (Kenjo: nobody's place but the
 * regency admin's). Tampo and Kenjo are online villages no other system test changes; a cell
 * that changes an adoption puts the row back.
 */
export type PlaceActor =
  'villageStaff' | 'villageHead' | 'districtOfficer' | 'regencyAdmin' | 'buyer' | 'seller' | 'anonymous';
export const PLACE_ACTORS: PlaceActor[] = [
  'villageStaff',
  'villageHead',
  'districtOfficer',
  'regencyAdmin',
  'buyer',
  'seller',
  'anonymous',
];
export type PlaceExpected = Record<PlaceActor, Outcome>;

export type Side = 'own' | 'other';
export const SIDES: Side[] = ['own', 'other'];
export const PLACES = {
  own: { village: '35.10.06.2002', name: 'Tampo', district: '35.10.06' },
  other: { village: '35.10.15.2011', name: 'Kenjo', district: '35.10.15' },
} as const;
type Place = (typeof PLACES)[Side];

export interface PlaceCast {
  tokens: Record<PlaceActor, string | undefined>;
  citizen: { token: string };
}

export async function createPlaceCast(cast: Cast): Promise<PlaceCast> {
  const own = PLACES.own;
  const [villageStaff, villageHead, districtOfficer, citizen] = await Promise.all([
    tokenWith(['STAFF'], undefined, [{ role: 'VILLAGE_STAFF', place: own.village }]),
    tokenWith(['STAFF'], undefined, [{ role: 'VILLAGE_HEAD', place: own.village }]),
    tokenWith(['STAFF'], undefined, [{ role: 'DISTRICT_OFFICER', place: own.district }]),
    signUpPerson('warga-tempat'),
  ]);
  return {
    tokens: {
      villageStaff,
      villageHead,
      districtOfficer,
      regencyAdmin: cast.admin.token,
      buyer: cast.buyer.token,
      seller: cast.sellerA.token,
      anonymous: undefined,
    },
    citizen,
  };
}

async function must<T>(what: string, pending: Promise<GraphqlResponse<T>>): Promise<T> {
  const result = await pending;
  if (!result.data || result.errors) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

const SUBMIT = graphql(
  'mutation($slug: String!, $answers: [AnswerInput!]!, $v: String) { submitServiceRequest(serviceSlug: $slug, answers: $answers, villageCode: $v) { id trackingCode } }',
);
const FILE_COMPLAINT = graphql('mutation($input: ComplaintInput!) { fileComplaint(input: $input) { id } }');
const SAVE_POST = graphql('mutation($id: ID, $input: PostInput!) { savePost(id: $id, input: $input) { id } }');
const SAVE_COURSE = graphql('mutation($id: ID, $input: CourseInput!) { saveCourse(id: $id, input: $input) { id } }');
const GRANT = graphql(
  'mutation($input: GrantMembershipInput!) { grantMembership(input: $input) { id role placeCode } }',
);

/** A citizen's SKTM request to the place's office (its own NIK, so the NIK is the private value). */
async function requestIn(place: Place, citizen: string) {
  const personal = personalData();
  const data = await must(
    'submitServiceRequest',
    callApi(SUBMIT, { slug: SKTM, answers: answersOf(personal), v: place.village }, { token: citizen }),
  );
  return { ...data.submitServiceRequest, nik: personal.nik };
}
async function complaintIn(place: Place, citizen: string) {
  const subject = `Aduan ${place.name} ${uniqueSuffix()}`;
  const data = await must(
    'fileComplaint',
    callApi(
      FILE_COMPLAINT,
      { input: { subject, body: 'Lampu jalan dusun mati.', villageCode: place.village } },
      { token: citizen },
    ),
  );
  return { id: data.fileComplaint.id, subject };
}
const postInput = (place: Place, title: string) => ({
  slug: `kabar-tempat-${uniqueSuffix()}`,
  kind: 'NEWS' as const,
  title,
  summary: 'Uji tempat',
  body: 'Kabar draf untuk uji otorisasi per tempat.',
  villageCode: place.village,
});
async function draftPostIn(place: Place, admin: string) {
  const input = postInput(place, `Draf kabar ${place.name} ${uniqueSuffix()}`);
  const data = await must('savePost', callApi(SAVE_POST, { id: null, input }, { token: admin }));
  return { id: data.savePost.id, input };
}
const courseInput = (place: Place, title: string) => ({
  slug: `kelas-tempat-${uniqueSuffix()}`,
  title,
  summary: 'Uji tempat',
  audience: 'PUBLIC' as const,
  published: false,
  modules: [{ title: 'Satu', kind: 'TEXT' as const, body: 'Bacaan pertama' }],
  villageCode: place.village,
});
async function draftCourseIn(place: Place, admin: string) {
  const input = courseInput(place, `Draf kelas ${place.name} ${uniqueSuffix()}`);
  const data = await must('saveCourse', callApi(SAVE_COURSE, { id: null, input }, { token: admin }));
  return { id: data.saveCourse.id, input };
}

/** A citizen who lives in the place (their domicile set through updateProfile) and their request there. */
async function residentRequestIn(place: Place) {
  const resident = await signUpPerson('warga-domisili');
  await must(
    'updateProfile',
    callApi(
      graphql('mutation($v: String) { updateProfile(input: { villageCode: $v }) { villageCode } }'),
      { v: place.village },
      { token: resident.token },
    ),
  );
  const request = await requestIn(place, resident.token);
  return { requestId: request.id, email: resident.email };
}

/** What each place holds for the query cells. */
export interface PlaceWorld {
  request: { id: string; trackingCode: string; nik: string };
  /** A request waiting for the camat's co-signature (decision 030). */
  awaiting: { id: string; trackingCode: string };
  /** A resident's request: their contact data is the private value. */
  resident: { requestId: string; email: string };
  complaint: { id: string; subject: string };
  post: { id: string; input: ReturnType<typeof postInput> };
  course: { id: string; input: ReturnType<typeof courseInput> };
  sktmId: string;
}
export type PlaceWorlds = Record<Side, PlaceWorld>;

export async function buildPlaceWorlds(pc: PlaceCast): Promise<PlaceWorlds> {
  const admin = pc.tokens.regencyAdmin!;
  const sktm = (await (await database()).query('select id from services.services where slug = $1', [SKTM])).rows[0] as {
    id: string;
  };
  const build = async (place: Place): Promise<PlaceWorld> => ({
    request: await requestIn(place, pc.citizen.token),
    awaiting: await awaitingCosign(pc.citizen.token, admin, place.village),
    resident: await residentRequestIn(place),
    complaint: await complaintIn(place, pc.citizen.token),
    post: await draftPostIn(place, admin),
    course: await draftCourseIn(place, admin),
    sktmId: sktm.id,
  });
  return { own: await build(PLACES.own), other: await build(PLACES.other) };
}

const O = 'OK',
  U = 'UNAUTHENTICATED',
  F = 'FORBIDDEN',
  N = 'NOT_FOUND',
  V = 'VISIBLE',
  H = 'HIDDEN';

const OUTCOMES: Record<string, Outcome> = { O, U, F, N, V, H };
/**
 * One side's expected outcomes in PLACE_ACTORS order: village staff, village head, district
 * officer, regency admin, buyer, seller, anonymous (O ok, U unauthenticated, F forbidden,
 * N not found, V the private value visible, H answered without it).
 */
const cells = (codes: string): PlaceExpected =>
  Object.fromEntries(codes.split(' ').map((code, i) => [PLACE_ACTORS[i], OUTCOMES[code]])) as PlaceExpected;

/** Per side: the expected outcome of each actor. */
type BySide = Record<Side, PlaceExpected>;
const OFFICE_READS: BySide = {
  own: cells('V V V V F F U'),
  other: cells('F F F V F F U'),
};

export interface PlaceQueryRow {
  field: string;
  label: string;
  expected: BySide;
  run: (place: Place, world: PlaceWorld, token: string | undefined) => Promise<GraphqlResponse<unknown>>;
  secrets: (place: Place, world: PlaceWorld) => string[];
}

const PERIOD = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };

export const PLACE_QUERIES: PlaceQueryRow[] = [
  {
    field: 'staffServiceRequests',
    label: 'staffServiceRequests(villageCode): the queue names the tracking code',
    expected: OFFICE_READS,
    run: (place, _w, token) =>
      callApi(
        graphql(
          'query($v: String) { staffServiceRequests(villageCode: $v, statuses: [SUBMITTED], first: 100) { edges { node { trackingCode } } } }',
        ),
        { v: place.village },
        { token },
      ),
    secrets: (_p, w) => [w.request.trackingCode],
  },
  {
    field: 'serviceRequest',
    label: "serviceRequest(id): the request's answers (NIK)",
    expected: {
      own: cells('V V V V H H U'),
      other: cells('H H H V H H U'),
    },
    run: (_p, w, token) =>
      callApi(
        graphql('query($id: ID!) { serviceRequest(id: $id) { trackingCode answers { key value } } }'),
        { id: w.request.id },
        { token },
      ),
    secrets: (_p, w) => [w.request.nik],
  },
  {
    field: 'staffComplaints',
    label: 'staffComplaints(villageCode): the complaint',
    // Another village's code is filtered out (an empty answer), not refused as the request queue does.
    expected: { own: OFFICE_READS.own, other: cells('H H H V F F U') },
    run: (place, _w, token) =>
      callApi(
        graphql('query($v: String) { staffComplaints(villageCode: $v) { subject } }'),
        { v: place.village },
        { token },
      ),
    secrets: (_p, w) => [w.complaint.subject],
  },
  {
    field: 'staffPosts',
    label: "staffPosts: the village's draft post",
    expected: {
      own: cells('V V H V F F U'),
      other: cells('H H H V F F U'),
    },
    run: (_p, _w, token) => callApi(graphql('{ staffPosts { title } }'), {}, { token }),
    secrets: (_p, w) => [w.post.input.title],
  },
  {
    field: 'courses',
    label: "courses(villageCode): the village's draft course",
    expected: {
      own: cells('V V H V H H H'),
      other: cells('H H H V H H H'),
    },
    run: (place, _w, token) =>
      callApi(graphql('query($v: String) { courses(villageCode: $v) { title } }'), { v: place.village }, { token }),
    secrets: (_p, w) => [w.course.input.title],
  },
  {
    field: 'villageLeague',
    label: "villageLeague(scope: the place's district)",
    expected: {
      own: cells('F F O O F F U'),
      other: cells('F F F O F F U'),
    },
    run: (place, _w, token) =>
      callApi(
        graphql(
          'query($d: String, $period: OversightPeriodInput!) { villageLeague(scope: { districtCode: $d }, period: $period) { scopeCode total { requests } } }',
        ),
        { d: place.district, period: PERIOD },
        { token },
      ),
    secrets: () => [],
  },
  {
    field: 'villageFigures',
    label: 'villageFigures(villageCode)',
    expected: {
      own: cells('O O O O F F U'),
      other: cells('F F F O F F U'),
    },
    run: (place, _w, token) =>
      callApi(
        graphql(
          'query($v: String!, $period: OversightPeriodInput!) { villageFigures(villageCode: $v, period: $period) { figures { code requests } } }',
        ),
        { v: place.village, period: PERIOD },
        { token },
      ),
    secrets: () => [],
  },
  {
    field: 'memberships',
    label: "memberships(placeCode): the village staff member's email",
    expected: {
      own: cells('F F F V F F U'),
      other: cells('F F F V F F U'),
    },
    run: (place, _w, token) =>
      callApi(
        graphql(
          'query($p: String) { memberships(placeCode: $p, first: 100) { edges { node { role user { email } } } } }',
        ),
        { p: place.village },
        { token },
      ),
    secrets: (place) => [`staf.${place.name.toLowerCase()}@kampung.test`],
  },
];

// Decision 030: the camat's co-signature queue, and a person's contact data by domicile.
PLACE_QUERIES.push(
  {
    field: 'cosignServiceRequests',
    label: "cosignServiceRequests(the place's district): a request waiting for the camat",
    expected: {
      own: cells('F F V V F F U'),
      other: cells('F F F V F F U'),
    },
    run: (place, _w, token) =>
      callApi(
        graphql(
          'query($d: String) { cosignServiceRequests(districtCode: $d, first: 100) { edges { node { trackingCode } } } }',
        ),
        { d: place.district },
        { token },
      ),
    secrets: (_p, w) => [w.awaiting.trackingCode],
  },
  {
    field: 'serviceRequest',
    label: "serviceRequest(id).applicant: a resident's email (staff of their domicile village, the regency admin)",
    // The district officer reads the request but not the person's contact data; another village sees no request.
    expected: {
      own: cells('V V H V H H U'),
      other: cells('H H H V H H U'),
    },
    run: (_p, w, token) =>
      callApi(
        graphql('query($id: ID!) { serviceRequest(id: $id) { id applicant { email phone villageCode } } }'),
        { id: w.resident.requestId },
        { token },
      ),
    secrets: (_p, w) => [w.resident.email],
  },
);

export const runPlaceQuery = async (row: PlaceQueryRow, side: Side, worlds: PlaceWorlds, token: string | undefined) =>
  classify(await row.run(PLACES[side], worlds[side], token), row.secrets(PLACES[side], worlds[side]));

/** A mutation row by place: prepare a fresh target, run, read the rows it would change, put back what it changed. */
export interface PlaceMutationRow {
  field: string;
  label: string;
  expected: BySide;
  prepare: (place: Place, world: PlaceWorld, pc: PlaceCast) => Promise<Record<string, string>>;
  run: (
    place: Place,
    target: Record<string, string>,
    world: PlaceWorld,
    token: string | undefined,
  ) => Promise<GraphqlResponse<unknown>>;
  written: (place: Place, target: Record<string, string>, world: PlaceWorld) => Promise<unknown>;
  restore?: (place: Place, world: PlaceWorld, before: unknown) => Promise<void>;
}

const OFFICE_WRITES: BySide = {
  own: cells('O O F O F F U'),
  other: cells('F F F O F F U'),
};
const ADMIN_WRITES: BySide = {
  own: cells('F F F O F F U'),
  other: cells('F F F O F F U'),
};

const adoptionRow = (place: Place, w: PlaceWorld) =>
  rows(
    'select village_code, service_id, fee, sla_hours, office, extra_requirements, extra_form_fields, active from services.village_services where village_code = $1 and service_id = $2',
    [place.village, w.sktmId],
  );
/** Puts the SKTM adoption of the place back as it was before the cell. */
async function restoreAdoption(place: Place, w: PlaceWorld, before: unknown) {
  const row = (before as Record<string, unknown>[])[0];
  if (!row) return;
  await (
    await database()
  ).query(
    `update services.village_services v set (fee, sla_hours, office, extra_requirements, extra_form_fields, active) =
       (select r.fee, r.sla_hours, r.office, r.extra_requirements, r.extra_form_fields, r.active
          from jsonb_populate_record(null::services.village_services, $3::jsonb) r)
     where v.village_code = $1 and v.service_id = $2`,
    [place.village, w.sktmId, JSON.stringify(row)],
  );
}

const freshPerson = async () => {
  const person = await signUpPerson('calon-petugas-tempat');
  return { userId: person.id, email: person.email };
};
const membershipsOf = (_p: Place, t: Record<string, string>) =>
  rows('select id, role, place_code from accounts.memberships where user_id = $1 order by id', [t.userId]);

export const PLACE_MUTATIONS: PlaceMutationRow[] = [
  {
    field: 'transitionServiceRequest',
    label: 'transitionServiceRequest(a new request, VERIFIED)',
    // The district officer reads the district's requests but does not process them.
    expected: {
      own: cells('O O F O F F U'),
      other: cells('N N N O F F U'),
    },
    prepare: async (place, _w, pc) => {
      const request = await requestIn(place, pc.citizen.token);
      return { id: request.id };
    },
    run: (_p, t, _w, token) =>
      callApi(
        graphql('mutation($id: ID!) { transitionServiceRequest(id: $id, to: VERIFIED) { status } }'),
        { id: t.id! },
        { token },
      ),
    written: (_p, t) =>
      rows(
        `select r.status, (select count(*) from services.service_request_events e where e.request_id = r.id) as events
           from services.service_requests r where r.id = $1`,
        [t.id],
      ),
  },
  {
    field: 'updateVillageService',
    label: "updateVillageService(the village's SKTM: office)",
    expected: OFFICE_WRITES,
    prepare: async () => ({ office: `Balai uji ${uniqueSuffix()}` }),
    run: (place, t, w, token) =>
      callApi(
        graphql(
          'mutation($v: String!, $id: ID!, $office: String) { updateVillageService(villageCode: $v, serviceId: $id, overrides: { office: $office }) { office } }',
        ),
        { v: place.village, id: w.sktmId, office: t.office! },
        { token },
      ),
    written: (place, _t, w) => adoptionRow(place, w),
    restore: restoreAdoption,
  },
  {
    field: 'withdrawService',
    label: "withdrawService(the village's SKTM)",
    expected: OFFICE_WRITES,
    prepare: async () => ({}),
    run: (place, _t, w, token) =>
      callApi(
        graphql('mutation($v: String!, $id: ID!) { withdrawService(villageCode: $v, serviceId: $id) { active } }'),
        { v: place.village, id: w.sktmId },
        { token },
      ),
    written: (place, _t, w) => adoptionRow(place, w),
    restore: restoreAdoption,
  },
  {
    field: 'adoptService',
    label: 'adoptService(SKTM, withdrawn by the village before the cell)',
    expected: OFFICE_WRITES,
    prepare: async (place, w) => {
      await (
        await database()
      ).query('update services.village_services set active = false where village_code = $1 and service_id = $2', [
        place.village,
        w.sktmId,
      ]);
      return {};
    },
    run: (place, _t, w, token) =>
      callApi(
        graphql('mutation($v: String!, $id: ID!) { adoptService(villageCode: $v, serviceId: $id) { active } }'),
        { v: place.village, id: w.sktmId },
        { token },
      ),
    written: (place, _t, w) => adoptionRow(place, w),
    restore: async (place, w) => {
      await (
        await database()
      ).query('update services.village_services set active = true where village_code = $1 and service_id = $2', [
        place.village,
        w.sktmId,
      ]);
    },
  },
  {
    field: 'respondToComplaint',
    label: 'respondToComplaint(a new complaint to the village)',
    expected: {
      own: cells('O O F O F F U'),
      other: cells('N N N O F F U'),
    },
    prepare: async (place, _w, pc) => ({ id: (await complaintIn(place, pc.citizen.token)).id }),
    run: (_p, t, _w, token) =>
      callApi(
        graphql('mutation($id: ID!) { respondToComplaint(id: $id, response: "Sedang kami periksa") { status } }'),
        { id: t.id! },
        { token },
      ),
    written: (_p, t) => rows('select status, response, responded_at from services.complaints where id = $1', [t.id]),
  },
  {
    field: 'savePost',
    label: "savePost(the village's draft, edited)",
    expected: {
      own: cells('O O N O F F U'),
      other: cells('N N N O F F U'),
    },
    prepare: async (place, _w, pc) => {
      const post = await draftPostIn(place, pc.tokens.regencyAdmin!);
      return { id: post.id, slug: post.input.slug };
    },
    run: (place, t, _w, token) => {
      const input = { ...postInput(place, `Diubah ${uniqueSuffix()}`), slug: t.slug! };
      return callApi(SAVE_POST, { id: t.id!, input }, { token });
    },
    written: (_p, t) => rows('select title, body, village_code from services.posts where id = $1', [t.id]),
  },
  {
    field: 'saveCourse',
    label: "saveCourse(the village's draft course, edited)",
    expected: {
      own: cells('O O N O F F U'),
      other: cells('N N N O F F U'),
    },
    prepare: async (place, _w, pc) => {
      const course = await draftCourseIn(place, pc.tokens.regencyAdmin!);
      return { id: course.id, slug: course.input.slug };
    },
    run: (place, t, _w, token) => {
      const input = { ...courseInput(place, `Diubah ${uniqueSuffix()}`), slug: t.slug! };
      return callApi(SAVE_COURSE, { id: t.id!, input }, { token });
    },
    written: (_p, t) => rows('select title, village_code, published from services.courses where id = $1', [t.id]),
  },
  {
    field: 'grantMembership',
    label: 'grantMembership(VILLAGE_STAFF at the village)',
    expected: ADMIN_WRITES,
    prepare: freshPerson,
    run: (place, t, _w, token) =>
      callApi(GRANT, { input: { email: t.email!, role: 'VILLAGE_STAFF', placeCode: place.village } }, { token }),
    written: membershipsOf,
  },
  {
    field: 'revokeMembership',
    label: 'revokeMembership(a staff membership at the village)',
    expected: ADMIN_WRITES,
    prepare: async (place, _w, pc) => {
      const person = await freshPerson();
      const granted = await must(
        'grantMembership',
        callApi(
          GRANT,
          { input: { email: person.email, role: 'VILLAGE_STAFF', placeCode: place.village } },
          { token: pc.tokens.regencyAdmin },
        ),
      );
      return { ...person, id: granted.grantMembership.id };
    },
    run: (_p, t, _w, token) =>
      callApi(graphql('mutation($id: ID!) { revokeMembership(id: $id) { id } }'), { id: t.id! }, { token }),
    written: membershipsOf,
  },
];

PLACE_MUTATIONS.push({
  field: 'cosignServiceRequest',
  label: 'cosignServiceRequest(a request of the village waiting for the camat)',
  // The village's own staff and head read it but do not co-sign; elsewhere it does not exist.
  expected: {
    own: cells('F F O O N N U'),
    other: cells('N N N O N N U'),
  },
  prepare: async (place, _w, pc) => awaitingCosign(pc.citizen.token, pc.tokens.regencyAdmin!, place.village),
  run: (_p, t, _w, token) => callApi(COSIGN, { id: t.id! }, { token }),
  written: (_p, t) => cosignWritten(t.id!),
});

export const outcomeOf = (result: Pick<GraphqlResponse<unknown>, 'errors'>): Outcome => codeOf(result);
