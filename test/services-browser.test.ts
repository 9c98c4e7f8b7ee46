/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import { callApi } from './support/client.js';
import { graphql } from './support/graphql.js';
import { SKTM } from './support/services.js';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI) throw new Error('Chromium is required in CI (apt-get install chromium)');

const IKM = graphql('query($slug: String!) { service(slug: $slug) { ikm { responses index } } }');

describe.skipIf(!chromiumPath)('village services in a real browser', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let citizen: Page;
  let staff: Page;
  const consoleErrors: string[] = [];
  const url = (path: string) => `${inject('system').storefrontUrl}${path}`;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser(chromiumPath!));
    citizen = await (await browser.newContext({ locale: 'id-ID', acceptDownloads: true })).newPage();
    staff = await (await browser.newContext({ locale: 'id-ID' })).newPage();
    for (const page of [citizen, staff])
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  });
  afterAll(async () => close?.());

  it('a citizen applies for an SKTM, staff complete it, the letter verifies, and the survey moves the IKM', async () => {
    // A new citizen signs up.
    await citizen.goto(url('/daftar'));
    await citizen.fill('input[name="name"]', 'Siti Rahayu');
    await citizen.fill('input[name="email"]', `warga-${Date.now()}@kampung.test`);
    await citizen.fill('input[name="password"]', 'rahasia-warga-123');
    await citizen.click('main button[type="submit"]');
    await citizen.locator('.greeting').waitFor();

    // Applies, first with a mistake the form explains.
    await citizen.goto(url(`/layanan/${SKTM}`));
    await citizen.getByRole('link', { name: /Ajukan/ }).click();
    await citizen.waitForURL(/\/ajukan(\?|$)/);
    await citizen.fill('#answer-nik', '3510013202900001');
    await citizen.fill('#answer-kk', '3510010101900002');
    await citizen.fill('#answer-fullName', 'Siti Rahayu');
    await citizen.fill('#answer-address', 'RT 01 RW 02, Dusun Krajan, Kemiren');
    await citizen.fill('#answer-purpose', 'Keringanan biaya sekolah');
    await citizen.setInputFiles('#answer-coverLetter', {
      name: 'pengantar.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% surat pengantar RT\n'),
    });
    await citizen.click('main button[type="submit"]');
    await citizen.locator('#answer-nik-error').waitFor();
    expect(await citizen.locator('#answer-nik-error').textContent()).toMatch(/Tanggal lahir dalam NIK tidak valid/);
    await citizen.fill('#answer-nik', '3510014507900001');
    await citizen.setInputFiles('#answer-coverLetter', {
      name: 'pengantar.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% surat pengantar RT\n'),
    });
    await citizen.click('main button[type="submit"]');
    await citizen.waitForURL(/\/akun\/permohonan\/[0-9a-f-]+\?baru=1$/);
    const requestPath = new URL(citizen.url()).pathname;
    const requestId = requestPath.split('/').pop()!;
    const trackingCode = (await citizen.getByTestId('tracking-code').textContent())!.trim();
    expect(trackingCode).toMatch(/^LYN-/);

    // Staff verify, process and complete it.
    await staff.goto(url('/masuk'));
    await staff.fill('input[name="email"]', 'staf@kampung.test');
    await staff.fill('input[name="password"]', 'kampung123');
    await staff.click('main button[type="submit"]');
    await staff.locator('.greeting').waitFor();
    await staff.goto(url('/staf/permohonan'));
    await staff.getByRole('link', { name: trackingCode }).click();
    await staff.waitForURL(new RegExp(`/staf/permohonan/${requestId}$`));
    await staff.getByText('Akses data pribadi ini dicatat.').waitFor();
    expect(await staff.textContent('main')).toContain('3510014507900001');
    for (const [button, status] of [
      ['Verifikasi', 'Diverifikasi'],
      ['Proses', 'Diproses'],
      ['Selesaikan', 'Selesai'],
    ] as const) {
      await staff.getByRole('button', { name: button, exact: true }).click();
      await staff.locator('h1 [data-testid="request-status"]', { hasText: status }).waitFor();
    }

    // Public tracking shows the status, nothing personal.
    await citizen.goto(url(`/lacak?kode=${trackingCode}&nik=0001`));
    expect(await citizen.getByTestId('tracked').textContent()).toMatch(/Selesai/);
    expect(await citizen.textContent('main')).not.toContain('3510014507900001');

    // The citizen downloads the letter; its verification page says it is genuine.
    await citizen.goto(url(requestPath));
    const download = citizen.waitForEvent('download');
    await citizen.getByTestId('letter-download').click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    expect((await readFile(file!)).subarray(0, 5).toString()).toBe('%PDF-');
    const verifyHref = (await citizen.getByTestId('letter-verify').getAttribute('href'))!;
    await citizen.goto(url(verifyHref));
    expect(await citizen.getByTestId('letter-genuine').textContent()).toMatch(
      /ASLI.*470\/\d{4}\/429\.501\.01\/\d{4}.*S\. R\./s,
    );

    // The survey answers move the service's IKM.
    const before = (await callApi(IKM, { slug: SKTM })).data!.service!.ikm;
    await citizen.goto(url(requestPath));
    for (let i = 1; i <= 9; i++) await citizen.check(`input[name="e${i}"][value="${i % 2 ? 4 : 3}"]`);
    await citizen.fill('#survey-comment', 'Pelayanan cepat dan ramah');
    await citizen.getByRole('button', { name: 'Kirim survei' }).click();
    await citizen.getByText('Terima kasih, survei Anda sudah tercatat.').waitFor();
    const after = (await callApi(IKM, { slug: SKTM })).data!.service!.ikm;
    expect(after.responses).toBe(before.responses + 1);
    expect(after.index).not.toBeNull();

    // The staff dashboard shows the service.
    await staff.goto(url('/staf'));
    expect(await staff.getByTestId('dashboard').textContent()).toMatch(/Surat Keterangan Tidak Mampu/);
    // The first, mistaken submission answers 400 on purpose; nothing else may fail.
    expect(consoleErrors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  });

  it('staff add a service in the catalogue editor and publish it, and it opens for applications', async () => {
    const slug = `layanan-uji-${Date.now()}`;
    await staff.goto(url('/staf/layanan/baru'));
    await staff.fill('#svc-slug', slug);
    await staff.fill('#svc-name', 'Surat Keterangan Uji Peramban');
    await staff.fill('#svc-summary', 'Layanan untuk uji peramban');
    await staff.fill('#svc-description', 'Uraian layanan uji.');
    await staff.fill('#svc-requirements', 'KTP-el\nKK');
    await staff.fill('#svc-office', 'Kantor Desa Kemiren');
    await staff.click('main button[type="submit"]');
    await staff.waitForURL(/\/staf\/layanan$/);
    const row = staff.locator('tr', { hasText: 'Surat Keterangan Uji Peramban' });
    await row.getByRole('button', { name: 'Terbitkan' }).click();
    await staff
      .locator('tr', { hasText: 'Surat Keterangan Uji Peramban' })
      .getByRole('button', { name: 'Tarik' })
      .waitFor();
    await citizen.goto(url(`/layanan/${slug}`));
    expect(await citizen.textContent('main')).toMatch(/KTP-el/);
    await citizen.getByRole('link', { name: /Ajukan/ }).click();
    await citizen.locator('#answer-nik').waitFor();
  });

  it('staff send a request back as incomplete, and the citizen completes and resubmits it', async () => {
    await citizen.goto(url('/layanan/surat-keterangan-domisili/ajukan'));
    await citizen.fill('#answer-nik', '3510014507900001');
    await citizen.fill('#answer-kk', '3510010101900002');
    await citizen.fill('#answer-fullName', 'Siti Rahayu');
    await citizen.fill('#answer-address', 'Kemiren');
    await citizen.fill('#answer-purpose', 'Melamar kerja');
    await citizen.click('main button[type="submit"]');
    await citizen.waitForURL(/\/akun\/permohonan\/[0-9a-f-]+\?baru=1$/);
    const requestPath = new URL(citizen.url()).pathname;
    await staff.goto(url(`/staf/permohonan/${requestPath.split('/').pop()}`));
    await staff.getByRole('button', { name: 'Minta kelengkapan', exact: true }).click();
    await staff.getByRole('alert').waitFor();
    expect(await staff.getByRole('alert').textContent()).toMatch(/Tuliskan apa yang perlu dilengkapi/);
    await staff.fill('#note', 'Tulis alamat lengkap dengan RT/RW');
    await staff.getByRole('button', { name: 'Minta kelengkapan', exact: true }).click();
    await staff.locator('h1 [data-testid="request-status"]', { hasText: 'Perlu dilengkapi' }).waitFor();
    await citizen.goto(url(requestPath));
    expect(await citizen.getByTestId('timeline').textContent()).toContain('Tulis alamat lengkap dengan RT/RW');
    await citizen.fill('#answer-address', 'RT 01 RW 02, Dusun Krajan, Kemiren');
    await citizen.getByRole('button', { name: 'Lengkapi dan kirim ulang' }).click();
    await citizen.locator('[data-testid="request-status"]', { hasText: 'Diajukan' }).first().waitFor();
  });
});
