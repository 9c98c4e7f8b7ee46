/**
 * The regency's last functional gaps through the gateway (issue 11, decision 030), on the seeded
 * system: a letter that needs the camat waits for the officer of its village's district, who
 * co-signs it (the letter names both signatories); the regency admin edits the holidays and a
 * holiday added moves the due time of the next request (services keeps holidays 10 s).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, callApi, signIn, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';
import { letterAnswers } from './support/services.js';

const SEMBULUNG = '35.10.06.2003';
const AHLI_WARIS = 'surat-keterangan-ahli-waris';
/** services/src/clients/places.client.ts HOLIDAYS_CACHE_MS, and a little. */
const HOLIDAY_CACHE_WAIT_MS = 10_500;

const SUBMIT = graphql(`
  mutation ($slug: String!, $answers: [AnswerInput!]!, $v: String) {
    submitServiceRequest(serviceSlug: $slug, answers: $answers, villageCode: $v) {
      id
      submittedAt
      dueAt
    }
  }
`);
const MOVE = graphql(`
  mutation ($id: ID!, $to: ServiceRequestStatus!) {
    transitionServiceRequest(id: $id, to: $to) {
      status
    }
  }
`);
const COSIGN = graphql(`
  mutation ($id: ID!, $approve: Boolean!, $note: String) {
    cosignServiceRequest(id: $id, approve: $approve, note: $note) {
      status
      slaMet
      workingMinutesTaken
    }
  }
`);
const COSIGN_QUEUE = graphql(`
  query {
    cosignServiceRequests(first: 100) {
      edges {
        node {
          id
          status
          village {
            name
          }
        }
      }
    }
  }
`);
const DETAIL = graphql(`
  query ($id: ID!) {
    serviceRequest(id: $id) {
      status
      village {
        code
        name
        district {
          name
        }
      }
      service {
        needsDistrictCosign
      }
      letter {
        number
        verificationCode
        signatories {
          name
          title
          office
        }
      }
    }
  }
`);
const VERIFY = graphql(
  'query ($c: String!) { verifyLetter(code: $c) { villageName signatories { name title office } } }',
);
const HOLIDAYS = graphql('query ($y: Int!) { holidays(year: $y) { date name nameEn } }');
const ADD_HOLIDAY = graphql('mutation ($input: HolidayInput!) { addHoliday(input: $input) { date } }');
const RENAME_HOLIDAY = graphql(
  'mutation ($d: String!, $n: String!, $e: String!) { renameHoliday(date: $d, name: $n, nameEn: $e) { date name nameEn } }',
);
const REMOVE_HOLIDAY = graphql('mutation ($d: String!) { removeHoliday(date: $d) { date } }');

let db: pg.Client;
let staff: string;
let cluring: string;
let glagah: string;
let admin: string;

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('system').databaseUrl });
  await db.connect();
  [staff, cluring, glagah, admin] = await Promise.all([
    signIn(DEMO.staff),
    signIn('camat.cluring@kampung.test'),
    signIn('camat.glagah@kampung.test'),
    signIn(DEMO.admin),
  ]);
});
afterAll(() => db?.end());

const written = async (id: string) =>
  (
    await db.query(
      `select r.status, r.completed_at,
        (select count(*)::int from services.service_request_events e where e.request_id = r.id) as events,
        (select count(*)::int from services.letters l where l.request_id = r.id) as letters
       from services.service_requests r where r.id = $1`,
      [id],
    )
  ).rows[0];

