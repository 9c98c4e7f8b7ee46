import { startSubgraphForTest, type SubgraphUnderTest } from '@kampung/devtools';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { AccountsEnv } from '../env.js';
import { subgraph } from '../index.js';

const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { token refreshToken user { id } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token user { id } } }';
const REFRESH = 'mutation($r: String!) { refreshSession(refreshToken: $r) { token } }';
const REQUEST_RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const REQUEST_VERIFY = 'mutation { requestPhoneVerification }';
const VERIFY = 'mutation($code: String!) { verifyPhone(code: $code) { id phone } }';
const REQUEST_CODE = 'mutation($phone: String!) { requestSignInCode(phone: $phone) }';
const SIGN_IN_CODE =
  'mutation($input: SignInWithCodeInput!) { signInWithCode(input: $input) { token refreshToken user { id roles } } }';
const REQUEST_CHANGE = 'mutation($input: RequestContactChangeInput!) { requestContactChange(input: $input) }';
const CONFIRM_CHANGE =
  'mutation($input: ConfirmContactChangeInput!) { confirmContactChange(input: $input) { id email phone } }';

interface OutboxRow {
  id: string;
  type: string;
  recipient_user_id: string;
  data: Record<string, string>;
  urgent: boolean;
}

let accounts: SubgraphUnderTest<AccountsEnv>;

const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> => accounts.orm.em.fork().execute(query, params);
const outboxOf = (userId: string) =>
  sql<OutboxRow>('select * from accounts.notification_outbox where recipient_user_id = ? order by created_at', [
    userId,
  ]);
const lastEvent = async (userId: string) => (await outboxOf(userId)).at(-1)!;
const tokenOf = (event: OutboxRow) => new URL(event.data.resetUrl!).searchParams.get('token')!;

let counter = 0;
async function signUp(phone?: string) {
  counter += 1;
  const email = `pemulihan${counter}@example.id`;
  const password = `kata-sandi-lama-${counter}`;
  const up = await accounts.request<{ signUp: { token: string; refreshToken: string; user: { id: string } } }>(
    SIGN_UP,
    { input: { name: `Warga ${counter}`, email, password, phone } },
  );
  expect(up.errors).toBeUndefined();
  return { ...up.data!.signUp, userId: up.data!.signUp.user.id, email, password };
}

/** A user whose phone number is verified through the code sent to it. */
async function signUpWithVerifiedPhone(phone: string) {
  const user = await signUp(phone);
  expect((await accounts.request(REQUEST_VERIFY, {}, user.token)).errors).toBeUndefined();
  const event = await lastEvent(user.userId);
  const verified = await accounts.request(VERIFY, { code: event.data.code }, user.token);
  expect(verified.errors).toBeUndefined();
  return user;
}

beforeAll(async () => {
  // The relay must not hand events anywhere: the tests read the outbox rows.
  accounts = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    NOTIFICATIONS_URL: 'http://127.0.0.1:9/graphql',
    STOREFRONT_URL: 'https://pasar.example.id',
  });
}, 60_000);
afterAll(() => accounts?.close());
// Every test starts with fresh counters (all requests here come from 127.0.0.1).
beforeEach(async () => {
  await sql('delete from accounts.sign_in_throttle');
});

