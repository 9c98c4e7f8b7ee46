import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, callApi, signIn, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';
import { apply, move } from './support/services.js';

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('system').databaseUrl });
  await db.connect();
});
afterAll(() => db?.end());

describe('staff dashboard', () => {
  it('reports requests per state, average and 90th-percentile completion time, and the share on time', async () => {
    const staff = await signIn(DEMO.staff);
    const slug = `dasbor-uji-${Date.now()}`;
    const input = {
      name: 'Layanan Dasbor Uji',
      summary: '-',
      description: '-',
      requirements: [],
      steps: [],
      slaHours: 10,
      fee: 0,
      office: 'Kantor Desa',
      openingHours: '',
      isLetter: false,
      formFields: [{ key: 'nik', label: 'NIK', type: 'NIK' as const, required: true }],
    };
    const created = await callApi(
      graphql(
        'mutation($s: String!, $i: ServiceInput!) { createService(slug: $s, categoryCode: "PELAYANAN_PUBLIK", input: $i, villageCode: "35.10.06.2003") { id } }',
      ),
      { s: slug, i: input },
      { token: staff },
    );
    const serviceId = created.data!.createService.id;
    await callApi(
      graphql('mutation($id: ID!) { setServicePublished(id: $id, published: true) { id } }'),
      { id: serviceId },
      { token: staff },
    );
    const citizen = await signUpFresh('dasbor');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push(
        (await apply(citizen.token, [{ key: 'nik', value: '3510014507900001' }], slug)).data!.submitServiceRequest.id,
      );
    for (const id of ids.slice(0, 3))
      for (const to of ['VERIFIED', 'IN_PROCESS', 'COMPLETED'] as const) await move(staff, id, to);
    // Completion times of 2, 4 and 12 working hours against a 10-hour promise: two on time, one late.
    for (const [i, hours] of [
      [0, 2],
      [1, 4],
      [2, 12],
    ] as const) {
      await db.query(
        `update services.service_requests set submitted_at = completed_at - make_interval(hours => $2), due_at = completed_at - make_interval(hours => $2) + interval '10 hours', sla_met = $3, working_minutes_taken = $2 * 60 where id = $1`,
        [ids[i], hours, hours <= 10],
      );
    }
    const result = await callApi(
      graphql(
        '{ servicesDashboard { serviceId byStatus { status count } completed avgCompletionHours p90CompletionHours onTimeShare } }',
      ),
      {},
      { token: staff },
    );
    const row = result.data!.servicesDashboard.find((s) => s.serviceId === serviceId)!;
    expect(row.byStatus.sort((a, b) => a.status.localeCompare(b.status))).toEqual([
      { status: 'COMPLETED', count: 3 },
      { status: 'SUBMITTED', count: 1 },
    ]);
    expect(row.completed).toBe(3);
    expect(row.avgCompletionHours).toBe(6);
    expect(row.p90CompletionHours).toBe(10.4); // percentile_cont: 4 + 0.8 × (12 − 4)
    expect(row.onTimeShare).toBe(0.67);
    expect(
      (await callApi(graphql('{ servicesDashboard { serviceId } }'), {}, { token: citizen.token })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
