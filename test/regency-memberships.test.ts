import { remoteJwks, verifyUserToken } from '@kampung/shared';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeDatabase, rows } from './support/authz/cast.js';
import { callApi, DEMO, signIn, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';

const OFFLINE_VILLAGES = graphql(`
  query ($after: String) {
    villages(online: false, first: 100, after: $after) {
      edges {
        node {
          code
          name
          type
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const UPDATE_OFFICE = graphql(`
  mutation ($code: String!, $input: VillageOfficeInput!) {
    updateVillageOffice(code: $code, input: $input) {
      code
      letterCode
    }
  }
`);
const SET_ONLINE = graphql(`
  mutation ($code: String!) {
    setVillageOnline(code: $code, online: true) {
      code
      online
    }
  }
`);
const GRANT = graphql(`
  mutation ($input: GrantMembershipInput!) {
    grantMembership(input: $input) {
      id
      role
      placeCode
      user {
        id
        email
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation ($id: ID!) {
    revokeMembership(id: $id) {
      id
    }
  }
`);
const MEMBERSHIPS = graphql(`
  query ($placeCode: String) {
    memberships(placeCode: $placeCode, first: 50) {
      totalCount
      edges {
        node {
          role
          placeCode
          user {
            name
            email
          }
        }
      }
    }
  }
`);
const ME = graphql(`
  {
    me {
      roles
      memberships {
        role
        placeCode
      }
    }
  }
`);
const SIGN_IN_FULL = graphql(`
  mutation ($input: SignInInput!) {
    signIn(input: $input) {
      token
      refreshToken
    }
  }
`);
const REFRESH = graphql(`
  mutation ($t: String!) {
    refreshSession(refreshToken: $t) {
      token
    }
  }
`);

// Access tokens from accounts are EdDSA, checked with the keys of its JWKS (decision 034).
const jwt = () => ({
  secret: inject('system').jwtSecret,
  issuer: 'smart-kampung-accounts',
  jwks: remoteJwks(new URL('/.well-known/jwks.json', inject('system').subgraphUrls.accounts).href),
});
const membershipRows = (placeCode: string) =>
  rows(`select id, user_id, role, place_code from accounts.memberships where place_code = $1 order by id`, [placeCode]);

const offlinePage = (after: string | null) => callApi(OFFLINE_VILLAGES, { after });

/** An offline village no other test is likely to pick: a random one of the offline list. */
async function anOfflineVillage(): Promise<{ code: string; name: string; type: string }> {
  const all: { code: string; name: string; type: string }[] = [];
  let after: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof offlinePage>> = await offlinePage(after);
    all.push(...page.data!.villages.edges.map((edge) => edge.node));
    after = page.data!.villages.pageInfo.hasNextPage ? page.data!.villages.pageInfo.endCursor : null;
  } while (after);
  expect(all.length).toBeGreaterThan(100);
  return all[Math.floor(Math.random() * all.length)]!;
}

afterAll(() => closeDatabase());

describe('the regency admin gives a village its people', () => {
  it('brings a village online and grants a person staff and head there; signed in again, their token carries both', async () => {
    const admin = await signIn(DEMO.admin);
    const village = await anOfflineVillage();

    const office = await callApi(
      UPDATE_OFFICE,
      {
        code: village.code,
        input: {
          officeAddress: `Jl. Balai Desa ${village.name} No. 1`,
          openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '15:00' })),
          headName: 'Kepala Uji',
          headTitle: village.type === 'KELURAHAN' ? 'Lurah' : 'Kepala Desa',
          letterCode: `429.${village.code.split('.').slice(2).join('.')}`,
        },
      },
      { token: admin },
    );
    expect(office.errors).toBeUndefined();
    const online = await callApi(SET_ONLINE, { code: village.code }, { token: admin });
    expect(online.data?.setVillageOnline).toEqual({ code: village.code, online: true });

    const person = await signUpFresh('calon-staf');
    const staff = await callApi(
      GRANT,
      { input: { email: person.email, role: 'VILLAGE_STAFF', placeCode: village.code } },
      { token: admin },
    );
    expect(staff.data?.grantMembership).toMatchObject({
      role: 'VILLAGE_STAFF',
      placeCode: village.code,
      user: { id: person.id, email: person.email },
    });
    const head = await callApi(
      GRANT,
      { input: { email: person.email, role: 'VILLAGE_HEAD', placeCode: village.code } },
      { token: admin },
    );
    expect(head.errors).toBeUndefined();

    // The token they already hold does not carry it yet; a new sign-in does.
    expect((await verifyUserToken(person.token, jwt())).memberships).toBeUndefined();
    const session = await callApi(SIGN_IN_FULL, { input: { email: person.email, password: 'rahasia-uji-123' } });
    const token = session.data!.signIn.token;
    const viewer = await verifyUserToken(token, jwt());
    expect(viewer.roles).toEqual(['BUYER', 'STAFF']);
    expect(viewer.memberships).toEqual([
      { role: 'VILLAGE_STAFF', place: village.code },
      { role: 'VILLAGE_HEAD', place: village.code },
    ]);
    const me = await callApi(ME, {}, { token });
    expect(me.data?.me).toEqual({
      roles: ['BUYER', 'STAFF'],
      memberships: [
        { role: 'VILLAGE_STAFF', placeCode: village.code },
        { role: 'VILLAGE_HEAD', placeCode: village.code },
      ],
    });

    // The village's page of memberships names them.
    const listed = await callApi(MEMBERSHIPS, { placeCode: village.code }, { token: admin });
    expect(listed.data?.memberships.edges.map((edge) => edge.node)).toEqual([
      { role: 'VILLAGE_HEAD', placeCode: village.code, user: { name: 'Pengguna Uji', email: person.email } },
      { role: 'VILLAGE_STAFF', placeCode: village.code, user: { name: 'Pengguna Uji', email: person.email } },
    ]);

    // Nobody else may grant: not the new staff member, not the staff of another village; nothing written.
    const before = await membershipRows(village.code);
    for (const refused of [token, await signIn(DEMO.staff), await signIn(DEMO.buyer)]) {
      const attempt = await callApi(
        GRANT,
        { input: { email: DEMO.buyer, role: 'VILLAGE_STAFF', placeCode: village.code } },
        { token: refused },
      );
      expect(attempt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const list = await callApi(MEMBERSHIPS, { placeCode: village.code }, { token: refused });
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await membershipRows(village.code)).toEqual(before);

    // Revoking the head role ends their sessions; signed in again, only staff remains.
    const revoked = await callApi(REVOKE, { id: head.data!.grantMembership.id }, { token: admin });
    expect(revoked.errors).toBeUndefined();
    const refresh = await callApi(REFRESH, { t: session.data!.signIn.refreshToken });
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await verifyUserToken(await signIn(person.email, 'rahasia-uji-123'), jwt());
    expect(again.memberships).toEqual([{ role: 'VILLAGE_STAFF', place: village.code }]);
  }, 60_000);
});

/** Signs in through the storefront's own form (no JavaScript) and returns its session cookie. */
async function storefrontSession(email: string, password = 'kampung123'): Promise<string> {
  const { storefrontUrl } = inject('system');
  const response = await fetch(`${storefrontUrl}/masuk`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: storefrontUrl, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, redirectTo: '/' }),
  });
  expect(response.status).toBe(302);
  return response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('__session='))!
    .split(';')[0]!;
}

describe('the regency admin screens, without JavaScript', () => {
  it('list villages, grant on a village page, revoke after confirming; others get 403', async () => {
    const { storefrontUrl } = inject('system');
    const cookie = await storefrontSession(DEMO.admin);
    const page = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${storefrontUrl}${path}`, { headers: { cookie, ...headers }, redirect: 'manual' });
    const post = (path: string, form: Record<string, string>) =>
      fetch(`${storefrontUrl}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, origin: storefrontUrl, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form),
      });

    const list = await page('/admin?kecamatan=35.10.06');
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain('data-testid="admin-villages"');
    expect(html).toContain('href="/admin/desa/35.10.06.2003"');
    expect(html).not.toContain('data-code="35.10.15.2004"'); // Kemiren is in Glagah

    const village = await anOfflineVillage();
    const person = await signUpFresh('layar-admin');
    const path = `/admin/desa/${village.code}`;
    const granted = await post(path, { intent: 'grant', email: person.email, role: 'VILLAGE_STAFF', placeCode: '' });
    expect(granted.status).toBe(302);
    expect(granted.headers.get('location')).toBe(`${path}?ok=granted`);
    const [row] = (await rows(`select id, role, place_code from accounts.memberships where user_id = $1`, [
      person.id,
    ])) as { id: string; role: string; place_code: string }[];
    expect(row).toMatchObject({ role: 'VILLAGE_STAFF', place_code: village.code });

    const unknown = await post(path, { intent: 'grant', email: 'tidak-ada@kampung.test', role: 'VILLAGE_HEAD' });
    expect(unknown.status).toBe(400);

    const shown = await (await page(path)).text();
    expect(shown).toContain(`data-email="${person.email}"`);
    const confirm = await (await page(`${path}?cabut=${row!.id}`)).text();
    expect(confirm).toContain('data-testid="revoke-confirm"');
    expect(confirm).toContain(person.email);
    expect(await rows('select id from accounts.memberships where id = $1', [row!.id])).toHaveLength(1);

    const revoked = await post(path, { intent: 'revoke', id: row!.id });
    expect(revoked.status).toBe(302);
    expect(await rows('select id from accounts.memberships where id = $1', [row!.id])).toEqual([]);

    const district = await page('/admin/kecamatan/35.10.06');
    expect(district.status).toBe(200);
    expect(await district.text()).toContain('camat.cluring@kampung.test');

    const staff = await storefrontSession(DEMO.staff);
    const refused = await fetch(`${storefrontUrl}/admin`, { headers: { cookie: staff }, redirect: 'manual' });
    expect(refused.status).toBe(403);
    const anonymous = await fetch(`${storefrontUrl}/admin`, { redirect: 'manual' });
    expect(anonymous.status).toBe(302);
  }, 60_000);
});
