/// <reference lib="dom" />
/**
 * Decision 030 in a real browser on the seeded system: Cluring's camat co-signs a Surat
 * Keterangan Ahli Waris of Sembulung from /staf/tandatangan, the citizen's page names the village
 * office and both signatories and the PDF carries the camat's signature; the regency admin keeps
 * the holidays at /admin/hari-libur with JavaScript switched off (add, then remove behind the
 * confirmation page).
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import { DEMO, DEMO_PASSWORD, callApi, signIn as apiSignIn, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';
import { pdfLines } from './support/pdf.js';
import { letterAnswers } from './support/services.js';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI) throw new Error('Chromium is required in CI (apt-get install chromium)');

const SUBMIT = graphql(`
  mutation ($answers: [AnswerInput!]!) {
    submitServiceRequest(serviceSlug: "surat-keterangan-ahli-waris", answers: $answers, villageCode: "35.10.06.2003") {
      id
      trackingCode
    }
  }
`);
const MOVE = graphql(
  'mutation ($id: ID!, $to: ServiceRequestStatus!) { transitionServiceRequest(id: $id, to: $to) { status } }',
);

describe.skipIf(!chromiumPath)('the camat co-signs and the regency keeps the holidays, in a real browser', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  const url = (path: string) => `${inject('system').storefrontUrl}${path}`;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser(chromiumPath!));
  });
  afterAll(() => close?.());

  async function page(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({ locale: 'id-ID', ...options });
    context.setDefaultTimeout(20_000);
    return context.newPage();
  }

  async function signIn(p: Page, email: string, password = DEMO_PASSWORD) {
    await p.goto(url('/masuk'));
    await p.fill('input[name="email"]', email);
    await p.fill('input[name="password"]', password);
    await p.click('main button[type="submit"]');
    await p.locator('.greeting').waitFor();
  }

  it('the camat co-signs from the queue; the citizen sees the village and both signatures on the letter', async () => {
    const citizen = await signUpFresh('waris-browser');
    const staff = await apiSignIn(DEMO.staff);
    const submitted = await callApi(SUBMIT, { answers: letterAnswers() }, { token: citizen.token });
    const { id, trackingCode } = submitted.data!.submitServiceRequest;
    for (const to of ['VERIFIED', 'IN_PROCESS', 'AWAITING_COSIGN'] as const)
      expect((await callApi(MOVE, { id, to }, { token: staff })).errors).toBeUndefined();

    const camat = await page();
    await signIn(camat, 'camat.cluring@kampung.test');
    await camat.goto(url('/staf'));
    await camat.getByRole('link', { name: 'Tanda tangan camat' }).click();
    const row = camat.locator(`[data-testid="cosign-row"][data-code="${trackingCode}"]`);
    await expect(row.textContent()).resolves.toContain('Sembulung');
    await row.getByRole('button', { name: 'Tandatangani' }).click();
    await camat.getByText(`Permohonan ${trackingCode} telah ditandatangani dan selesai.`).waitFor();
    expect(await camat.locator(`[data-testid="cosign-row"][data-code="${trackingCode}"]`).count()).toBe(0);

    const own = await page({ acceptDownloads: true });
    await signIn(own, citizen.email, 'rahasia-uji-123');
    await own.goto(url(`/akun/permohonan/${id}`));
    expect(await own.getByTestId('request-village').textContent()).toContain('Desa Sembulung, Kec. Cluring');
    expect(await own.getByTestId('letter-signatories').textContent()).toContain(
      'Kepala Desa Sembulung (Mohammad Arifin); Camat Cluring (Drs. Hendro Wibowo)',
    );
    const download = own.waitForEvent('download');
    await own.getByTestId('letter-download').click();
    const text = pdfLines(await readFile((await (await download).path())!)).join('\n');
    expect(text).toContain('Mengetahui,');
    expect(text).toContain('Camat Cluring');
    expect(text).toContain('Drs. Hendro Wibowo');
    expect(text).toContain('Mohammad Arifin');
  });

  it('the regency admin adds and removes a holiday without JavaScript', async () => {
    const date = '2097-03-06';
    const admin = await page({ javaScriptEnabled: false });
    await signIn(admin, DEMO.admin);
    await admin.goto(url('/admin/hari-libur?tahun=2097'));
    await admin.fill('input[name="date"]', date);
    await admin.fill('form[aria-labelledby="add-title"] input[name="name"]', 'Cuti bersama uji peramban');
    await admin.fill('form[aria-labelledby="add-title"] input[name="nameEn"]', 'Browser test joint leave');
    await admin.check('input[name="jointLeave"]');
    await admin.getByRole('button', { name: 'Tambah hari libur' }).click();
    await admin.getByText('Hari libur ditambahkan.').waitFor();
    const row = admin.locator(`[data-testid="holiday-row"][data-date="${date}"]`);
    expect(await row.textContent()).toContain('Cuti bersama');

    await row.getByTestId('holiday-remove').click();
    await admin.getByTestId('holiday-confirm').waitFor();
    await admin.getByRole('button', { name: 'Ya, hapus' }).click();
    await admin.getByText('Hari libur dihapus.').waitFor();
    expect(await admin.locator(`[data-testid="holiday-row"][data-date="${date}"]`).count()).toBe(0);
  });
});
