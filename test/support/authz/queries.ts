import { callApi, type GraphqlResponse } from '../client.js';
import { graphql, type TadaDocumentNode } from '../graphql.js';
import type { Cast, Expected, Outcome } from './cast.js';
import type { World } from './fixtures.js';
import { MEMBERSHIP_QUERY_ROW } from './mutations-memberships.js';
import { NOTIFICATION_QUERY_ROWS } from './mutations-notifications.js';
import { PLACES_PUBLIC_QUERIES } from './mutations-places.js';
import { COSIGN_QUERY_ROW } from './regency-rows.js';
import { ESCALATION_QUERY_ROWS } from './rows-escalation.js';

/**
 * One row of the private-data matrix: a query, and the private values of the world it must
 * show only to some. A cell is VISIBLE when any of them is in the answer, whatever else came
 * with it; otherwise the error code, or HIDDEN (answered without them: null, empty, masked),
 * or OK for rows with nothing to look for (aggregates).
 */
export interface QueryRow {
  field: string;
  label: string;
  expected: Expected;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each row's own variables, built by `variables`
  query: TadaDocumentNode<unknown, any>;
  variables?: (world: World, cast: Cast) => Record<string, unknown>;
  secrets: (world: World, cast: Cast) => string[];
  /** Data the row looks for that the world does not hold (inserted before the cell asks). */
  prepare?: (world: World, cast: Cast) => Promise<void>;
}

const U = 'UNAUTHENTICATED',
  F = 'FORBIDDEN',
  N = 'NOT_FOUND',
  V = 'VISIBLE',
  H = 'HIDDEN';
const STAFF_SEE: Expected = { anonymous: H, buyer: H, sellerA: H, sellerB: H, staff: V, admin: V };
const STAFF_ONLY: Expected = { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: V, admin: V };
const BUYER_OWN: Expected = { anonymous: U, buyer: V, sellerA: H, sellerB: H, staff: H, admin: H };
const NOBODY: Expected = { anonymous: H, buyer: H, sellerA: H, sellerB: H, staff: H, admin: H };

const personal = (p: World['buyerRequest']['personal']) => [p.nik, p.kk, p.address];
/** A person's contact details: the private part of a User. */
const USER = graphql('fragment UserContact on User { id name email phone }');

