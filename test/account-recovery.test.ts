import { describe, expect, inject, it } from 'vitest';
import { callApi, signUpFresh } from './support/client.js';

interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
}

const mails = async (): Promise<CaughtMail[]> =>
  (await (await fetch(new URL('messages', inject('mail').url))).json()) as CaughtMail[];

const REQUEST_RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token user { id } } }';

describe('account recovery through the gateway (issue 13)', () => {
  it('a buyer resets a forgotten password with the link mailed by accounts → relay → notifications → SMTP, and signs in', async () => {
    const buyer = await signUpFresh('lupa');
    const asked = await callApi(REQUEST_RESET, { input: { email: buyer.email } });
    expect(asked.errors).toBeUndefined();
    expect(asked.data).toEqual({ requestPasswordReset: true });

    await expect
      .poll(async () => (await mails()).filter((m) => m.to.includes(buyer.email)).length, { timeout: 30_000 })
      .toBe(1);
    const mail = (await mails()).find((m) => m.to.includes(buyer.email))!;
    const token = /\/atur-ulang-sandi\?token=([\w-]{43})/.exec(mail.text)?.[1];
    expect(token).toBeDefined();

    const reset = await callApi(RESET, { input: { token, newPassword: 'sandi-baru-dari-email' } });
    expect(reset.errors).toBeUndefined();
    const old = await callApi(SIGN_IN, { input: { email: buyer.email, password: 'rahasia-uji-123' } });
    expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const signedIn = await callApi(SIGN_IN, { input: { email: buyer.email, password: 'sandi-baru-dari-email' } });
    expect((signedIn.data as { signIn: { user: { id: string } } } | undefined)?.signIn.user.id).toBe(buyer.id);
    // The link works once.
    const again = await callApi(RESET, { input: { token, newPassword: 'sandi-lain-lagi-1' } });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown email exactly as a known one, and mails nothing', async () => {
    const unknown = `tidak-ada-${Date.now()}@kampung.test`;
    const answer = await callApi(REQUEST_RESET, { input: { email: unknown } });
    expect(answer).toEqual({ status: 200, data: { requestPasswordReset: true } });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await mails()).filter((m) => m.to.includes(unknown))).toHaveLength(0);
  });
});
