/// <reference lib="dom" />
/**
 * Issue 11's done-when, in a real browser on the seeded system: the regency admin brings an
 * offline village of Cluring online and gives a new person staff and head roles there; that
 * person adopts and adjusts a service template; a citizen applies to that village's office;
 * staff complete it and the letter carries the village's letterhead, head and number from its
 * own sequence; the Cluring district officer sees the request counted in /pemantauan; the staff
 * of another village (Benculuk, same district) see it nowhere.
 */
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findChromium, launchBrowser } from './support/browser.js';
import { DEMO, DEMO_PASSWORD } from './support/client.js';
import { pdfLines } from './support/pdf.js';
import { NIK, SKTM } from './support/services.js';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI) throw new Error('Chromium is required in CI (apt-get install chromium)');

const CLURING = '35.10.06';
const PASSWORD = 'rahasia-uji-123';

describe.skipIf(!chromiumPath)('a regency village brought online, end to end in a real browser', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let db: pg.Client;
  const consoleErrors: string[] = [];
  const url = (path: string) => `${inject('system').storefrontUrl}${path}`;

  beforeAll(async () => {
    ({ browser, close } = await launchBrowser(chromiumPath!));
    db = new pg.Client({ connectionString: inject('system').databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await close?.();
    await db?.end();
  });

  async function page(options: { downloads?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ locale: 'id-ID', acceptDownloads: options.downloads ?? false });
    context.setDefaultTimeout(20_000);
    const p = await context.newPage();
    p.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    return p;
  }

  async function signIn(p: Page, email: string, password = DEMO_PASSWORD) {
    await p.goto(url('/masuk'));
    await p.fill('input[name="email"]', email);
    await p.fill('input[name="password"]', password);
    await p.click('main button[type="submit"]');
    await p.locator('.greeting').waitFor();
  }

  async function signUp(p: Page, name: string, prefix: string): Promise<string> {
    const email = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@kampung.test`;
    await p.goto(url('/daftar'));
    await p.fill('input[name="name"]', name);
    await p.fill('input[name="email"]', email);
    await p.fill('input[name="password"]', PASSWORD);
    await p.click('main button[type="submit"]');
    await p.locator('.greeting').waitFor();
    return email;
  }

  const navLinks = async (p: Page) =>
    (await p.locator('nav.main-nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).filter(
      (href): href is string => href !== null,
    );

  it('the admin onboards a village, its staff adopt a service, a citizen is served, the camat sees it, others do not', async () => {
    // An offline village of Cluring (Sembulung's district), not one another test already took.
    const { rows } = await db.query<{ code: string; name: string; type: string }>(
      `select code, name, type from places.villages where not online and code like $1 order by code desc limit 1`,
      [`${CLURING}.%`],
    );
    expect(rows, 'Cluring has an offline village to bring online').toHaveLength(1);
    const village = rows[0]!;
    const kind = village.type === 'KELURAHAN' ? 'KELURAHAN' : 'DESA';
    const letterCode = `429.506.${village.code.slice(-2)}`;
    const headName = 'Hj. Ratna Uji Wulandari';
    const office = `Balai ${kind === 'DESA' ? 'Desa' : 'Kelurahan'} ${village.name}`;

    // The regency admin sees the admin, oversight and staff areas in the header.
    const admin = await page();
    await signIn(admin, DEMO.admin);
    expect(await navLinks(admin)).toEqual(expect.arrayContaining(['/admin', '/pemantauan', '/staf']));

    // Fills in the office and brings the village online.
    await admin.goto(url(`/admin/desa/${village.code}`));
    expect(await admin.textContent('#online-title')).not.toBe('Daring');
    await admin.fill('input[name="officeAddress"]', `Jl. Balai ${village.name} No. 1`);
    await admin.fill('input[name="headName"]', headName);
    await admin.fill('input[name="letterCode"]', letterCode);
    await admin.fill('input[name="phone"]', '0333 396999');
    await admin.getByRole('button', { name: 'Simpan kantor' }).click();
    await admin.getByRole('status').filter({ hasText: 'Kantor desa disimpan.' }).waitFor();
    await admin.getByRole('button', { name: 'Jadikan daring' }).click();
    await admin.getByRole('status').filter({ hasText: 'Status daring diperbarui.' }).waitFor();
    expect(await admin.textContent('#online-title')).toBe('Daring');

    // A person with an account of their own becomes its staff and its head.
    const officer = await page();
    const officerEmail = await signUp(officer, 'Ratna Uji Wulandari', 'calon-kades');
    expect(await navLinks(officer)).not.toContain('/staf');
    for (const role of ['VILLAGE_STAFF', 'VILLAGE_HEAD']) {
      await admin.fill('input[name="email"]', officerEmail);
      await admin.selectOption('#grant-role', role);
      await admin.getByRole('button', { name: 'Beri peran' }).click();
      await admin.getByRole('status').filter({ hasText: 'Peran diberikan.' }).waitFor();
      await admin
        .locator(`[data-testid="memberships"] tr[data-role="${role}"][data-email="${officerEmail}"]`)
        .waitFor();
    }

    // Signed in again, the session carries both: the staff console and oversight, not the admin area.
    const staff = await page();
    await signIn(staff, officerEmail, PASSWORD);
    const staffNav = await navLinks(staff);
    expect(staffNav).toEqual(expect.arrayContaining(['/staf', '/pemantauan']));
    expect(staffNav).not.toContain('/admin');

    // The staff adopt the SKTM template and give it their own promised time and office.
    await staff.goto(url('/staf/layanan'));
    await staff
      .locator('[data-testid="templates"] tr', { hasText: 'Surat Keterangan Tidak Mampu' })
      .getByRole('button', { name: 'Tawarkan' })
      .click();
    const offered = staff.locator('[data-testid="village-service"]', { hasText: 'Surat Keterangan Tidak Mampu' });
    await offered.waitFor();
    await offered.locator('summary', { hasText: 'Sesuaikan' }).click();
    await offered.locator('input[name="slaHours"]').fill('16');
    await offered.locator('input[name="office"]').fill(office);
    await offered.getByRole('button', { name: 'Simpan', exact: true }).click();
    await staff
      .locator('[data-testid="village-service"]', { hasText: 'Surat Keterangan Tidak Mampu' })
      .filter({ hasText: office })
      .waitFor();
    const adoption = await db.query(
      `select v.sla_hours, v.office from services.village_services v join services.services s on s.id = v.service_id
       where s.slug = $1 and v.village_code = $2 and v.active`,
      [SKTM, village.code],
    );
    expect(adoption.rows).toEqual([{ sla_hours: 16, office }]);

    // A citizen applies to that village's office; the service page shows the village's terms.
    const citizen = await page({ downloads: true });
    await signUp(citizen, 'Siti Rahayu', 'warga-desa');
    await citizen.goto(url(`/layanan/${SKTM}?desa=${village.code}`));
    expect(await citizen.textContent('main')).toContain(office);
    await citizen.getByRole('link', { name: /Ajukan/ }).click();
    await citizen.waitForURL(/\/ajukan\?desa=/);
    await citizen.fill('#answer-nik', NIK);
    await citizen.fill('#answer-kk', '3510010101900002');
    await citizen.fill('#answer-fullName', 'Siti Rahayu');
    await citizen.fill('#answer-address', `RT 01 RW 02, Dusun Krajan, ${village.name}`);
    await citizen.fill('#answer-purpose', 'Keringanan biaya sekolah');
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
    const stored = await db.query(`select village_code, sla_hours from services.service_requests where id = $1`, [
      requestId,
    ]);
    expect(stored.rows).toEqual([{ village_code: village.code, sla_hours: 16 }]);

    // The village's staff find it in their queue and complete it.
    await staff.goto(url('/staf/permohonan'));
    await staff.getByRole('link', { name: trackingCode }).click();
    await staff.waitForURL(new RegExp(`/staf/permohonan/${requestId}$`));
    for (const [button, status] of [
      ['Verifikasi', 'Diverifikasi'],
      ['Proses', 'Diproses'],
      ['Selesaikan', 'Selesai'],
    ] as const) {
      await staff.getByRole('button', { name: button, exact: true }).click();
      await staff.locator('h1 [data-testid="request-status"]', { hasText: status }).waitFor();
    }

    // The letter: the village's letterhead, its head as signatory, the first number of its own sequence.
    const year = new Date().getFullYear();
    const number = `470/0001/${letterCode}/${year}`;
    await citizen.goto(url(requestPath));
    const download = citizen.waitForEvent('download');
    await citizen.getByTestId('letter-download').click();
    const pdf = await readFile((await (await download).path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfLines(pdf).join('\n');
    expect(text).toContain(`${kind} ${village.name.toUpperCase()}`);
    expect(text).toContain('KECAMATAN CLURING');
    expect(text).toContain(number);
    expect(text).toContain(headName);
    const verifyHref = (await citizen.getByTestId('letter-verify').getAttribute('href'))!;
    await citizen.goto(url(verifyHref));
    expect(await citizen.getByTestId('letter-village').textContent()).toBe(`${village.name}, Cluring`);
    expect(await citizen.getByTestId('letter-genuine').textContent()).toContain(number);

    // The Cluring district officer sees the request counted for the village in /pemantauan.
    const camat = await page();
    await signIn(camat, 'camat.cluring@kampung.test');
    expect(await navLinks(camat)).toContain('/pemantauan');
    expect(await navLinks(camat)).not.toContain('/admin');
    await camat.goto(url('/pemantauan'));
    const row = camat.locator(`[data-testid="league"] tr[data-code="${village.code}"]`);
    expect(await row.locator('th').textContent()).toContain(village.name);
    expect((await row.locator('td').first().textContent())?.trim()).toBe('1');

    // Benculuk's staff (same district, another village) see it nowhere: not in their queue, not by its address.
    const other = await page();
    await signIn(other, 'staf.benculuk@kampung.test');
    await other.goto(url('/staf/permohonan'));
    expect(await other.textContent('main')).not.toContain(trackingCode);
    await other.goto(url(`/staf/permohonan?desa=${village.code}`));
    expect(await other.textContent('main')).not.toContain(trackingCode);
    const direct = await other.goto(url(`/staf/permohonan/${requestId}`));
    expect(direct?.status()).toBe(404);
    const body = (await other.textContent('main')) ?? '';
    expect(body).not.toContain(trackingCode);
    expect(body).not.toContain(NIK);
    const league = await other.goto(url(`/pemantauan/${village.code}`));
    expect(league?.status()).not.toBe(200);

    // A 404 and a 403 asked for on purpose; nothing else may fail in any page.
    expect(consoleErrors.filter((e) => !/status of 40[34]/.test(e))).toEqual([]);
  }, 240_000);
});