export const QUERIES: QueryRow[] = [
  {
    field: 'me',
    label: "me: the buyer's email and phone",
    expected: { anonymous: H, buyer: V, sellerA: H, sellerB: H, staff: H, admin: H },
    query: graphql(
      `
        {
          me {
            ...UserContact
          }
        }
      `,
      [USER],
    ),
    secrets: (_w, c) => [c.buyer.email],
  },
  {
    field: 'cart',
    label: "cart(token): the buyer's cart by its token",
    expected: { anonymous: H, buyer: V, sellerA: H, sellerB: H, staff: H, admin: H },
    query: graphql('query($t: String) { cart(token: $t) { id token lines { id } } }'),
    variables: (w) => ({ t: w.buyerCart.cartToken }),
    secrets: (w) => [w.buyerCart.cartId],
  },
  {
    field: 'sellerInbox',
    label: "sellerInbox: the buyer's order and address in seller A's inbox",
    expected: { anonymous: U, buyer: N, sellerA: V, sellerB: H, staff: N, admin: N },
    query: graphql('{ sellerInbox(first: 50) { edges { node { id orderCode shippingAddress { street phone } } } } }'),
    secrets: (w) => [w.buyerOrder.code, w.buyerOrder.street],
  },
  {
    field: 'sellerOrder',
    label: "sellerOrder: seller A's part of the buyer's order",
    expected: { anonymous: U, buyer: N, sellerA: V, sellerB: N, staff: N, admin: N },
    query: graphql('query($id: ID!) { sellerOrder(id: $id) { id orderCode shippingAddress { street phone } } }'),
    variables: (w) => ({ id: w.buyerOrder.sellerOrderId }),
    secrets: (w) => [w.buyerOrder.code, w.buyerOrder.street],
  },
  {
    field: 'myOrders',
    label: "myOrders: the buyer's order",
    expected: BUYER_OWN,
    query: graphql('{ myOrders(first: 50) { edges { node { code shippingAddress { street } } } } }'),
    secrets: (w) => [w.buyerOrder.code],
  },
  {
    field: 'order',
    label: "order(id): the buyer's order, address and the buyer's email",
    expected: { anonymous: U, buyer: V, sellerA: N, sellerB: N, staff: V, admin: V },
    query: graphql(
      `
        query ($id: ID!) {
          order(id: $id) {
            code
            shippingAddress {
              street
              phone
            }
            buyer {
              ...UserContact
            }
          }
        }
      `,
      [USER],
    ),
    variables: (w) => ({ id: w.buyerOrder.orderId }),
    secrets: (w, c) => [w.buyerOrder.code, w.buyerOrder.street, c.buyer.email],
  },
  {
    field: 'myProducts',
    label: "myProducts: seller A's draft",
    expected: { anonymous: U, buyer: H, sellerA: V, sellerB: H, staff: H, admin: H },
    query: graphql('{ myProducts(first: 50) { edges { node { id slug } } } }'),
    secrets: (w) => [w.draft.slug],
  },
  {
    field: 'product',
    label: "product(slug): seller A's draft",
    expected: { anonymous: H, buyer: H, sellerA: V, sellerB: H, staff: V, admin: V },
    query: graphql('query($s: String!) { product(slug: $s) { id slug } }'),
    variables: (w) => ({ s: w.draft.slug }),
    secrets: (w) => [w.draft.slug],
  },
  {
    field: 'product',
    label: "product(slug).variants.stockHistory: seller A's stock reasons",
    expected: { anonymous: H, buyer: H, sellerA: V, sellerB: H, staff: V, admin: V },
    query: graphql('query($s: String!) { product(slug: $s) { variants { stockHistory { reason userId } } } }'),
    variables: (w) => ({ s: w.variant.slug }),
    secrets: (w) => [w.stockReason],
  },
  {
    field: 'products',
    label: 'products: no draft in the public list',
    expected: NOBODY,
    query: graphql('{ products(first: 100) { edges { node { slug } } } }'),
    secrets: (w) => [w.draft.slug],
  },
  {
    field: 'search',
    label: 'search: no draft found by its title',
    expected: NOBODY,
    query: graphql('query($t: String) { search(input: { text: $t }) { nodes { slug } } }'),
    variables: (w) => ({ t: w.draft.slug.replace(/-/g, ' ') }),
    secrets: (w) => [w.draft.slug],
  },
  {
    field: 'seller',
    label: 'seller(slug): a rejected shop and its reason',
    expected: { anonymous: N, buyer: N, sellerA: N, sellerB: N, staff: V, admin: V },
    query: graphql('query($s: String!) { seller(slug: $s) { id rejectionReason } }'),
    variables: (w) => ({ s: w.rejectedShop.slug }),
    secrets: (w) => [w.rejectedShop.reason],
  },
  {
    field: 'seller',
    label: 'seller(slug): a rejected shop of another village than the staff member’s',
    expected: { anonymous: N, buyer: N, sellerA: N, sellerB: N, staff: N, admin: V },
    query: graphql('query($s: String!) { seller(slug: $s) { id rejectionReason } }'),
    variables: (w) => ({ s: w.otherVillageShop.slug }),
    secrets: (w) => [w.otherVillageShop.reason],
  },
  {
    field: 'seller',
    label: "seller(slug).address: seller A's street address",
    expected: { anonymous: H, buyer: H, sellerA: V, sellerB: H, staff: V, admin: V },
    query: graphql('query($s: String!) { seller(slug: $s) { id village address } }'),
    variables: (_w, c) => ({ s: c.sellerA.slug }),
    secrets: (w) => [w.shopAddress],
  },
  {
    field: 'sellers',
    label: "sellers: seller A's street address in the public list",
    expected: { anonymous: H, buyer: H, sellerA: V, sellerB: H, staff: V, admin: V },
    query: graphql('{ sellers(first: 100) { edges { node { slug address } } } }'),
    secrets: (w) => [w.shopAddress],
  },
  {
    field: 'product',
    label: "product(slug).seller.address: seller A's street address through a product",
    expected: { anonymous: H, buyer: H, sellerA: V, sellerB: H, staff: V, admin: V },
    query: graphql('query($s: String!) { product(slug: $s) { seller { address } } }'),
    variables: (w) => ({ s: w.variant.slug }),
    secrets: (w) => [w.shopAddress],
  },
  {
    field: 'seller',
    label: "seller(slug).owner: seller A's email and phone",
    // Staff see a person's contact data only when the person lives in their village (decision 030).
    expected: { anonymous: H, buyer: H, sellerA: V, sellerB: H, staff: H, admin: V },
    query: graphql(
      `
        query ($s: String!) {
          seller(slug: $s) {
            owner {
              ...UserContact
            }
          }
        }
      `,
      [USER],
    ),
    variables: (_w, c) => ({ s: c.sellerA.slug }),
    secrets: (_w, c) => [c.sellerA.email],
  },
  {
    field: 'seller',
    label: "seller(slug).owner.orders: seller B's own order",
    expected: { anonymous: F, buyer: F, sellerA: F, sellerB: V, staff: V, admin: V },
    query: graphql(
      'query($s: String!) { seller(slug: $s) { owner { orders(first: 50) { edges { node { code } } } } } }',
    ),
    variables: (_w, c) => ({ s: c.sellerB.slug }),
    secrets: (w) => [w.sellerBOrder.code],
  },
  {
    field: 'seller',
    label: "seller(slug).owner.serviceRequests: seller B's request and NIK",
    expected: { anonymous: F, buyer: F, sellerA: F, sellerB: V, staff: V, admin: V },
    query: graphql(
      'query($s: String!) { seller(slug: $s) { owner { serviceRequests(first: 50) { edges { node { trackingCode answers { value } } } } } } }',
    ),
    variables: (_w, c) => ({ s: c.sellerB.slug }),
    secrets: (w) => [w.sellerBRequest.trackingCode, ...personal(w.sellerBRequest.personal)],
  },
  {
    field: 'sellers',
    label: 'sellers: no rejected shop in the public list',
    expected: NOBODY,
    query: graphql('{ sellers(first: 100) { edges { node { slug rejectionReason } } } }'),
    secrets: (w) => [w.rejectedShop.slug, w.rejectedShop.reason],
  },
  {
    field: 'myShop',
    label: "myShop: seller A's own shop",
    expected: { anonymous: U, buyer: H, sellerA: V, sellerB: H, staff: H, admin: H },
    query: graphql('{ myShop { id slug } }'),
    secrets: (_w, c) => [c.sellerA.shopId],
  },
  {
    field: 'shopsForReview',
    label: 'shopsForReview(REJECTED): the rejected shop and reason',
    expected: STAFF_ONLY,
    query: graphql('{ shopsForReview(status: REJECTED, first: 100) { edges { node { slug rejectionReason } } } }'),
    secrets: (w) => [w.rejectedShop.reason],
  },
  {
    field: 'marketplaceFiguresByVillage',
    label:
      "marketplaceFiguresByVillage: the cast's village's shops and sales (district officers and the regency admin)",
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: F, admin: V },
    query: graphql(
      'query($from: DateTimeISO!, $to: DateTimeISO!) { marketplaceFiguresByVillage(from: $from, to: $to) { villageCode activeShops } }',
    ),
    variables: () => ({
      from: new Date(Date.now() - 300 * 86_400_000).toISOString(),
      to: new Date(Date.now() + 86_400_000).toISOString(),
    }),
    secrets: () => ['35.10.06.2003'],
  },
  {
    field: 'shopsForReview',
    label: 'shopsForReview(REJECTED): a shop of another village than the staff member’s',
    expected: { ...STAFF_ONLY, staff: H },
    query: graphql('{ shopsForReview(status: REJECTED, first: 100) { edges { node { slug rejectionReason } } } }'),
    secrets: (w) => [w.otherVillageShop.slug, w.otherVillageShop.reason],
  },
  {
    field: 'staffServices',
    label: 'staffServices: an unpublished service',
    expected: STAFF_ONLY,
    query: graphql('{ staffServices { slug } }'),
    secrets: (w) => [w.hiddenService.slug],
  },
  {
    field: 'service',
    label: 'service(slug): an unpublished service',
    expected: STAFF_SEE,
    query: graphql('query($s: String!) { service(slug: $s) { slug } }'),
    variables: (w) => ({ s: w.hiddenService.slug }),
    secrets: (w) => [w.hiddenService.slug],
  },
  {
    field: 'myComplaints',
    label: "myComplaints: the buyer's complaint",
    expected: BUYER_OWN,
    query: graphql('{ myComplaints { id subject } }'),
    secrets: (w) => [w.buyerComplaint.subject],
  },
  {
    field: 'staffComplaints',
    label: "staffComplaints: the buyer's complaint",
    expected: STAFF_ONLY,
    query: graphql('{ staffComplaints(status: WAITING) { id subject } }'),
    secrets: (w) => [w.buyerComplaint.subject],
  },
  {
    field: 'complaintStats',
    label: 'complaintStats',
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: 'OK', admin: 'OK' },
    query: graphql('{ complaintStats { waiting resolved } }'),
    secrets: () => [],
  },
  {
    field: 'posts',
    label: 'posts: no unpublished post in the public list',
    expected: NOBODY,
    query: graphql('{ posts(limit: 100) { slug } }'),
    secrets: (w) => [w.hiddenPost.slug],
  },
  {
    field: 'services',
    label: 'services: no unpublished service in the public list',
    expected: NOBODY,
    query: graphql('{ services(first: 100, categoryCode: "PELAYANAN_PUBLIK") { edges { node { slug } } } }'),
    secrets: (w) => [w.hiddenService.slug],
  },
  {
    field: 'staffPosts',
    label: 'staffPosts: an unpublished post',
    expected: STAFF_ONLY,
    query: graphql('{ staffPosts { slug } }'),
    secrets: (w) => [w.hiddenPost.slug],
  },
  {
    field: 'post',
    label: 'post(slug): an unpublished post',
    expected: STAFF_SEE,
    query: graphql('query($s: String!) { post(slug: $s) { slug } }'),
    variables: (w) => ({ s: w.hiddenPost.slug }),
    secrets: (w) => [w.hiddenPost.slug],
  },
  {
    field: 'courses',
    label: 'courses: an unpublished course',
    expected: STAFF_SEE,
    query: graphql('{ courses { slug } }'),
    secrets: (w) => [w.hiddenCourse.slug],
  },
  {
    field: 'course',
    label: 'course(slug): an unpublished course',
    expected: STAFF_SEE,
    query: graphql('query($s: String!) { course(slug: $s) { slug } }'),
    variables: (w) => ({ s: w.hiddenCourse.slug }),
    secrets: (w) => [w.hiddenCourse.slug],
  },
  {
    field: 'myServiceRequests',
    label: "myServiceRequests: the buyer's request, NIK, KK, address",
    expected: BUYER_OWN,
    query: graphql('{ myServiceRequests(first: 50) { edges { node { trackingCode maskedNik answers { value } } } } }'),
    secrets: (w) => [w.buyerRequest.trackingCode, ...personal(w.buyerRequest.personal)],
  },
  {
    field: 'serviceRequest',
    label: "serviceRequest(id): the buyer's answers and contact",
    expected: { anonymous: U, buyer: V, sellerA: H, sellerB: H, staff: V, admin: V },
    query: graphql(
      `
        query ($id: ID!) {
          serviceRequest(id: $id) {
            trackingCode
            answers(purpose: "uji matriks") {
              value
            }
            applicant {
              ...UserContact
            }
          }
        }
      `,
      [USER],
    ),
    variables: (w) => ({ id: w.buyerRequest.id }),
    secrets: (w, c) => [w.buyerRequest.trackingCode, c.buyer.email, ...personal(w.buyerRequest.personal)],
  },
  {
    field: 'serviceRequest',
    label: 'serviceRequest(id).maskedNik: never the whole NIK, even to staff',
    expected: { ...NOBODY, anonymous: U },
    query: graphql('query($id: ID!) { serviceRequest(id: $id) { maskedNik } }'),
    variables: (w) => ({ id: w.buyerRequest.id }),
    secrets: (w) => [w.buyerRequest.personal.nik],
  },
  {
    field: 'staffServiceRequests',
    label: "staffServiceRequests(INCOMPLETE): the buyer's request and NIK (its village, Sembulung)",
    expected: STAFF_ONLY,
    // One village: the regency admin's queue holds every village's (seeded history included).
    query: graphql(
      '{ staffServiceRequests(first: 100, statuses: [INCOMPLETE], villageCode: "35.10.06.2003") { edges { node { trackingCode answers(purpose: "uji matriks") { value } } } } }',
    ),
    secrets: (w) => [w.buyerRequest.trackingCode, ...personal(w.buyerRequest.personal)],
  },
  {
    field: 'trackServiceRequest',
    label: 'trackServiceRequest: status only, no personal data',
    expected: NOBODY,
    query: graphql(
      'query($c: String!, $n: String!) { trackServiceRequest(trackingCode: $c, nikLast4: $n) { trackingCode status serviceName steps { status } } }',
    ),
    variables: (w) => ({ c: w.buyerRequest.trackingCode, n: w.buyerRequest.personal.nik.slice(-4) }),
    secrets: (w, c) => [...personal(w.buyerRequest.personal), c.buyer.email],
  },
  {
    field: 'verifyLetter',
    label: 'verifyLetter: initials only, no personal data',
    expected: NOBODY,
    query: graphql('query($c: String!) { verifyLetter(code: $c) { genuine number serviceName applicantInitials } }'),
    variables: (w) => ({ c: w.sellerBRequest.letterCode }),
    secrets: (w) => [...personal(w.sellerBRequest.personal), 'Siti Rahayu'],
  },
  {
    field: 'villageServices',
    label: 'villageServices: own place (Sembulung)',
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: 'OK', admin: 'OK' },
    query: graphql('{ villageServices(villageCode: "35.10.06.2003") { serviceId } }'),
    secrets: () => [],
  },
  {
    field: 'servicesDashboard',
    label: 'servicesDashboard',
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: 'OK', admin: 'OK' },
    query: graphql('{ servicesDashboard { serviceId completed } }'),
    secrets: () => [],
  },
  // Oversight figures (decision 022): aggregates, so OK where allowed; the matrix's staff work for Sembulung.
  {
    field: 'villageLeague',
    label: 'villageLeague: own place (staff: their village; admin: the regency)',
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: 'OK', admin: 'OK' },
    query: graphql(
      '{ villageLeague(period: { from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z" }) { scopeCode total { requests } } }',
    ),
    secrets: () => [],
  },
  {
    field: 'villageLeague',
    label: 'villageLeague: other place (district 35.10.05)',
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: F, admin: 'OK' },
    query: graphql(
      '{ villageLeague(scope: { districtCode: "35.10.05" }, period: { from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z" }) { scopeCode } }',
    ),
    secrets: () => [],
  },
  {
    field: 'villageFigures',
    label: 'villageFigures: own place (Sembulung)',
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: 'OK', admin: 'OK' },
    query: graphql(
      '{ villageFigures(villageCode: "35.10.06.2003", period: { from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z" }) { figures { requests } } }',
    ),
    secrets: () => [],
  },
  {
    field: 'villageFigures',
    label: 'villageFigures: other place (35.10.05.2001)',
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: F, admin: 'OK' },
    query: graphql(
      '{ villageFigures(villageCode: "35.10.05.2001", period: { from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z" }) { figures { requests } } }',
    ),
    secrets: () => [],
  },
  {
    field: 'oversightSeries',
    label: 'oversightSeries: other place (35.10.05.2001)',
    expected: { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: F, admin: 'OK' },
    query: graphql(
      '{ oversightSeries(villageCode: "35.10.05.2001", period: { from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z" }) { month } }',
    ),
    secrets: () => [],
  },
  MEMBERSHIP_QUERY_ROW,
  ...NOTIFICATION_QUERY_ROWS,
  COSIGN_QUERY_ROW,
  ...ESCALATION_QUERY_ROWS,
];

