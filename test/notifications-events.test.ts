import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callApi, DEMO, signIn, signUpFresh } from './support/client.js';
import { buyOne, connectDb, freshShop, freshVariant, notify, setFakeStatus, type Shop } from './support/checkout.js';
import { notificationBody } from './support/fake-midtrans.js';
import { apply, move } from './support/services.js';

/**
 * Every event group of issue 13 through the gateway with notifications running (decisions 028,
 * 031): the state change in orders or services, the producer's outbox (and fan-out for shop and
 * staff events), the relay, notifications, the SMTP server. Each person's inbox holds exactly
 * their events, one each, with the link to the page concerned; each gives exactly one email.
 */

interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
}
interface WhatsAppMessage {
  to: string;
  template: string;
  parameters: string[];
}
/** Someone to tell: their token and email, and their WhatsApp number (digits) once verified. */
interface Person {
  token: string;
  email: string;
  phone?: string;
}
interface Notice {
  type: string;
  title: string;
  link: string | null;
}

const mails = async (): Promise<CaughtMail[]> =>
  (await (await fetch(new URL('messages', inject('mail').url))).json()) as CaughtMail[];

const whatsappMessages = async (): Promise<WhatsAppMessage[]> =>
  (await (await fetch(`${inject('whatsapp').url}/messages`)).json()) as WhatsAppMessage[];

/** The WhatsApp template of an event type (decision 026): `kampung_<type>` with `_` for `.`. */
const templateOf = (type: string) => `kampung_${type.replace('.', '_')}`;

/**
 * Gives the person a verified phone the real way: the number in the profile, the code by WhatsApp
 * at the fake, the code typed back. Their later events go to WhatsApp too.
 */
