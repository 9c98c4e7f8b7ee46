import { ADDRESS } from '../checkout.js';
import { createProduct, productInput, registerShop, staffDo, tokenWith, unique } from '../catalog.js';
import { callApi, type GraphqlResponse } from '../client.js';
import { graphql, type VariablesOf } from '../graphql.js';
import { type Cast, type Person, type SellerPerson, uniqueSuffix } from './cast.js';

/** Building blocks for the matrix: everything through the gateway, on the matrix's own people. */

async function must<T>(what: string, promise: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> {
  const result = await promise;
  if (result.errors || !result.data) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export interface Variant {
  productId: string;
  variantId: string;
  slug: string;
}

/** A published product of the seller with plenty of stock, so every cell can buy one. */
export async function publishedProduct(seller: SellerPerson, stock = 900): Promise<Variant> {
  const input = productInput(unique('Kain Batik Matriks'));
  input.variants[0]!.stock = stock;
  const created = await must(
    'createProduct',
    callApi(
      graphql('mutation($input: CreateProductInput!) { createProduct(input: $input) { id slug variants { id } } }'),
      { input },
      { token: seller.token },
    ),
  );
  await must(
    'publishProduct',
    callApi(
      graphql('mutation($id: ID!) { publishProduct(id: $id) { id } }'),
      { id: created.createProduct.id },
      { token: seller.token },
    ),
  );
  return {
    productId: created.createProduct.id,
    variantId: created.createProduct.variants[0]!.id,
    slug: created.createProduct.slug,
  };
}

export const draftProduct = (seller: SellerPerson) => createProduct(seller.token, unique('Kain Batik Draf'));

export async function addToCart(token: string | undefined, variantId: string, cartToken?: string) {
  const data = await must(
    'addToCart',
    callApi(
      graphql(
        'mutation($v: ID!, $t: String) { addToCart(variantId: $v, quantity: 1, token: $t) { id token lines { id variantId } } }',
      ),
      { v: variantId, t: cartToken ?? null },
      { token },
    ),
  );
  return {
    cartId: data.addToCart.id,
    cartToken: data.addToCart.token,
    lineId: data.addToCart.lines.find((l) => l.variantId === variantId)!.id,
  };
}

export interface PlacedOrder {
  orderId: string;
  code: string;
  sellerOrderId: string;
  lineId: string;
  street: string;
}

/** Cash on delivery, one line of the variant, shipped to a street nobody else uses. */
export async function placeOrder(buyerToken: string, variant: Variant, sellerId: string): Promise<PlacedOrder> {
  await addToCart(buyerToken, variant.variantId);
  const street = `Jl. Matriks ${uniqueSuffix()} No. 7`;
  const placed = await must(
    'checkout',
    callApi(
      graphql('mutation($input: CheckoutInput!) { checkout(input: $input) { order { id code } } }'),
      {
        input: {
          shippingAddress: { ...ADDRESS, street },
          shipping: [{ sellerId, option: 'KURIR_LOKAL' }],
          paymentMethod: 'COD',
        },
      },
      { token: buyerToken },
    ),
  );
  const order = await must(
    'order',
    callApi(
      graphql('query($id: ID!) { order(id: $id) { sellerOrders { id lines { id } } } }'),
      { id: placed.checkout.order.id },
      { token: buyerToken },
    ),
  );
  const part = order.order!.sellerOrders[0]!;
  return {
    orderId: placed.checkout.order.id,
    code: placed.checkout.order.code,
    sellerOrderId: part.id,
    lineId: part.lines[0]!.id,
    street,
  };
}

const ACCEPT = graphql('mutation($id: ID!) { acceptSellerOrder(id: $id) { id } }');
const SHIP = graphql(
  'mutation($id: ID!) { shipSellerOrder(id: $id, courier: "JNE", trackingNumber: "JNE123") { id } }',
);
const DELIVER = graphql('mutation($id: ID!) { deliverSellerOrder(id: $id) { id } }');
const CONFIRM = graphql('mutation($id: ID!) { confirmOrderReceived(orderId: $id) { id } }');

type Step = 'accept' | 'ship' | 'deliver' | 'confirm';
/** Moves the order's shop part on, as its seller (and the buyer for the last step). */
export async function advance(order: PlacedOrder, sellerToken: string, buyerToken: string, until: Step): Promise<void> {
  const part = { id: order.sellerOrderId };
  const steps: [Step, () => Promise<GraphqlResponse<unknown>>][] = [
    ['accept', () => callApi(ACCEPT, part, { token: sellerToken })],
    ['ship', () => callApi(SHIP, part, { token: sellerToken })],
    ['deliver', () => callApi(DELIVER, part, { token: sellerToken })],
    ['confirm', () => callApi(CONFIRM, { id: order.orderId }, { token: buyerToken })],
  ];
  for (const [step, run] of steps) {
    await must(step, run());
    if (step === until) return;
  }
}

export interface Personal {
  nik: string;
  kk: string;
  address: string;
}
/** A valid NIK and family card number of their own (born 5 July 1990, female), and an address. */
export function personalData(): Personal {
  const serial = String(1 + Math.floor(Math.random() * 9998)).padStart(4, '0');
  return {
    nik: `351001450790${serial}`,
    kk: `351001010190${serial}`,
    address: `RT 03 RW 04, Dusun Matriks ${uniqueSuffix()}`,
  };
}

export const SKTM = 'surat-keterangan-tidak-mampu';
export const answersOf = (p: Personal) =>
  Object.entries({
    nik: p.nik,
    kk: p.kk,
    fullName: 'Siti Rahayu',
    address: p.address,
    purpose: 'Beasiswa sekolah',
    coverLetter: '',
  })
    .filter(([, value]) => value !== '')
    .map(([key, value]) => ({ key, value }));

export async function applyFor(
  token: string,
  personal = personalData(),
): Promise<{ id: string; trackingCode: string; personal: Personal }> {
  const data = await must(
    'submitServiceRequest',
    callApi(
      graphql(
        'mutation($slug: String!, $answers: [AnswerInput!]!) { submitServiceRequest(serviceSlug: $slug, answers: $answers) { id trackingCode } }',
      ),
      { slug: SKTM, answers: answersOf(personal) },
      { token },
    ),
  );
  return { ...data.submitServiceRequest, personal };
}

const TRANSITION = graphql(
  'mutation($id: ID!, $to: ServiceRequestStatus!, $note: String) { transitionServiceRequest(id: $id, to: $to, note: $note) { id } }',
);

export async function moveRequest(
  staffToken: string,
  id: string,
  ...statuses: VariablesOf<typeof TRANSITION>['to'][]
): Promise<void> {
  for (const to of statuses) {
    const note = to === 'INCOMPLETE' || to === 'REJECTED' ? 'Foto KK belum terbaca' : null;
    await must(`transition to ${to}`, callApi(TRANSITION, { id, to, note }, { token: staffToken }));
  }
}

export async function fileComplaint(
  token: string,
  subject = `Aduan matriks ${uniqueSuffix()}`,
): Promise<{ id: string; subject: string }> {
  const data = await must(
    'fileComplaint',
    callApi(
      graphql('mutation($input: ComplaintInput!) { fileComplaint(input: $input) { id } }'),
      { input: { subject, body: 'Lampu jalan dusun mati sejak seminggu.' } },
      { token },
    ),
  );
  return { id: data.fileComplaint.id, subject };
}

export const serviceInput = () => ({
  name: unique('Layanan Matriks'),
  summary: 'Untuk uji otorisasi',
  description: 'Layanan untuk uji otorisasi, dilayani di kantor desa.',
  requirements: ['KTP-el'],
  steps: ['Datang ke kantor desa'],
  slaHours: 24,
  fee: 0,
  office: 'Kantor Desa Sembulung',
  openingHours: '08.00–14.00',
  isLetter: false,
  formFields: [],
});

/**
 * A service of the matrix staff's village (Sembulung) by default; `villageCode: null` makes a
 * regency template, which only the regency admin may (decision 021).
 */
export async function createService(
  staffToken: string,
  slug = `layanan-matriks-${uniqueSuffix()}`,
  villageCode: string | null = '35.10.06.2003',
): Promise<{ id: string; slug: string }> {
  const data = await must(
    'createService',
    callApi(
      graphql(
        'mutation($slug: String!, $input: ServiceInput!, $v: String) { createService(slug: $slug, categoryCode: "PELAYANAN_PUBLIK", input: $input, villageCode: $v) { id } }',
      ),
      { slug, input: serviceInput(), v: villageCode },
      { token: staffToken },
    ),
  );
  return { id: data.createService.id, slug };
}

/** A published regency template no village has adopted yet, made by the regency admin. */
export async function createTemplate(adminToken: string): Promise<{ id: string; slug: string }> {
  const template = await createService(adminToken, `templat-matriks-${uniqueSuffix()}`, null);
  await must(
    'setServicePublished',
    callApi(
      graphql('mutation($id: ID!) { setServicePublished(id: $id, published: true) { id } }'),
      { id: template.id },
      { token: adminToken },
    ),
  );
  return template;
}

/** The template adopted by Sembulung (the matrix staff's village), by the regency admin. */
export async function adoptInSembulung(adminToken: string): Promise<{ id: string; slug: string }> {
  const template = await createTemplate(adminToken);
  await must(
    'adoptService',
    callApi(
      graphql('mutation($id: ID!) { adoptService(villageCode: "35.10.06.2003", serviceId: $id) { serviceId } }'),
      { id: template.id },
      { token: adminToken },
    ),
  );
  return template;
}

export const postInput = (slug = `kabar-matriks-${uniqueSuffix()}`) => ({
  slug,
  kind: 'NEWS' as const,
  title: 'Kabar uji otorisasi',
  summary: 'Uji',
  body: 'Isi kabar untuk uji otorisasi.',
});
export async function savePost(staffToken: string, input = postInput()): Promise<{ id: string; slug: string }> {
  const data = await must(
    'savePost',
    callApi(
      graphql('mutation($input: PostInput!) { savePost(input: $input) { id } }'),
      { input },
      { token: staffToken },
    ),
  );
  return { id: data.savePost.id, slug: input.slug };
}
export const setPostPublished = (staffToken: string, id: string, published: boolean) =>
  must(
    'setPostPublished',
    callApi(
      graphql('mutation($id: ID!, $p: Boolean!) { setPostPublished(id: $id, published: $p) { id } }'),
      { id, p: published },
      { token: staffToken },
    ),
  );
export const setServicePublished = (staffToken: string, id: string, published: boolean) =>
  must(
    'setServicePublished',
    callApi(
      graphql('mutation($id: ID!, $p: Boolean!) { setServicePublished(id: $id, published: $p) { id } }'),
      { id, p: published },
      { token: staffToken },
    ),
  );

export const courseInput = (published: boolean, slug = `kelas-matriks-${uniqueSuffix()}`) => ({
  slug,
  title: 'Kelas uji otorisasi',
  summary: 'Uji',
  audience: 'PUBLIC' as const,
  published,
  modules: [{ title: 'Satu', kind: 'TEXT' as const, body: 'Bacaan pertama' }],
});
export async function saveCourse(
  staffToken: string,
  input: ReturnType<typeof courseInput>,
  id?: string,
): Promise<{ id: string; slug: string; moduleId: string }> {
  const data = await must(
    'saveCourse',
    callApi(
      graphql('mutation($id: ID, $input: CourseInput!) { saveCourse(id: $id, input: $input) { id modules { id } } }'),
      { id: id ?? null, input },
      { token: staffToken },
    ),
  );
  return { id: data.saveCourse.id, slug: input.slug, moduleId: data.saveCourse.modules[0]!.id };
}
export const enrol = (token: string, courseId: string) =>
  must(
    'enrolInCourse',
    callApi(graphql('mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }'), { id: courseId }, { token }),
  );

/** A shop of a new person (pending), moved on by staff as asked. */
export async function shopIn(
  status: 'PENDING' | 'VERIFIED' | 'SUSPENDED' | 'REJECTED',
  reason?: string,
  villageCode?: string,
): Promise<{ id: string; slug: string }> {
  const shop = await registerShop(await tokenWith(['BUYER']), villageCode);
  if (status === 'VERIFIED' || status === 'SUSPENDED') await staffDo('verify', shop.id);
  if (status === 'SUSPENDED') await staffDo('suspend', shop.id, reason);
  if (status === 'REJECTED') await staffDo('reject', shop.id, reason);
  return shop;
}

/** What the read-only rows look at: private things of the buyer, of the sellers and of staff. */
export interface World {
  variant: Variant;
  buyerOrder: PlacedOrder;
  buyerCart: { cartId: string; cartToken: string };
  buyerRequest: { id: string; trackingCode: string; personal: Personal };
  buyerComplaint: { id: string; subject: string };
  sellerBOrder: PlacedOrder;
  sellerBRequest: { id: string; trackingCode: string; personal: Personal; letterCode: string };
  draft: { id: string; slug: string; variants: { id: string }[] };
  stockReason: string;
  /** Seller A's street address (a home-based shop's is its owner's home). */
  shopAddress: string;
  rejectedShop: { id: string; slug: string; reason: string };
  /** A rejected shop of Kemiren: another village than the matrix staff's (Sembulung). */
  otherVillageShop: { id: string; slug: string; reason: string };
  hiddenService: { id: string; slug: string };
  hiddenPost: { id: string; slug: string };
  hiddenCourse: { id: string; slug: string };
  /** Published, for enrolInCourse; unpublished again after the matrix. */
  openCourse: { id: string; slug: string; moduleId: string };
  /** Published, the buyer enrolled, for markModuleDone. */
  moduleCourse: { id: string; slug: string; moduleId: string };
}

export async function buildWorld(cast: Cast): Promise<World> {
  const staff = cast.staff.token;
  const variant = await publishedProduct(cast.sellerA);
  const buyerOrder = await placeOrder(cast.buyer.token, variant, cast.sellerA.shopId);
  const sellerBOrder = await placeOrder(cast.sellerB.token, variant, cast.sellerA.shopId);
  const buyerCart = await addToCart(cast.buyer.token, variant.variantId);
  const buyerRequest = await applyFor(cast.buyer.token);
  await moveRequest(staff, buyerRequest.id, 'INCOMPLETE');
  const sellerBApplied = await applyFor(cast.sellerB.token);
  await moveRequest(staff, sellerBApplied.id, 'VERIFIED', 'IN_PROCESS', 'COMPLETED');
  const letter = await must(
    'letter',
    callApi(
      graphql('query($id: ID!) { serviceRequest(id: $id) { letter { verificationCode } } }'),
      { id: sellerBApplied.id },
      { token: cast.sellerB.token },
    ),
  );
  const buyerComplaint = await fileComplaint(cast.buyer.token);
  const draft = await draftProduct(cast.sellerA);
  const stockReason = `Stok opname matriks ${uniqueSuffix()}`;
  await must(
    'adjustStock',
    callApi(
      graphql('mutation($v: ID!, $r: String!) { adjustStock(variantId: $v, delta: 1, reason: $r) { id } }'),
      { v: variant.variantId, r: stockReason },
      { token: cast.sellerA.token },
    ),
  );
  const shopAddress = `RT 05 RW 06, Dusun Matriks ${uniqueSuffix()}`;
  await must(
    'updateShop',
    callApi(
      graphql('mutation($a: String!) { updateShop(input: { address: $a }) { id } }'),
      { a: shopAddress },
      { token: cast.sellerA.token },
    ),
  );
  const rejectionReason = `Foto toko kabur ${uniqueSuffix()}`;
  const rejectedShop = { ...(await shopIn('REJECTED', rejectionReason)), reason: rejectionReason };
  const otherReason = `Foto toko Kemiren kabur ${uniqueSuffix()}`;
  const otherVillageShop = { ...(await shopIn('REJECTED', otherReason, '35.10.15.2004')), reason: otherReason };
  const hiddenService = await createService(staff);
  const hiddenPost = await savePost(staff);
  const hiddenCourse = await saveCourse(staff, courseInput(false));
  const openCourse = await saveCourse(staff, courseInput(true));
  const moduleCourse = await saveCourse(staff, courseInput(true));
  await enrol(cast.buyer.token, moduleCourse.id);
  return {
    variant,
    buyerOrder,
    buyerCart,
    buyerRequest,
    buyerComplaint,
    sellerBOrder,
    sellerBRequest: { ...sellerBApplied, letterCode: letter.serviceRequest!.letter!.verificationCode },
    draft,
    stockReason,
    shopAddress,
    rejectedShop,
    otherVillageShop,
    hiddenService,
    hiddenPost,
    hiddenCourse,
    openCourse,
    moduleCourse,
  };
}

/** Leaves no matrix course in the public list. */
export async function tidyWorld(cast: Cast, world: World): Promise<void> {
  for (const course of [world.openCourse, world.moduleCourse])
    await saveCourse(cast.staff.token, courseInput(false, course.slug), course.id);
}

export type { Person };