async function submitAhliWaris(token: string) {
  const result = await callApi(SUBMIT, { slug: AHLI_WARIS, answers: letterAnswers(), v: SEMBULUNG }, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.submitServiceRequest;
}

describe('co-signature by the camat', () => {
  it("Sembulung completes its part, Cluring's camat co-signs, the letter names the head and the camat", async () => {
    const citizen = await signUpFresh('ahliwaris');
    const { id } = await submitAhliWaris(citizen.token);
    for (const to of ['VERIFIED', 'IN_PROCESS'] as const)
      expect((await callApi(MOVE, { id, to }, { token: staff })).errors).toBeUndefined();
    const alone = await callApi(MOVE, { id, to: 'COMPLETED' }, { token: staff });
    expect(alone.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await callApi(MOVE, { id, to: 'AWAITING_COSIGN' }, { token: staff })).errors).toBeUndefined();

    const queued = async (token: string) =>
      (await callApi(COSIGN_QUEUE, {}, { token })).data?.cosignServiceRequests.edges.map((e) => e.node.id) ?? [];
    expect(await queued(cluring)).toContain(id);
    expect(await queued(glagah)).not.toContain(id);
    expect(await queued(admin)).toContain(id);
    expect((await callApi(COSIGN_QUEUE, {}, { token: staff })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Refused co-signatures write nothing.
    const before = await written(id);
    for (const [token, code] of [
      [staff, 'FORBIDDEN'],
      [glagah, 'NOT_FOUND'],
      [citizen.token, 'NOT_FOUND'],
    ] as const) {
      const refused = await callApi(COSIGN, { id, approve: true, note: null }, { token });
      expect(refused.errors?.[0]?.extensions?.code).toBe(code);
    }
    const noReason = await callApi(COSIGN, { id, approve: false, note: null }, { token: cluring });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note' }] });
    expect(await written(id)).toEqual(before);

    const signed = await callApi(COSIGN, { id, approve: true, note: null }, { token: cluring });
    expect(signed.errors).toBeUndefined();
    expect(signed.data?.cosignServiceRequest).toMatchObject({ status: 'COMPLETED', slaMet: true });
    expect(signed.data?.cosignServiceRequest.workingMinutesTaken).toBeGreaterThanOrEqual(0);

    const detail = (await callApi(DETAIL, { id }, { token: citizen.token })).data!.serviceRequest!;
    expect(detail.village).toEqual({ code: SEMBULUNG, name: 'Sembulung', district: { name: 'Cluring' } });
    expect(detail.service?.needsDistrictCosign).toBe(true);
    const heads = [
      { name: 'Mohammad Arifin', title: 'Kepala Desa', office: 'Sembulung' },
      { name: 'Drs. Hendro Wibowo', title: 'Camat', office: 'Cluring' },
    ];
    expect(detail.letter?.signatories).toEqual(heads);
    expect(detail.letter?.number).toMatch(/^470\/\d{4}\/429\.501\.01\/\d{4}$/);
    const verified = await callApi(VERIFY, { c: detail.letter!.verificationCode });
    expect(verified.data?.verifyLetter).toEqual({ villageName: 'Sembulung', signatories: heads });
  });
});

/** The first Monday–Thursday at least `days` days after `from` (WIB) that is not already a holiday. */
async function freeWorkingDayAfter(from: Date, days: number): Promise<string> {
  for (let n = days; n < days + 30; n += 1) {
    const day = new Date(from.getTime() + 7 * 3_600_000 + n * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const taken = await db.query('select 1 from places.holidays where "date" = $1', [date]);
    if (day.getUTCDay() >= 1 && day.getUTCDay() <= 4 && taken.rowCount === 0) return date;
  }
  throw new Error('no free working day');
}

describe('holidays, edited by the regency', () => {
  it('only the regency admin edits them; bad dates and duplicates are typed errors that write nothing', async () => {
    const rows = async () => (await db.query('select * from places.holidays order by "date"')).rows;
    const before = await rows();
    const byStaff = await callApi(
      ADD_HOLIDAY,
      { input: { date: '2027-03-03', name: 'Libur uji', nameEn: 'Test holiday' } },
      { token: staff },
    );
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byCamat = await callApi(REMOVE_HOLIDAY, { d: '2026-12-25' }, { token: cluring });
    expect(byCamat.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const impossible = await callApi(
      ADD_HOLIDAY,
      { input: { date: '2027-02-30', name: 'Tidak ada', nameEn: 'None' } },
      { token: admin },
    );
    expect(impossible.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'date' }] });
    const christmas = (await callApi(HOLIDAYS, { y: 2026 })).data!.holidays.find((h) => h.date === '2026-12-25')!;
    const twice = await callApi(
      ADD_HOLIDAY,
      { input: { date: '2026-12-25', name: 'Natal lagi', nameEn: 'Christmas again' } },
      { token: admin },
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const unknown = await callApi(RENAME_HOLIDAY, { d: '2027-03-03', n: 'Libur', e: 'Holiday' }, { token: admin });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await rows()).toEqual(before);

    const renamed = await callApi(
      RENAME_HOLIDAY,
      { d: '2026-12-25', n: 'Hari Raya Natal', e: 'Christmas Day (renamed)' },
      { token: admin },
    );
    expect(renamed.data?.renameHoliday).toEqual({
      date: '2026-12-25',
      name: 'Hari Raya Natal',
      nameEn: 'Christmas Day (renamed)',
    });
    await callApi(RENAME_HOLIDAY, { d: '2026-12-25', n: christmas.name, e: christmas.nameEn }, { token: admin });
  });

  it('a holiday the regency adds moves the due time of the next request; removing it moves it back', async () => {
    const citizen = await signUpFresh('libur');
    const first = await submitAhliWaris(citizen.token);
    const holiday = await freeWorkingDayAfter(new Date(first.submittedAt), 7);
    // The promise (168 office hours) runs for weeks: the holiday lies inside it.
    expect(new Date(first.dueAt).getTime()).toBeGreaterThan(new Date(`${holiday}T23:59:59+07:00`).getTime());
    const added = await callApi(
      ADD_HOLIDAY,
      { input: { date: holiday, name: 'Cuti bersama uji', nameEn: 'Test joint leave', jointLeave: true } },
      { token: admin },
    );
    expect(added.errors).toBeUndefined();
    try {
      await new Promise((resolve) => setTimeout(resolve, HOLIDAY_CACHE_WAIT_MS));
      const second = await submitAhliWaris(citizen.token);
      // A whole office day later: the due time moves past the next opening, not by the seconds between them.
      const moved = new Date(second.dueAt).getTime() - new Date(first.dueAt).getTime();
      expect(moved).toBeGreaterThan(16 * 3_600_000);
    } finally {
      expect((await callApi(REMOVE_HOLIDAY, { d: holiday }, { token: admin })).errors).toBeUndefined();
    }
    await new Promise((resolve) => setTimeout(resolve, HOLIDAY_CACHE_WAIT_MS));
    const third = await submitAhliWaris(citizen.token);
    const back = new Date(third.dueAt).getTime() - new Date(first.dueAt).getTime();
    expect(back).toBeLessThan(16 * 3_600_000);
  }, 60_000);
});

const CONTACTS = graphql(`
  query ($id: ID!) {
    serviceRequest(id: $id) {
      applicantContact {
        email
      }
      applicant {
        email
        villageCode
      }
    }
  }
`);
const SET_DOMICILE = graphql('mutation ($v: String) { updateProfile(input: { villageCode: $v }) { villageCode } }');

describe("an applicant's contact data", () => {
  it("reaches the office working the request through services, and a resident's through User; both audited", async () => {
    const citizen = await signUpFresh('kontak');
    const { id } = await submitAhliWaris(citizen.token);
    const audits = async () =>
      (
        await db.query(
          `select (select count(*)::int from services.personal_data_access where request_id = $1 and purpose = 'kontak pemohon') as services,
                  (select count(*)::int from accounts.personal_data_reads where user_id = $2) as accounts`,
          [id, citizen.id],
        )
      ).rows[0] as { services: number; accounts: number };

    // The citizen lives nowhere the staff work: Sembulung's staff get the contact through the request only.
    const byStaff = (await callApi(CONTACTS, { id }, { token: staff })).data!.serviceRequest!;
    expect(byStaff.applicantContact).toEqual({ email: citizen.email });
    expect(byStaff.applicant).toEqual({ email: null, villageCode: null });
    const byCamat = (await callApi(CONTACTS, { id }, { token: cluring })).data!.serviceRequest!;
    expect(byCamat).toEqual({ applicantContact: null, applicant: { email: null, villageCode: null } });
    expect(await audits()).toEqual({ services: 1, accounts: 0 });

    // Once the citizen lives in Sembulung, its staff see them as a resident, and that read is audited in accounts.
    expect((await callApi(SET_DOMICILE, { v: SEMBULUNG }, { token: citizen.token })).errors).toBeUndefined();
    const resident = (await callApi(CONTACTS, { id }, { token: staff })).data!.serviceRequest!;
    expect(resident.applicant).toEqual({ email: citizen.email, villageCode: SEMBULUNG });
    expect((await callApi(CONTACTS, { id }, { token: cluring })).data!.serviceRequest!.applicant).toEqual({
      email: null,
      villageCode: null,
    });
    expect(await audits()).toEqual({ services: 2, accounts: 1 });
  });
});