async function withVerifiedPhone<P extends Person>(person: P): Promise<P & { phone: string }> {
  const local = `0812${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const digits = `62${local.slice(1)}`;
  const profile = await callApi(
    'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
    { input: { phone: local } },
    { token: person.token },
  );
  expect(profile.errors).toBeUndefined();
  expect((await callApi('mutation { requestPhoneVerification }', {}, { token: person.token })).errors).toBeUndefined();
  const codeMessage = async () =>
    (await whatsappMessages()).find((m) => m.to === digits && m.template === 'kampung_account_one_time_code');
  // A plain loop: this also runs in beforeAll, where expect.poll is not allowed.
  let message: WhatsAppMessage | undefined;
  for (const until = Date.now() + 30_000; !message && Date.now() < until;)
    if (!(message = await codeMessage())) await new Promise((resolve) => setTimeout(resolve, 300));
  const code = /\b(\d{6})\b/.exec(message?.parameters.join(' ') ?? '')?.[1];
  expect(code, 'the verification code at the WhatsApp fake').toMatch(/^\d{6}$/);
  const verified = await callApi(
    'mutation($code: String!) { verifyPhone(code: $code) { id } }',
    { code },
    {
      token: person.token,
    },
  );
  expect(verified.errors).toBeUndefined();
  return { ...person, phone: digits };
}

const INBOX = '{ myNotifications(first: 100) { edges { node { type title link } } } }';

async function inbox(token: string): Promise<Notice[]> {
  const result = await callApi(INBOX, {}, { token });
  expect(result.errors).toBeUndefined();
  return (result.data?.myNotifications.edges ?? []).map((edge: { node: Notice }) => edge.node);
}

const storefront = () => inject('system').storefrontUrl;

/**
 * Waits for exactly one notice of `type` about `subject` (a code in its title) in the person's
 * inbox, with `link`, and exactly one email of that title to their address carrying the full link.
 */
async function expectOneEach(person: Person, type: string, subject: string, link: string): Promise<Notice> {
  const about = async () => (await inbox(person.token)).filter((n) => n.type === type && n.title.includes(subject));
  await expect.poll(async () => (await about()).length, { timeout: 30_000 }).toBe(1);
  const notice = (await about())[0]!;
  expect(notice.link).toBe(link);
  const mine = async () => (await mails()).filter((m) => m.to.includes(person.email) && m.subject === notice.title);
  await expect.poll(async () => (await mine()).length, { timeout: 30_000 }).toBe(1);
  expect((await mine())[0]!.text).toContain(`${storefront()}${link}`);
  if (person.phone) {
    const sent = async () => whatsappTo(person.phone!, type, notice.title);
    await expect.poll(async () => (await sent()).length, { timeout: 30_000 }).toBe(1);
    expect((await sent())[0]!.parameters.join(' ')).toContain(link);
  }
  return notice;
}

/** WhatsApp messages of an event type to a number, about the notice with this title. */
const whatsappTo = async (phone: string, type: string, title: string) =>
  (await whatsappMessages()).filter(
    (m) => m.to === phone && m.template === templateOf(type) && m.parameters.includes(title),
  );

/** After things settled: still one notice, one email and one WhatsApp per type (no duplicates from retries or re-checks). */
async function expectStillOne(person: Person, subject: string, types: string[]) {
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const notices = await inbox(person.token);
  const all = await mails();
  for (const type of types) {
    const ofType = notices.filter((n) => n.type === type && n.title.includes(subject));
    expect(ofType, type).toHaveLength(1);
    expect(
      all.filter((m) => m.to.includes(person.email) && m.subject === ofType[0]!.title),
      type,
    ).toHaveLength(1);
    if (person.phone) expect(await whatsappTo(person.phone, type, ofType[0]!.title), type).toHaveLength(1);
  }
}

const typesOf = async (token: string) => new Set((await inbox(token)).map((n) => n.type));

let db: pg.Client;
beforeAll(async () => {
  db = await connectDb();
});
afterAll(() => db?.end());

describe('buyer and seller events', () => {
  let shop: Shop;
  let seller: Person;
  beforeAll(async () => {
    shop = await freshShop('Toko Kabar');
    seller = await withVerifiedPhone({ token: shop.token, email: shop.email });
  });

  it('an order tells the buyer each step and the shop owner of the order, low stock, the payment, the receipt and the review', async () => {
    // 6 in stock, threshold 5 (the default): this sale takes it to the threshold.
    const variant = await freshVariant(db, shop, 40_000, 6);
    const { buyer, result } = await buyOne(variant.variantId, shop.shopId, 'MIDTRANS');
    expect(result.errors).toBeUndefined();
    const order = result.data!.checkout.order;
    const partId = (
      await db.query<{ id: string }>('select id from orders.seller_orders where order_id = $1', [order.id])
    ).rows[0]!.id;
    const buyerLink = `/akun/pesanan/${order.id}`;
    const sellerLink = `/penjual/pesanan/${partId}`;

    await expectOneEach(buyer, 'order.placed', order.code, buyerLink);
    const newOrder = await expectOneEach(seller, 'shop.new_order', order.code, sellerLink);
    expect(newOrder.title).toContain(order.code);
    await expectOneEach(seller, 'shop.stock_low', 'Kopi Uji', `/penjual/produk/${variant.productId}`);

    // Paid, twice (Midtrans repeats notifications): one event each.
    const serverKey = inject('midtrans').serverKey;
    await setFakeStatus(order.id, 'settlement');
    for (let i = 0; i < 2; i += 1)
      expect((await notify(notificationBody(order.id, 'settlement', order.totalAmount, serverKey))).status).toBe(200);
    await expectOneEach(buyer, 'order.paid', order.code, buyerLink);
    await expectOneEach(seller, 'shop.order_paid', order.code, sellerLink);

    // A refused step (shipping before accepting) writes nothing.
    const early = await callApi(
      'mutation($id: ID!) { shipSellerOrder(id: $id, courier: "JNE", trackingNumber: "JNE0001") { status } }',
      { id: partId },
      { token: shop.token },
    );
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    for (const [mutation, type] of [
      ['mutation($id: ID!) { acceptSellerOrder(id: $id) { status } }', 'order.accepted'],
      [
        'mutation($id: ID!) { shipSellerOrder(id: $id, courier: "JNE REG", trackingNumber: "JNE777001") { status } }',
        'order.shipped',
      ],
      ['mutation($id: ID!) { deliverSellerOrder(id: $id) { status } }', 'order.delivered'],
    ] as const) {
      const moved = await callApi(mutation, { id: partId }, { token: shop.token });
      expect(moved.errors, type).toBeUndefined();
      await expectOneEach(buyer, type, order.code, buyerLink);
    }
    const shipped = (await mails()).find((m) => m.to.includes(buyer.email) && m.text.includes('JNE777001'));
    expect(shipped, 'the shipped email names the tracking number').toBeDefined();

    // Someone else cannot confirm receipt (nothing written); the buyer can.
    const stranger = await signUpFresh('bukan-pembeli');
    const CONFIRM = 'mutation($id: ID!) { confirmOrderReceived(orderId: $id) { status } }';
    expect((await callApi(CONFIRM, { id: order.id }, { token: stranger.token })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await callApi(CONFIRM, { id: order.id }, { token: buyer.token })).errors).toBeUndefined();
    await expectOneEach(seller, 'shop.receipt_confirmed', order.code, sellerLink);

    const lineId = (
      await db.query<{ id: string }>('select id from orders.order_lines where seller_order_id = $1', [partId])
    ).rows[0]!.id;
    const REVIEW = 'mutation($id: ID!, $r: Int!) { reviewOrderLine(orderLineId: $id, rating: $r) { id } }';
    expect((await callApi(REVIEW, { id: lineId, r: 5 }, { token: buyer.token })).errors).toBeUndefined();
    expect((await callApi(REVIEW, { id: lineId, r: 1 }, { token: buyer.token })).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
    const review = await expectOneEach(seller, 'shop.new_review', 'Kopi Uji', sellerLink);
    expect(review.link).toBe(sellerLink);

    await expectStillOne(buyer, order.code, [
      'order.placed',
      'order.paid',
      'order.accepted',
      'order.shipped',
      'order.delivered',
    ]);
    await expectStillOne(seller, order.code, ['shop.new_order', 'shop.order_paid', 'shop.receipt_confirmed']);
    await expectStillOne(seller, 'Kopi Uji', ['shop.new_review']);
    // Each hears only their own side; the stranger hears nothing.
    expect([...(await typesOf(buyer.token))].every((type) => type.startsWith('order.'))).toBe(true);
    expect([...(await typesOf(shop.token))].every((type) => type.startsWith('shop.'))).toBe(true);
    expect(await inbox(stranger.token)).toEqual([]);
  });

  it('a seller cancelling a paid part tells the buyer of the cancellation and the pending refund', async () => {
    const variant = await freshVariant(db, shop, 25_000, 10);
    const { buyer, result } = await buyOne(variant.variantId, shop.shopId, 'MIDTRANS');
    const order = result.data!.checkout.order;
    await setFakeStatus(order.id, 'settlement');
    await notify(notificationBody(order.id, 'settlement', order.totalAmount, inject('midtrans').serverKey));
    const partId = (
      await db.query<{ id: string }>('select id from orders.seller_orders where order_id = $1', [order.id])
    ).rows[0]!.id;
    await expect
      .poll(
        async () => (await db.query('select status from orders.seller_orders where id = $1', [partId])).rows[0].status,
      )
      .toBe('PAID');
    const cancelled = await callApi(
      'mutation($id: ID!) { cancelSellerOrder(id: $id, reason: "Stok habis terjual di pasar") { status } }',
      { id: partId },
      { token: shop.token },
    );
    expect(cancelled.errors).toBeUndefined();
    const link = `/akun/pesanan/${order.id}`;
    await expectOneEach(buyer, 'order.cancelled', order.code, link);
    await expectOneEach(buyer, 'order.refund', order.code, link);
  });
});

describe('citizen and staff events, with the escalation chain', () => {
  const SEMBULUNG = '35.10.06.2003';
  const CLURING = '35.10.06';
  let admin: string;
  let staff: Person;
  let officer: Person;
  const granted: string[] = [];
  const GRANT = 'mutation($input: GrantMembershipInput!) { grantMembership(input: $input) { id } }';
  const SET =
    'mutation($input: EscalationThresholdsInput!) { setEscalationThresholds(input: $input) { unansweredHours escalateAfterHours } }';

  beforeAll(async () => {
    admin = await signIn(DEMO.admin);
    staff = await signUpFresh('staf-kabar');
    officer = await signUpFresh('camat-kabar');
    for (const [person, role, placeCode] of [
      [staff, 'VILLAGE_STAFF', SEMBULUNG],
      [officer, 'DISTRICT_OFFICER', CLURING],
    ] as const) {
      const result = await callApi(GRANT, { input: { email: person.email, role, placeCode } }, { token: admin });
      expect(result.errors).toBeUndefined();
      granted.push(result.data!.grantMembership.id);
    }
    staff = await withVerifiedPhone(staff);
    officer = await withVerifiedPhone(officer);
  });

  afterAll(async () => {
    await callApi(SET, { input: { unansweredHours: 8, escalateAfterHours: 16 } }, { token: admin });
    for (const id of granted)
      await callApi('mutation($id: ID!) { revokeMembership(id: $id) { id } }', { id }, { token: admin });
  });

  it('a request tells the citizen and the village staff; a request at 75 % of its time reminds the staff once', async () => {
    const citizen = await withVerifiedPhone(await signUpFresh('warga-kabar'));
    const applied = await apply(citizen.token);
    expect(applied.errors).toBeUndefined();
    const request = applied.data!.submitServiceRequest;
    const citizenLink = `/akun/permohonan/${request.id}`;
    const staffLink = `/staf/permohonan/${request.id}`;

    const code = request.trackingCode;
    await expectOneEach(citizen, 'request.received', code, citizenLink);
    await expectOneEach(staff, 'staff.new_request', code, staffLink);

    // The citizen cannot move their own request (refused, nothing written); staff can.
    const refused = await move(citizen.token, request.id, 'VERIFIED');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staffToken = await signIn(DEMO.staff);
    expect((await move(staffToken, request.id, 'VERIFIED')).errors).toBeUndefined();
    await expectOneEach(citizen, 'request.verified', code, citizenLink);

    // The clock advanced: submitted 30 days ago, due in an hour (well past 75 % of the promised working time).
    await db.query(
      `update services.service_requests set submitted_at = now() - interval '30 days', due_at = now() + interval '1 hour' where id = $1`,
      [request.id],
    );
    await expectOneEach(staff, 'staff.request_due_soon', code, staffLink);

    expect(
      (await move(staffToken, request.id, 'INCOMPLETE', 'Lampirkan Kartu Keluarga terbaru')).errors,
    ).toBeUndefined();
    await expectOneEach(citizen, 'request.needs_documents', code, citizenLink);
    expect((await mails()).some((m) => m.to.includes(citizen.email) && m.text.includes('Kartu Keluarga terbaru'))).toBe(
      true,
    );

    await expectStillOne(staff, code, ['staff.new_request', 'staff.request_due_soon']);
    await expectStillOne(citizen, code, ['request.received', 'request.verified', 'request.needs_documents']);
    expect((await typesOf(citizen.token)).has('staff.new_request')).toBe(false);
    // The district officer is not told of new requests.
    expect((await inbox(officer.token)).filter((n) => n.type === 'staff.new_request' && n.link === staffLink)).toEqual(
      [],
    );
  });

  it('the regency admin sets the thresholds (typed errors for bad values); an unanswered complaint reaches staff, then the district officer', async () => {
    const refusedByStaff = await callApi(
      SET,
      { input: { unansweredHours: 1, escalateAfterHours: 1 } },
      {
        token: await signIn(DEMO.staff),
      },
    );
    expect(refusedByStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const negative = await callApi(SET, { input: { unansweredHours: -1, escalateAfterHours: 1 } }, { token: admin });
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(negative.errors?.[0]?.extensions)).toContain('unansweredHours');
    const tooLong = await callApi(SET, { input: { unansweredHours: 2, escalateAfterHours: 9_999 } }, { token: admin });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(tooLong.errors?.[0]?.extensions)).toContain('escalateAfterHours');
    const set = await callApi(SET, { input: { unansweredHours: 1, escalateAfterHours: 1 } }, { token: admin });
    expect(set.data?.setEscalationThresholds).toEqual({ unansweredHours: 1, escalateAfterHours: 1 });
    const read = await callApi('{ escalationThresholds { unansweredHours escalateAfterHours } }', {}, { token: admin });
    expect(read.data?.escalationThresholds).toEqual({ unansweredHours: 1, escalateAfterHours: 1 });

    const citizen = await signUpFresh('warga-adu');
    const filed = await callApi(
      'mutation($input: ComplaintInput!) { fileComplaint(input: $input) { id } }',
      {
        input: {
          subject: 'Lampu jalan mati',
          body: 'Lampu jalan di dekat balai desa mati sejak minggu lalu.',
          villageCode: SEMBULUNG,
        },
      },
      { token: citizen.token },
    );
    expect(filed.errors).toBeUndefined();
    const complaintId = filed.data!.fileComplaint.id as string;
    // The clock advanced: filed 30 days ago, more than 1 + 1 working hours.
    await db.query(`update services.complaints set created_at = now() - interval '30 days' where id = $1`, [
      complaintId,
    ]);

    const complaintCode = complaintId.slice(0, 8).toUpperCase();
    await expectOneEach(staff, 'staff.complaint_unanswered', complaintCode, '/staf/pengaduan');
    await expectOneEach(officer, 'staff.complaint_escalated', complaintCode, '/staf/pengaduan');
    // Each step to its own people: staff are not told of the escalation, the officer not of the first reminder.
    expect(
      (await inbox(staff.token)).some((n) => n.title.includes(complaintCode) && n.type === 'staff.complaint_escalated'),
    ).toBe(false);
    expect(
      (await inbox(officer.token)).some(
        (n) => n.title.includes(complaintCode) && n.type === 'staff.complaint_unanswered',
      ),
    ).toBe(false);

    const answered = await callApi(
      'mutation($id: ID!) { respondToComplaint(id: $id, response: "Sudah kami laporkan ke PLN") { status } }',
      { id: complaintId },
      { token: await signIn(DEMO.staff) },
    );
    expect(answered.errors).toBeUndefined();
    await expectOneEach(citizen, 'complaint.answered', complaintCode, '/pengaduan');
    await expectStillOne(staff, complaintCode, ['staff.complaint_unanswered']);
    await expectStillOne(officer, complaintCode, ['staff.complaint_escalated']);
  });
});