describe('password reset by email link', () => {
  it('mails a single-use link; the new password works, the old one and every session do not', async () => {
    const user = await signUp();
    const answer = await accounts.request<{ requestPasswordReset: boolean }>(REQUEST_RESET, {
      input: { email: user.email.toUpperCase() },
    });
    expect(answer.data?.requestPasswordReset).toBe(true);

    const event = await lastEvent(user.userId);
    expect(event).toMatchObject({ type: 'account.password_reset', urgent: true, data: { toEmail: user.email } });
    expect(event.data.resetUrl).toMatch(/^https:\/\/pasar\.example\.id\/atur-ulang-sandi\?token=[\w-]{43}$/);
    const token = tokenOf(event);

    const reset = await accounts.request(RESET, { input: { token, newPassword: 'kata-sandi-baru-1' } });
    expect(reset.errors).toBeUndefined();

    const oldPassword = await accounts.request(SIGN_IN, { input: { email: user.email, password: user.password } });
    expect(oldPassword.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const newPassword = await accounts.request<{ signIn: { user: { id: string } } }>(SIGN_IN, {
      input: { email: user.email, password: 'kata-sandi-baru-1' },
    });
    expect(newPassword.data?.signIn.user.id).toBe(user.userId);

    // The session from before the reset is over.
    expect((await accounts.request(REFRESH, { r: user.refreshToken })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const [revoked] = await sql<{ live: number }>(
      'select count(*)::int as live from accounts.sessions where user_id = ? and revoked_at is null and revoked_reason is null and created_at < (select max(created_at) from accounts.sessions where user_id = ?)',
      [user.userId, user.userId],
    );
    expect(revoked!.live).toBe(0);

    // Single use.
    const again = await accounts.request(RESET, { input: { token, newPassword: 'kata-sandi-baru-2' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'token' }] });
  });

  it('answers the same for an unknown email and writes nothing', async () => {
    const before = await sql<{ n: number }>('select count(*)::int as n from accounts.notification_outbox');
    const secretsBefore = await sql<{ n: number }>('select count(*)::int as n from accounts.one_time_secrets');
    const unknown = await accounts.request(REQUEST_RESET, { input: { email: 'tidak-ada@example.id' } });
    const user = await signUp();
    const known = await accounts.request(REQUEST_RESET, { input: { email: user.email } });
    expect(unknown).toEqual(known);
    const after = await sql<{ n: number }>('select count(*)::int as n from accounts.notification_outbox');
    const secretsAfter = await sql<{ n: number }>('select count(*)::int as n from accounts.one_time_secrets');
    // Only the known account got a secret and an event.
    expect(after[0]!.n - before[0]!.n).toBe(1);
    expect(secretsAfter[0]!.n - secretsBefore[0]!.n).toBe(1);
  });

  it('refuses an expired link', async () => {
    const user = await signUp();
    await accounts.request(REQUEST_RESET, { input: { email: user.email } });
    const token = tokenOf(await lastEvent(user.userId));
    await sql("update accounts.one_time_secrets set expires_at = now() - interval '1 second' where user_id = ?", [
      user.userId,
    ]);
    const late = await accounts.request(RESET, { input: { token, newPassword: 'kata-sandi-baru-1' } });
    expect(late.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stillOld = await accounts.request(SIGN_IN, { input: { email: user.email, password: user.password } });
    expect(stillOld.errors).toBeUndefined();
  });

  it('a newer link replaces the older one', async () => {
    const user = await signUp();
    await accounts.request(REQUEST_RESET, { input: { email: user.email } });
    const first = tokenOf(await lastEvent(user.userId));
    await accounts.request(REQUEST_RESET, { input: { email: user.email } });
    const second = tokenOf(await lastEvent(user.userId));
    expect(second).not.toBe(first);
    expect(
      (await accounts.request(RESET, { input: { token: first, newPassword: 'baru-sekali-1' } })).errors,
    ).toHaveLength(1);
    expect(
      (await accounts.request(RESET, { input: { token: second, newPassword: 'baru-sekali-1' } })).errors,
    ).toBeUndefined();
  });

  it('stores only hashes: no token or code in clear anywhere in the secrets table', async () => {
    const user = await signUpWithVerifiedPhone('+6281200000001');
    await accounts.request(REQUEST_RESET, { input: { email: user.email } });
    const token = tokenOf(await lastEvent(user.userId));
    await accounts.request(REQUEST_RESET, { input: { phone: '0812-0000-0001' } });
    const code = (await lastEvent(user.userId)).data.code!;
    expect(code).toMatch(/^[0-9]{6}$/);
    const dump = JSON.stringify(await sql('select * from accounts.one_time_secrets where user_id = ?', [user.userId]));
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(code);
    expect(dump).toMatch(/"secret_hash":"[0-9a-f]{64}"/);
  });

  it('throttles requests per email, whether or not an account has it, and writes nothing when refused', async () => {
    const user = await signUp();
    const answers = [];
    for (let i = 0; i < 7; i += 1)
      answers.push(await accounts.request(REQUEST_RESET, { input: { email: user.email } }));
    expect(answers.slice(0, 5).every((a) => a.data?.requestPasswordReset === true)).toBe(true);
    expect(answers[6]!.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect((await outboxOf(user.userId)).length).toBeLessThanOrEqual(6);
    const beforeRefusal = (await outboxOf(user.userId)).length;
    const refused = await accounts.request(REQUEST_RESET, { input: { email: user.email } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect((await outboxOf(user.userId)).length).toBe(beforeRefusal);

    const unknownAnswers = [];
    for (let i = 0; i < 7; i += 1)
      unknownAnswers.push(await accounts.request(REQUEST_RESET, { input: { email: 'tak-dikenal@example.id' } }));
    expect(unknownAnswers[6]!.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('refuses a request naming both or neither of email and phone', async () => {
    const both = await accounts.request(REQUEST_RESET, { input: { email: 'a@example.id', phone: '081234567890' } });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const neither = await accounts.request(REQUEST_RESET, { input: {} });
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('password reset by phone code', () => {
  it('sends a code to a verified phone; the code resets the password once', async () => {
    const user = await signUpWithVerifiedPhone('+6281200000002');
    await accounts.request(REQUEST_RESET, { input: { phone: '081200000002' } });
    const event = await lastEvent(user.userId);
    expect(event).toMatchObject({
      type: 'account.one_time_code',
      urgent: true,
      data: { purpose: 'PASSWORD_RESET', toPhone: '+6281200000002' },
    });
    const input = { phone: '081200000002', code: event.data.code, newPassword: 'sandi-dari-hp-1' };
    expect((await accounts.request(RESET, { input })).errors).toBeUndefined();
    expect((await accounts.request(RESET, { input })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const signIn = await accounts.request(SIGN_IN, { input: { email: user.email, password: 'sandi-dari-hp-1' } });
    expect(signIn.errors).toBeUndefined();
  });

  it('sends nothing to an unverified phone, with the same answer', async () => {
    const user = await signUp('+6281200000003');
    const before = (await outboxOf(user.userId)).length;
    const answer = await accounts.request(REQUEST_RESET, { input: { phone: '+6281200000003' } });
    expect(answer.data).toEqual({ requestPasswordReset: true });
    expect((await outboxOf(user.userId)).length).toBe(before);
  });

  it('burns a code after 5 wrong tries', async () => {
    const user = await signUpWithVerifiedPhone('+6281200000004');
    await accounts.request(REQUEST_RESET, { input: { phone: '+6281200000004' } });
    const code = (await lastEvent(user.userId)).data.code!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) {
      await sql('delete from accounts.sign_in_throttle');
      await accounts.request(RESET, { input: { phone: '+6281200000004', code: wrong, newPassword: 'tebak-tebakan' } });
    }
    await sql('delete from accounts.sign_in_throttle');
    const right = await accounts.request(RESET, {
      input: { phone: '+6281200000004', code, newPassword: 'tebak-tebakan' },
    });
    expect(right.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('phone verification and sign-in by code', () => {
  it('verifies the phone with the code sent to it and then signs in by code with memberships-bearing tokens', async () => {
    const user = await signUp('+6281200000005');
    const before = await sql<{ phone_verified_at: Date | null }>(
      'select phone_verified_at from accounts.users where id = ?',
      [user.userId],
    );
    expect(before[0]!.phone_verified_at).toBeNull();
    const ME = '{ me { phone phoneVerified } }';
    expect((await accounts.request(ME, {}, user.token)).data).toEqual({
      me: { phone: '+6281200000005', phoneVerified: false },
    });
    await accounts.request(REQUEST_VERIFY, {}, user.token);
    const event = await lastEvent(user.userId);
    expect(event.data).toMatchObject({ purpose: 'PHONE_VERIFICATION', toPhone: '+6281200000005' });
    const wrong = await accounts.request(
      VERIFY,
      { code: event.data.code === '123456' ? '654321' : '123456' },
      user.token,
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await accounts.request(VERIFY, { code: event.data.code }, user.token)).errors).toBeUndefined();
    const after = await sql<{ phone_verified_at: Date | null }>(
      'select phone_verified_at from accounts.users where id = ?',
      [user.userId],
    );
    expect(after[0]!.phone_verified_at).not.toBeNull();
    expect((await accounts.request(ME, {}, user.token)).data).toEqual({
      me: { phone: '+6281200000005', phoneVerified: true },
    });

    const asked = await accounts.request(REQUEST_CODE, { phone: '0812 0000 0005' });
    expect(asked.data).toEqual({ requestSignInCode: true });
    const signInEvent = await lastEvent(user.userId);
    expect(signInEvent.data.purpose).toBe('SIGN_IN');
    const signedIn = await accounts.request<{
      signInWithCode: { token: string; refreshToken: string; user: { id: string; roles: string[] } };
    }>(SIGN_IN_CODE, { input: { phone: '081200000005', code: signInEvent.data.code } });
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.signInWithCode.user).toEqual({ id: user.userId, roles: ['BUYER'] });
    const me = await accounts.request<{ me: { id: string } }>('{ me { id } }', {}, signedIn.data!.signInWithCode.token);
    expect(me.data?.me.id).toBe(user.userId);
    // Single use.
    const again = await accounts.request(SIGN_IN_CODE, {
      input: { phone: '081200000005', code: signInEvent.data.code },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers the same for a phone no account has verified, and sends nothing', async () => {
    const before = await sql<{ n: number }>('select count(*)::int as n from accounts.notification_outbox');
    const answer = await accounts.request(REQUEST_CODE, { phone: '+6281299999999' });
    expect(answer.data).toEqual({ requestSignInCode: true });
    const after = await sql<{ n: number }>('select count(*)::int as n from accounts.notification_outbox');
    expect(after[0]!.n).toBe(before[0]!.n);
    const refused = await accounts.request(SIGN_IN_CODE, { input: { phone: '+6281299999999', code: '123456' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('throttles code guesses per phone', async () => {
    await signUpWithVerifiedPhone('+6281200000006');
    await accounts.request(REQUEST_CODE, { phone: '+6281200000006' });
    const codes = [];
    for (let i = 0; i < 7; i += 1)
      codes.push(
        await accounts.request(SIGN_IN_CODE, { input: { phone: '+6281200000006', code: '00000' + (i % 10) } }),
      );
    expect(codes.map((c) => c.errors?.[0]?.extensions?.code)).toContain('TOO_MANY_REQUESTS');
  });

  it('a verified phone belongs to one account only', async () => {
    await signUpWithVerifiedPhone('+6281200000007');
    const other = await signUp('+6281200000007');
    await accounts.request(REQUEST_VERIFY, {}, other.token);
    const code = (await lastEvent(other.userId)).data.code;
    const taken = await accounts.request(VERIFY, { code }, other.token);
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'phone' }] });
  });
});

describe('contact change', () => {
  it('changes the email only once the link sent to the new email is opened', async () => {
    const user = await signUp();
    const asked = await accounts.request(REQUEST_CHANGE, { input: { email: 'alamat-baru@example.id' } }, user.token);
    expect(asked.errors).toBeUndefined();
    const event = await lastEvent(user.userId);
    expect(event).toMatchObject({ type: 'account.contact_change', data: { toEmail: 'alamat-baru@example.id' } });
    const me = await accounts.request<{ me: { email: string } }>('{ me { email } }', {}, user.token);
    expect(me.data?.me.email).toBe(user.email);
    const token = new URL(event.data.confirmUrl!).searchParams.get('token');
    expect(new URL(event.data.confirmUrl!).pathname).toBe('/akun/konfirmasi-kontak');
    const confirmed = await accounts.request<{ confirmContactChange: { email: string } }>(
      CONFIRM_CHANGE,
      { input: { token } },
      user.token,
    );
    expect(confirmed.data?.confirmContactChange.email).toBe('alamat-baru@example.id');
  });

  it('changes the phone only with the code sent to the new phone, which is then verified', async () => {
    const user = await signUpWithVerifiedPhone('+6281200000008');
    await accounts.request(REQUEST_CHANGE, { input: { phone: '081200000009' } }, user.token);
    const event = await lastEvent(user.userId);
    expect(event.data).toMatchObject({ purpose: 'CONTACT_CHANGE', toPhone: '+6281200000009' });
    const confirmed = await accounts.request<{ confirmContactChange: { phone: string } }>(
      CONFIRM_CHANGE,
      { input: { code: event.data.code } },
      user.token,
    );
    expect(confirmed.data?.confirmContactChange.phone).toBe('+6281200000009');
    const [row] = await sql<{ phone_verified_at: Date | null }>(
      'select phone_verified_at from accounts.users where id = ?',
      [user.userId],
    );
    expect(row!.phone_verified_at).not.toBeNull();
  });

  it('needs a signed-in user', async () => {
    const anonymous = await accounts.request(REQUEST_CHANGE, { input: { email: 'x@example.id' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
