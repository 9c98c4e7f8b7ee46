import { describe, expect, it } from 'vitest';
import { DEMO, callApi, signIn, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';

const FILE = graphql('mutation($input: ComplaintInput!) { fileComplaint(input: $input) { id status serviceId } }');
const RESPOND = graphql(
  'mutation($id: ID!, $r: String!, $resolve: Boolean) { respondToComplaint(id: $id, response: $r, resolve: $resolve) { status response respondedAt resolvedAt } }',
);

describe('complaints (pengaduan)', () => {
  it('goes WAITING → IN_PROGRESS → RESOLVED with the response time measured', async () => {
    const citizen = await signUpFresh('aduan');
    const staff = await signIn(DEMO.staff);
    const invalid = await callApi(FILE, { input: { subject: 'x', body: 'pendek' } }, { token: citizen.token });
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const filed = await callApi(
      FILE,
      {
        input: {
          subject: 'Antrean lama',
          body: 'Menunggu lebih dari dua jam di kantor desa.',
          serviceSlug: 'pengantar-skck',
        },
      },
      { token: citizen.token },
    );
    expect(filed.data?.fileComplaint).toMatchObject({ status: 'WAITING' });
    expect(filed.data?.fileComplaint.serviceId).toBeTruthy();
    const id = filed.data!.fileComplaint.id;
    expect(
      (await callApi(RESPOND, { id, r: 'Kami cek' }, { token: citizen.token })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const progress = await callApi(RESPOND, { id, r: 'Sedang kami periksa' }, { token: staff });
    expect(progress.data?.respondToComplaint.status).toBe('IN_PROGRESS');
    const resolved = await callApi(RESPOND, { id, r: 'Loket kedua dibuka', resolve: true }, { token: staff });
    expect(resolved.data?.respondToComplaint).toMatchObject({
      status: 'RESOLVED',
      respondedAt: progress.data?.respondToComplaint.respondedAt,
    });
    expect((await callApi(RESPOND, { id, r: 'lagi' }, { token: staff })).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
    const mine = await callApi(graphql('{ myComplaints { id response } }'), {}, { token: citizen.token });
    expect(mine.data?.myComplaints).toEqual([{ id, response: 'Loket kedua dibuka' }]);
    const stats = await callApi(graphql('{ complaintStats { resolved avgResponseHours } }'), {}, { token: staff });
    expect(stats.data?.complaintStats.resolved).toBeGreaterThanOrEqual(1);
    expect(stats.data?.complaintStats.avgResponseHours).toBeGreaterThanOrEqual(0);
  });
});
