/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import { signUpFresh } from './support/client.js';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI) throw new Error('Chromium is required in CI (apt-get install chromium)');

interface WhatsAppMessage {
  to: string;
  template: string;
  parameters: string[];
}
interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
}

/** What the WhatsApp fake accepted (the Cloud API's template messages), over its control route. */
const whatsappMessages = async (): Promise<WhatsAppMessage[]> =>
  (await (await fetch(`${inject('whatsapp').url}/messages`)).json()) as WhatsAppMessage[];
const mails = async (): Promise<CaughtMail[]> =>
  (await (await fetch(new URL('messages', inject('mail').url))).json()) as CaughtMail[];

/** Waits (a loaded machine: generously) until the fake holds `count` messages of a template to this number. */
async function whatsappTo(digits: string, template: string, count = 1): Promise<WhatsAppMessage[]> {
  const matching = async () => (await whatsappMessages()).filter((m) => m.to === digits && m.template === template);
  await expect
    .poll(async () => (await matching()).length, { timeout: 45_000, interval: 300 })
    .toBeGreaterThanOrEqual(count);
  return matching();
}

describe.skipIf(!chromiumPath)('notifications in a real browser (issue 13)', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let citizen: Page;
  let staff: Page;
  let buyer: Page;
  const consoleErrors: string[] = [];
  const url = (path: string) => `${inject('system').storefrontUrl}${path}`;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser(chromiumPath!));
    citizen = await (
      await browser.newContext({ locale: 'id-ID', acceptDownloads: true, viewport: { width: 360, height: 740 } })
    ).newPage();
    staff = await (await browser.newContext({ locale: 'id-ID' })).newPage();
    // The buyer's phone runs no JavaScript: every step is a plain link or form.
    buyer = await (
      await browser.newContext({ locale: 'id-ID', viewport: { width: 360, height: 740 }, javaScriptEnabled: false })
    ).newPage();
    for (const page of [citizen, staff, buyer])
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  });
  afterAll(async () => close?.());

  it('a citizen verifies a phone, hears by WhatsApp and the bell that documents are missing, resubmits, and opens the letter from the completion message', async () => {
    const localNumber = `0812${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const digits = `62${localNumber.slice(1)}`;
    const email = `warga-notif-${Date.now()}@kampung.test`;

    // Signs up with a phone number; WhatsApp cannot be chosen until it is verified.
    await citizen.goto(url('/daftar'));
    await citizen.fill('input[name="name"]', 'Dewi Lestari');
    await citizen.fill('input[name="email"]', email);
    await citizen.fill('input[name="password"]', 'rahasia-warga-123');
    await citizen.fill('input[name="phone"]', localNumber);
    await citizen.click('main button[type="submit"]');
    await citizen.locator('.greeting').waitFor();
    await citizen.goto(url('/akun/notifikasi/pengaturan'));
    expect(await citizen.getByTestId('phone-state').textContent()).toBe('Belum terverifikasi');
    expect(await citizen.locator('input[name="WHATSAPP:REQUESTS"]').isDisabled()).toBe(true);

    // The verification code arrives by WhatsApp (not by email) and verifies the number.
    await citizen.getByRole('button', { name: 'Kirim kode verifikasi' }).click();
    await citizen.locator('input[name="code"]').waitFor();
    const [codeMessage] = await whatsappTo(digits, 'kampung_account_one_time_code');
    const code = /\b(\d{6})\b/.exec(codeMessage!.parameters.join(' '))?.[1];
    expect(code).toMatch(/^\d{6}$/);
    expect((await mails()).filter((m) => m.to.includes(email) && m.text.includes(code!))).toHaveLength(0);
    await citizen.fill('input[name="code"]', code === '000000' ? '111111' : '000000');
    await citizen.getByRole('button', { name: 'Verifikasi nomor' }).click();
    await citizen.getByRole('alert').waitFor();
    await citizen.fill('input[name="code"]', code!);
    await citizen.getByRole('button', { name: 'Verifikasi nomor' }).click();
    // Remix moves the URL before React has rendered the new page: wait for the page itself.
    await citizen
      .getByTestId('phone-state')
      .filter({ hasText: /^Terverifikasi$/ })
      .waitFor();
    expect(await citizen.getByText('Nomor HP Anda terverifikasi. WhatsApp sekarang bisa dipilih.').count()).toBe(1);
    expect(citizen.url()).toMatch(/terverifikasi=1$/);
    const whatsappRequests = citizen.locator('input[name="WHATSAPP:REQUESTS"]');
    expect(await whatsappRequests.isDisabled()).toBe(false);
    expect(await whatsappRequests.isChecked()).toBe(true);
    // Tap targets stay at least 44 px on a 360 px phone.
    const box = await citizen.locator('label:has(input[name="WHATSAPP:REQUESTS"])').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Applies for a letter.
    await citizen.goto(url('/layanan/surat-keterangan-domisili/ajukan'));
    await citizen.fill('#answer-nik', '3510014507900001');
    await citizen.fill('#answer-kk', '3510010101900002');
    await citizen.fill('#answer-fullName', 'Dewi Lestari');
    await citizen.fill('#answer-address', 'Kemiren');
    await citizen.fill('#answer-purpose', 'Melamar kerja');
    await citizen.click('main button[type="submit"]');
    await citizen.waitForURL(/\/akun\/permohonan\/[0-9a-f-]+\?baru=1$/);
    const requestPath = new URL(citizen.url()).pathname;
    const requestId = requestPath.split('/').pop()!;
    const trackingCode = (await citizen.getByTestId('tracking-code').textContent())!.trim();

    // Staff ask for more documents.
    await staff.goto(url('/masuk'));
    await staff.fill('input[name="email"]', 'staf@kampung.test');
    await staff.fill('input[name="password"]', 'kampung123');
    await staff.click('main button[type="submit"]');
    await staff.locator('.greeting').waitFor();
    await staff.goto(url(`/staf/permohonan/${requestId}`));
    await staff.fill('#note', 'Tulis alamat lengkap dengan RT/RW');
    await staff.getByRole('button', { name: 'Minta kelengkapan', exact: true }).click();
    await staff.locator('h1 [data-testid="request-status"]', { hasText: 'Perlu dilengkapi' }).waitFor();

    // The citizen reads the WhatsApp message at the fake, as the phone would show it…
    const [needs] = await whatsappTo(digits, 'kampung_request_needs_documents');
    expect(needs!.parameters.join(' ')).toContain(trackingCode);
    expect(needs!.parameters.join(' ')).toContain('Tulis alamat lengkap dengan RT/RW');
    const fakePage = await citizen.context().newPage();
    await fakePage.goto(inject('whatsapp').url);
    expect(await fakePage.textContent('body')).toContain(`Permohonan ${trackingCode} perlu dilengkapi`);
    await fakePage.close();

    // …and the notice in the app: the bell counts it (with the "received" notice), the inbox links to the request.
    await expect
      .poll(
        async () => {
          await citizen.goto(url('/layanan'));
          return citizen
            .getByTestId('bell-count')
            .textContent({ timeout: 1_000 })
            .catch(() => null);
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe('2');
    await citizen.getByTestId('bell').click();
    await citizen.waitForURL(/\/akun\/notifikasi$/);
    const notice = citizen
      .getByTestId('notification')
      .filter({ hasText: `Permohonan ${trackingCode} perlu dilengkapi` });
    expect(await notice.getAttribute('data-unread')).toBe('true');
    await notice.getByRole('button', { name: 'Tandai sudah dibaca' }).click();
    await expect.poll(() => notice.getAttribute('data-unread'), { timeout: 15_000 }).toBeNull();
    await expect.poll(() => citizen.getByTestId('bell-count').textContent(), { timeout: 15_000 }).toBe('1');
    await notice.getByRole('link', { name: 'Buka halaman terkait' }).click();
    await citizen.waitForURL(new RegExp(`${requestPath}$`));

    // Resubmits.
    await citizen.fill('#answer-address', 'RT 01 RW 02, Dusun Krajan, Kemiren');
    await citizen.getByRole('button', { name: 'Lengkapi dan kirim ulang' }).click();
    await citizen.locator('[data-testid="request-status"]', { hasText: 'Diajukan' }).first().waitFor();

    // Staff complete it; the completion message carries the link to the letter.
    await staff.goto(url(`/staf/permohonan/${requestId}`));
    for (const [button, status] of [
      ['Verifikasi', 'Diverifikasi'],
      ['Proses', 'Diproses'],
      ['Selesaikan', 'Selesai'],
    ] as const) {
      await staff.getByRole('button', { name: button, exact: true }).click();
      await staff.locator('h1 [data-testid="request-status"]', { hasText: status }).waitFor();
    }
    const [completed] = await whatsappTo(digits, 'kampung_request_completed');
    const letterLink = completed!.parameters.find((p) => p.startsWith('http'));
    expect(letterLink).toBe(url(requestPath));
    await citizen.goto(letterLink!);
    const download = citizen.waitForEvent('download');
    await citizen.getByTestId('letter-download').click();
    expect((await readFile((await (await download).path())!)).subarray(0, 5).toString()).toBe('%PDF-');

    // One message per event and channel: nothing sent twice.
    const mine = (await whatsappMessages()).filter((m) => m.to === digits).map((m) => m.template);
    expect(mine.filter((t) => t === 'kampung_request_needs_documents')).toHaveLength(1);
    expect(mine.filter((t) => t === 'kampung_request_completed')).toHaveLength(1);

    // The email of the same news carries an unsubscribe link: confirming it turns that group's email off.
    await expect
      .poll(
        async () => (await mails()).filter((m) => m.to.includes(email) && m.subject.includes(trackingCode)).length,
        {
          timeout: 30_000,
        },
      )
      .toBeGreaterThanOrEqual(1);
    const mail = (await mails()).find((m) => m.to.includes(email) && m.subject.includes(trackingCode))!;
    const unsubscribe = /https?:\/\/\S+\/akun\/notifikasi\/berhenti\?token=[^\s>"]+/.exec(mail.text)?.[0];
    expect(unsubscribe).toBeDefined();
    await citizen.goto(unsubscribe!);
    await citizen.getByRole('button', { name: 'Ya, berhenti menerima email ini' }).click();
    await citizen.getByTestId('unsubscribed').waitFor();
    await citizen.goto(url('/akun/notifikasi/pengaturan'));
    expect(await citizen.locator('input[name="EMAIL:REQUESTS"]').isChecked()).toBe(false);
    expect(await citizen.locator('input[name="EMAIL:ORDERS"]').isChecked()).toBe(true);

    // With the phone verified, the citizen can sign in by phone and a code instead of the password.
    await citizen.getByRole('button', { name: 'Keluar' }).click();
    await citizen.getByRole('link', { name: 'Masuk', exact: true }).waitFor();
    await citizen.goto(url('/masuk'));
    await citizen.getByRole('link', { name: 'Masuk dengan nomor HP dan kode' }).click();
    await citizen.waitForURL(/\/masuk\/hp$/);
    await citizen.fill('input[name="phone"]', localNumber);
    await citizen.getByRole('button', { name: 'Kirim kode' }).click();
    await citizen.locator('input[name="code"]').waitFor();
    const codes = await whatsappTo(digits, 'kampung_account_one_time_code', 2);
    const signInCode = /\b(\d{6})\b/.exec(codes.at(-1)!.parameters.join(' '))?.[1];
    await citizen.fill('input[name="code"]', signInCode!);
    await citizen.getByRole('button', { name: 'Masuk', exact: true }).click();
    expect(await citizen.locator('.greeting').textContent()).toBe('Halo, Dewi Lestari');
  }, 180_000);

  it('a buyer resets a forgotten password with the emailed link and signs in; an unknown email gets the same answer', async () => {
    const account = await signUpFresh('lupa-peramban');
    await buyer.goto(url('/masuk'));
    await buyer.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await buyer.waitForURL(/\/lupa-sandi$/);

    const unknown = `tidak-terdaftar-${Date.now()}@kampung.test`;
    await buyer.fill('input[name="email"]', unknown);
    await buyer.getByRole('button', { name: 'Kirim tautan' }).click();
    const neutral = (await buyer.getByTestId('reset-sent').textContent())!;

    await buyer.goto(url('/lupa-sandi'));
    await buyer.fill('input[name="email"]', account.email);
    await buyer.getByRole('button', { name: 'Kirim tautan' }).click();
    expect(await buyer.getByTestId('reset-sent').textContent()).toBe(neutral);

    await expect
      .poll(async () => (await mails()).filter((m) => m.to.includes(account.email)).length, { timeout: 30_000 })
      .toBe(1);
    const mail = (await mails()).find((m) => m.to.includes(account.email))!;
    const link = /https?:\/\/\S+\/atur-ulang-sandi\?token=[\w-]+/.exec(mail.text)?.[0];
    expect(link?.startsWith(url('/atur-ulang-sandi?token='))).toBe(true);
    expect((await mails()).filter((m) => m.to.includes(unknown))).toHaveLength(0);

    await buyer.goto(link!);
    await buyer.fill('input[name="newPassword"]', 'sandi-baru-peramban-1');
    await buyer.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await buyer.waitForURL(/\/masuk\?sandi=baru$/);
    await buyer.getByTestId('password-changed').waitFor();

    // The link worked once.
    await buyer.goto(link!);
    await buyer.fill('input[name="newPassword"]', 'sandi-lain-lagi-22');
    await buyer.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    expect(await buyer.getByRole('alert').textContent()).toMatch(/tidak berlaku/);

    await buyer.goto(url('/masuk'));
    await buyer.fill('input[name="email"]', account.email);
    await buyer.fill('input[name="password"]', 'sandi-baru-peramban-1');
    await buyer.click('main button[type="submit"]');
    await buyer.locator('.greeting').waitFor();

    // A new email is confirmed on the new address first.
    const newEmail = `baru-${account.email}`;
    await buyer.goto(url('/akun'));
    await buyer.fill('input[name="email"]', newEmail);
    await buyer.getByRole('button', { name: 'Ganti email' }).click();
    await buyer.getByText('Tautan konfirmasi sudah dikirim ke email baru').waitFor();
    expect(await buyer.locator('#kontak dl').textContent()).toContain(account.email);
    await expect
      .poll(async () => (await mails()).filter((m) => m.to.includes(newEmail)).length, { timeout: 30_000 })
      .toBe(1);
    const confirm = /https?:\/\/\S+\/akun\/konfirmasi-kontak\?token=[\w-]+/.exec(
      (await mails()).find((m) => m.to.includes(newEmail))!.text,
    )?.[0];
    await buyer.goto(confirm!);
    await buyer.getByRole('button', { name: 'Pakai email baru' }).click();
    await buyer.waitForURL(/\/akun\?kontak=baru/);
    expect(await buyer.locator('#kontak dl').textContent()).toContain(newEmail);
    // The refused link and the 400s of wrong codes are on purpose; nothing else may fail.
    expect(consoleErrors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  }, 120_000);
});