/** Public queries: nothing in them belongs to one person (checked by the completeness test to be all the rest). */
export const PUBLIC_QUERIES: Record<string, string> = {
  paymentMethods: 'the methods on offer',
  shippingOptions: 'flat rates and pickup',
  categories: 'product categories',
  serviceCategories: 'the seven Smart Kampung categories',
  featuredServices: 'active featured services only',
  publicRegencyFigures: 'aggregates of every village, no personal data (decision 022)',
  publicVillageFigures: 'aggregates of one village, no personal data (decision 022)',
  publicOversightSeries: 'monthly request counts, no personal data (decision 022)',
  ...PLACES_PUBLIC_QUERIES,
};

export function classify(result: Pick<GraphqlResponse<unknown>, 'data' | 'errors'>, secrets: string[]): Outcome {
  const answer = JSON.stringify(result.data ?? null);
  if (secrets.some((secret) => answer.includes(secret))) return 'VISIBLE';
  const code = result.errors?.[0]?.extensions?.code as Outcome | undefined;
  if (code) return code;
  return secrets.length === 0 ? 'OK' : 'HIDDEN';
}

export async function runQuery(row: QueryRow, world: World, cast: Cast, token: string | undefined) {
  await row.prepare?.(world, cast);
  return callApi(row.query, row.variables?.(world, cast) ?? {}, { token });
}
