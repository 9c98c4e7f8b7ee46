import { callApi } from '../client.js';
import { graphql } from '../graphql.js';
import { signUpPerson, type Expected } from './cast.js';
import { ANY_PERSON, one, type CellContext, type MutationRow, type Target } from './mutation-row.js';
import { ADMIN_ONLY } from './mutations-places.js';

/** Memberships (decision 020): only the regency admin grants, revokes and lists; anyone signed in edits their profile. */

const SEMBULUNG = '35.10.06.2003';

const GRANT = graphql(
  'mutation($input: GrantMembershipInput!) { grantMembership(input: $input) { id role placeCode } }',
);
const REVOKE = graphql('mutation($id: ID!) { revokeMembership(id: $id) { id } }');
const UPDATE_PROFILE = graphql(
  'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id villageCode } }',
);

const membershipsOf = (t: Target) =>
  one('select id, role, place_code from accounts.memberships where user_id = $1 order by id', t.userId);

export const MEMBERSHIP_MUTATIONS: MutationRow[] = [
  {
    field: 'grantMembership',
    expected: ADMIN_ONLY,
    prepare: async () => {
      const person = await signUpPerson('calon-staf-matriks');
      return { userId: person.id, email: person.email };
    },
    run: (t, { token }) =>
      callApi(GRANT, { input: { email: t.email, role: 'VILLAGE_STAFF', placeCode: SEMBULUNG } }, { token }),
    written: membershipsOf,
  },
  {
    field: 'revokeMembership',
    expected: ADMIN_ONLY,
    prepare: async ({ cast }: CellContext) => {
      const person = await signUpPerson('staf-matriks');
      const granted = await callApi(
        GRANT,
        { input: { email: person.email, role: 'VILLAGE_STAFF', placeCode: SEMBULUNG } },
        { token: cast.admin.token },
      );
      if (!granted.data?.grantMembership) throw new Error(`could not grant: ${JSON.stringify(granted.errors)}`);
      return { userId: person.id, id: granted.data.grantMembership.id };
    },
    run: (t, { token }) => callApi(REVOKE, { id: t.id }, { token }),
    written: membershipsOf,
  },
  {
    field: 'updateProfile',
    expected: ANY_PERSON,
    // Staff and admin of the matrix are minted tokens without an account: they get accounts of their own here.
    actors: async () => {
      const [staff, admin] = await Promise.all([signUpPerson('profil-matriks'), signUpPerson('profil-matriks')]);
      return { staff: { token: staff.token, userId: staff.id }, admin: { token: admin.token, userId: admin.id } };
    },
    prepare: async () => ({ name: `Warga ${Math.random().toString(36).slice(2, 8)}` }),
    run: (t, { token }) => callApi(UPDATE_PROFILE, { input: { name: t.name, villageCode: SEMBULUNG } }, { token }),
    written: (_t, { userId }) =>
      one(
        'select name, village_code from accounts.users where id = $1',
        userId ?? '00000000-0000-0000-0000-000000000000',
      ),
  },
];

/** The admin's list of memberships: the seeded Sembulung staff member's email is the private value. */
export const MEMBERSHIP_QUERY_ROW = {
  field: 'memberships',
  label: "memberships(placeCode): Sembulung's staff and their emails",
  expected: {
    anonymous: 'UNAUTHENTICATED',
    buyer: 'FORBIDDEN',
    sellerA: 'FORBIDDEN',
    sellerB: 'FORBIDDEN',
    staff: 'FORBIDDEN',
    admin: 'VISIBLE',
  } satisfies Expected,
  query: graphql(
    'query($p: String) { memberships(placeCode: $p, first: 100) { edges { node { role user { email } } } } }',
  ),
  variables: () => ({ p: SEMBULUNG }),
  secrets: () => ['staf@kampung.test'],
};
