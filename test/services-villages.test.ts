/**
 * Services per village through the gateway (issue 11, decision 021), on the seeded system:
 * what villages offer, applying to a chosen village, its staff's queue and letter, other
 * villages' staff and another district's officer kept out, refusals that write nothing.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, callApi, signIn, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';
import { letterAnswers, SKTM } from './support/services.js';

const SEMBULUNG = '35.10.06.2003';
const BENCULUK = '35.10.06.2005';
const KEMIREN = '35.10.15.2004';

const OFFERED = graphql(`
  query ($v: String) {
    services(villageCode: $v, first: 100) {
      totalCount
      edges {
        node {
          slug
          fee
          slaHours
          office
          offeredIn
        }
      }
    }
  }
`);
const SUBMIT = graphql(`
  mutation ($slug: String!, $answers: [AnswerInput!]!, $v: String) {
    submitServiceRequest(serviceSlug: $slug, answers: $answers, villageCode: $v) {
      id
      villageCode
      fee
      slaHours
      submittedAt
      dueAt
    }
  }
`);
const MOVE = graphql(`
  mutation ($id: ID!, $to: ServiceRequestStatus!) {
    transitionServiceRequest(id: $id, to: $to) {
      status
      workingMinutesTaken
      letter {
        number
        verificationCode
      }
    }
  }
`);
const QUEUE = graphql(`
  query {
    staffServiceRequests(first: 100) {
      edges {
        node {
          id
          villageCode
        }
      }
    }
  }
`);
const ONE = graphql('query ($id: ID!) { serviceRequest(id: $id) { id villageCode } }');
const VERIFY = graphql(
  'query ($c: String!) { verifyLetter(code: $c) { villageCode villageName districtName number } }',
);

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('system').databaseUrl });
  await db.connect();
});
afterAll(() => db?.end());

const counts = async () =>
  (
    await db.query(
      `select (select count(*)::int from services.service_requests) as requests,
              (select count(*)::int from services.service_request_events) as events`,
    )
  ).rows[0] as { requests: number; events: number };

describe('what villages offer', () => {
  it('lists the regency templates, and each online village’s adoptions on its terms', async () => {
    // The 22 seeded templates, and any that other tests of this system published meanwhile.
    const templates = await callApi(OFFERED, {});
    expect(templates.data?.services.totalCount).toBeGreaterThanOrEqual(22);
    expect(templates.data?.services.edges.every((e) => e.node.offeredIn === null)).toBe(true);
    const sembulung = await callApi(OFFERED, { v: SEMBULUNG });
    expect(sembulung.data?.services.totalCount).toBeGreaterThanOrEqual(22);
    // Services other tests add for Sembulung name offices of their own; the 22 adoptions name its office.
    expect(
      sembulung.data?.services.edges.filter((e) => e.node.office.includes('Sembulung')).length,
    ).toBeGreaterThanOrEqual(22);
    const kemiren = await callApi(OFFERED, { v: KEMIREN });
    expect(kemiren.data?.services.edges.find((e) => e.node.slug === 'kelas-membatik-sanggar-desa')?.node).toMatchObject(
      { fee: 35_000, offeredIn: KEMIREN },
    );
    const unknown = await callApi(OFFERED, { v: '35.10.06.2999' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'villageCode' }],
    });
  });
});

describe('a request to a chosen village', () => {
  it('goes to that village’s queue and letter; other villages’ staff and another district cannot see it', async () => {
    const citizen = await signUpFresh('desa');
    const submitted = await callApi(
      SUBMIT,
      { slug: SKTM, answers: letterAnswers(), v: BENCULUK },
      { token: citizen.token },
    );
    expect(submitted.errors).toBeUndefined();
    // Benculuk promises SKTM within four office hours (its own term).
    expect(submitted.data?.submitServiceRequest).toMatchObject({ villageCode: BENCULUK, slaHours: 4 });
    const { id } = submitted.data!.submitServiceRequest;

    const [sembulungStaff, benculukStaff, cluring, glagah] = await Promise.all([
      signIn(DEMO.staff),
      signIn('staf.benculuk@kampung.test'),
      signIn('camat.cluring@kampung.test'),
      signIn('camat.glagah@kampung.test'),
    ]);
    const queueIds = async (token: string) =>
      (await callApi(QUEUE, {}, { token })).data!.staffServiceRequests.edges.map((e) => e.node.id);
    expect(await queueIds(sembulungStaff)).not.toContain(id);
    expect(await queueIds(glagah)).not.toContain(id);
    expect(await queueIds(benculukStaff)).toContain(id);
    expect(await queueIds(cluring)).toContain(id);
    expect((await callApi(ONE, { id }, { token: sembulungStaff })).data?.serviceRequest).toBeNull();
    expect((await callApi(ONE, { id }, { token: cluring })).data?.serviceRequest).toEqual({
      id,
      villageCode: BENCULUK,
    });

    const before = await counts();
    for (const [token, code] of [
      [sembulungStaff, 'NOT_FOUND'],
      [glagah, 'NOT_FOUND'],
      [cluring, 'FORBIDDEN'],
    ] as const) {
      const refused = await callApi(MOVE, { id, to: 'VERIFIED' }, { token });
      expect(refused.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await counts()).toEqual(before);

    for (const to of ['VERIFIED', 'IN_PROCESS'] as const)
      expect((await callApi(MOVE, { id, to }, { token: benculukStaff })).errors).toBeUndefined();
    const done = await callApi(MOVE, { id, to: 'COMPLETED' }, { token: benculukStaff });
    expect(done.errors).toBeUndefined();
    const letter = done.data!.transitionServiceRequest.letter!;
    expect(letter.number).toMatch(/^470\/\d{4}\/429\.506\.05\/\d{4}$/);
    expect(done.data!.transitionServiceRequest.workingMinutesTaken).toBeGreaterThanOrEqual(0);
    const verified = await callApi(VERIFY, { c: letter.verificationCode });
    expect(verified.data?.verifyLetter).toEqual({
      villageCode: BENCULUK,
      villageName: 'Benculuk',
      districtName: 'Cluring',
      number: letter.number,
    });
  });

  it('refuses a village that is not online and a service the village does not offer: nothing written', async () => {
    const citizen = await signUpFresh('desa');
    const { rows } = await db.query(
      `select code from places.villages where not online and code like '35.10.%' order by code limit 1`,
    );
    const offline = (rows[0] as { code: string }).code;
    const before = await counts();
    const notOnline = await callApi(
      SUBMIT,
      { slug: SKTM, answers: letterAnswers(), v: offline },
      { token: citizen.token },
    );
    expect(notOnline.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'villageCode', message: 'Desa ini belum melayani permohonan daring' }],
    });
    // Withdrawn in Sembulung for this test only.
    await db.query(
      `update services.village_services v set active = false from services.services s
       where s.id = v.service_id and s.slug = $1 and v.village_code = $2`,
      [SKTM, SEMBULUNG],
    );
    try {
      const withdrawn = await callApi(
        SUBMIT,
        { slug: SKTM, answers: letterAnswers(), v: SEMBULUNG },
        { token: citizen.token },
      );
      expect(withdrawn.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'serviceId' }],
      });
    } finally {
      await db.query(
        `update services.village_services v set active = true from services.services s
         where s.id = v.service_id and s.slug = $1 and v.village_code = $2`,
        [SKTM, SEMBULUNG],
      );
    }
    expect(await counts()).toEqual(before);
  });
});
