import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { callApi } from '../client.js';
import { graphql } from '../graphql.js';
import { database, signUpPerson, uniqueSuffix } from './cast.js';
import { ANY_PERSON, EVERYONE, one, type CellContext, type MutationRow, type Target } from './mutation-row.js';

/**
 * Account recovery and sign-in by phone code (decision 027). The requests give the same answer
 * whether or not an account matches, and a link or code works for whoever holds it: everyone
 * is OK, and the cells' target is a fresh account whose one-time secrets `written` reads. Phone
 * verification and contact change are the signed-in person's own.
 */

const NIL = '00000000-0000-0000-0000-000000000000';
const NEW_PASSWORD = 'sandi-baru-matriks-456';

/** As accounts stores them (subgraphs/accounts/src/recovery/one-time-secret.ts). */
const hashLinkToken = (token: string) => createHash('sha256').update(`link:${token}`).digest('hex');
const hashCode = (userId: string, code: string) => createHash('sha256').update(`code:${userId}:${code}`).digest('hex');
const newCode = () => String(100_000 + Math.floor(Math.random() * 900_000));
const newPhone = () => `+62812${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

async function storeSecret(userId: string, purpose: string, hash: string, target: string | null = null) {
  await (
    await database()
  ).query(
    `insert into accounts.one_time_secrets (id, user_id, purpose, secret_hash, target, expires_at)
     values ($1, $2, $3, $4, $5, now() + interval '15 minutes')`,
    [randomUUID(), userId, purpose, hash, target],
  );
}

/** A fresh account whose phone number is verified; its id and number as stored. */
async function verifiedPhonePerson(prefix: string) {
  const person = await signUpPerson(prefix);
  const phone = newPhone();
  await (
    await database()
  ).query('update accounts.users set phone = $2, phone_verified_at = now() where id = $1', [person.id, phone]);
  return { userId: person.id, phone };
}

/** The one-time secrets of a user: a new one, a used one, a counted wrong try all show. */
const secretsOf = (userId: string | undefined) =>
  one(
    'select id, purpose, target, failed_attempts, used_at from accounts.one_time_secrets where user_id = $1 order by created_at, id',
    userId ?? NIL,
  );
const userRow = (userId: string | undefined) =>
  one('select email, phone, phone_verified_at, password_hash from accounts.users where id = $1', userId ?? NIL);
const sessionsOf = (userId: string) =>
  one('select id, revoked_at from accounts.sessions where user_id = $1 order by created_at, id', userId);

/** Staff and admin of the matrix are minted tokens without an account: they get accounts of their own here. */
const accountsForOffice = async () => {
  const [staff, admin] = await Promise.all([signUpPerson('pemulihan-matriks'), signUpPerson('pemulihan-matriks')]);
  return { staff: { token: staff.token, userId: staff.id }, admin: { token: admin.token, userId: admin.id } };
};

/** The signed-in person's profile has a phone number, not verified yet (sellers of the cast may have none). */
async function unverifiedPhone({ userId }: CellContext): Promise<string | undefined> {
  if (!userId) return undefined;
  const db = await database();
  await db.query('update accounts.users set phone = coalesce(phone, $2), phone_verified_at = null where id = $1', [
    userId,
    newPhone(),
  ]);
  return (await db.query('select phone from accounts.users where id = $1', [userId])).rows[0]?.phone;
}

const REQUEST_RESET = graphql('mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }');
const RESET = graphql('mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }');
const REQUEST_CODE = graphql('mutation($phone: String!) { requestSignInCode(phone: $phone) }');
const SIGN_IN_WITH_CODE = graphql(
  'mutation($input: SignInWithCodeInput!) { signInWithCode(input: $input) { token user { id } } }',
);
const REQUEST_VERIFICATION = graphql('mutation { requestPhoneVerification }');
const VERIFY = graphql('mutation($code: String!) { verifyPhone(code: $code) { id } }');
const REQUEST_CHANGE = graphql('mutation($input: RequestContactChangeInput!) { requestContactChange(input: $input) }');
const CONFIRM_CHANGE = graphql(
  'mutation($input: ConfirmContactChangeInput!) { confirmContactChange(input: $input) { id } }',
);

export const RECOVERY_MUTATIONS: MutationRow[] = [
  {
    field: 'requestPasswordReset',
    label: "requestPasswordReset: an account's email (neutral answer)",
    expected: EVERYONE,
    prepare: async () => {
      const person = await signUpPerson('lupa-sandi-matriks');
      return { userId: person.id, email: person.email };
    },
    run: (t, { token }) => callApi(REQUEST_RESET, { input: { email: t.email } }, { token }),
    written: (t) => secretsOf(t.userId),
  },
  {
    field: 'resetPassword',
    label: "resetPassword: whoever holds an account's reset link",
    expected: EVERYONE,
    prepare: async () => {
      const person = await signUpPerson('atur-sandi-matriks');
      const token = randomBytes(32).toString('base64url');
      await storeSecret(person.id, 'PASSWORD_RESET', hashLinkToken(token));
      return { userId: person.id, token };
    },
    run: (t, { token }) => callApi(RESET, { input: { token: t.token, newPassword: NEW_PASSWORD } }, { token }),
    written: async (t: Target) => [await secretsOf(t.userId), await userRow(t.userId), await sessionsOf(t.userId)],
  },
  {
    field: 'requestSignInCode',
    label: "requestSignInCode: an account's verified phone (neutral answer)",
    expected: EVERYONE,
    prepare: () => verifiedPhonePerson('kode-masuk-matriks'),
    run: (t, { token }) => callApi(REQUEST_CODE, { phone: t.phone }, { token }),
    written: (t) => secretsOf(t.userId),
  },
  {
    field: 'signInWithCode',
    label: "signInWithCode: whoever holds an account's phone and code",
    expected: EVERYONE,
    prepare: async () => {
      const person = await verifiedPhonePerson('masuk-kode-matriks');
      const code = newCode();
      await storeSecret(person.userId, 'SIGN_IN', hashCode(person.userId, code));
      return { ...person, code };
    },
    run: (t, { token }) => callApi(SIGN_IN_WITH_CODE, { input: { phone: t.phone, code: t.code } }, { token }),
    written: async (t: Target) => [await secretsOf(t.userId), await sessionsOf(t.userId)],
  },
  {
    field: 'requestPhoneVerification',
    label: "requestPhoneVerification: one's own phone",
    expected: ANY_PERSON,
    actors: accountsForOffice,
    prepare: async (cell: CellContext) => ({ phone: await unverifiedPhone(cell) }),
    run: (_t, { token }) => callApi(REQUEST_VERIFICATION, {}, { token }),
    written: (_t, { userId }) => secretsOf(userId),
  },
  {
    field: 'verifyPhone',
    label: "verifyPhone: one's own phone, with its code",
    expected: ANY_PERSON,
    actors: accountsForOffice,
    prepare: async (cell: CellContext) => {
      const phone = await unverifiedPhone(cell);
      const code = newCode();
      if (cell.userId) await storeSecret(cell.userId, 'PHONE_VERIFICATION', hashCode(cell.userId, code), phone);
      return { code };
    },
    run: (t, { token }) => callApi(VERIFY, { code: t.code }, { token }),
    written: async (_t, { userId }) => [await secretsOf(userId), await userRow(userId)],
  },
  {
    field: 'requestContactChange',
    label: "requestContactChange: one's own email",
    expected: ANY_PERSON,
    actors: accountsForOffice,
    prepare: async () => ({ email: `ganti-matriks-${uniqueSuffix()}@kampung.test` }),
    run: (t, { token }) => callApi(REQUEST_CHANGE, { input: { email: t.email } }, { token }),
    written: (_t, { userId }) => secretsOf(userId),
  },
  {
    field: 'confirmContactChange',
    // A new phone rather than a new email: the cast's emails are what other rows sign in with and look for.
    label: "confirmContactChange: one's own new phone, with its code",
    expected: ANY_PERSON,
    actors: accountsForOffice,
    prepare: async ({ userId }: CellContext) => {
      const code = newCode();
      if (userId) await storeSecret(userId, 'CONTACT_CHANGE', hashCode(userId, code), newPhone());
      return { code };
    },
    run: (t, { token }) => callApi(CONFIRM_CHANGE, { input: { code: t.code } }, { token }),
    written: async (_t, { userId }) => [await secretsOf(userId), await userRow(userId)],
  },
];
