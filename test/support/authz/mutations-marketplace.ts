import { REGISTER, shopInput, tokenWith, unique, uploadPhoto, verifiedSeller } from '../catalog.js';
import { callApi } from '../client.js';
import { graphql } from '../graphql.js';
import {
  type Actor,
  type Cast,
  type Outcome,
  database,
  mintedPerson,
  PASSWORD,
  signInPerson,
  signUpPerson,
  uniqueSuffix,
} from './cast.js';
import { addToCart, advance, draftProduct, placeOrder, publishedProduct, shopIn } from './fixtures.js';
import {
  ANY_PERSON,
  B,
  BUYER_OWN,
  EVERYONE,
  F,
  N,
  O,
  one,
  SELLER_A_PART,
  SELLER_A_PRODUCT,
  STAFF_ONLY,
  U,
  type CellContext,
  type MutationRow,
  type RowDocument,
  type Target,
} from './mutation-row.js';

/** Accounts, orders, products and sellers: the marketplace's mutations. */

const fresh = async (roles: Parameters<typeof tokenWith>[0]) => {
  const person = await mintedPerson(roles);
  return { token: person.token, userId: person.id };
};

/** A new signed-in session per role, so that signing out ends no session another cell uses. */
async function freshSessions(
  { cast }: CellContext,
  everywhere: boolean,
): Promise<Partial<Record<Actor, { token: string; userId: string }>>> {
  const buyer = await signUpPerson('matriks-keluar');
  // Signing out everywhere would end the cast sellers' sessions too: new sellers of their own then.
  const seller = async (own: Cast['sellerA']) => {
    if (!everywhere) return { token: await signInPerson(own.email, SELLER_PASSWORD), userId: own.userId };
    const other = await verifiedSeller();
    return { token: other.token, userId: other.userId };
  };
  const sessions: Partial<Record<Actor, { token: string; userId: string }>> = {
    buyer: { token: buyer.token, userId: buyer.id },
    sellerA: await seller(cast.sellerA),
    sellerB: await seller(cast.sellerB),
  };
  // Staff and admin accounts: roles granted in the database (a fixture), then signed in.
  for (const [actor, role] of [
    ['staff', 'STAFF'],
    ['admin', 'ADMIN'],
  ] as const) {
    const person = await signUpPerson(`matriks-${role.toLowerCase()}`);
    await (await database()).query('update accounts.users set roles = $2 where id = $1', [person.id, [role]]);
    sessions[actor] = { token: await signInPerson(person.email), userId: person.id };
  }
  return sessions;
}
/** verifiedSeller() signs its sellers up with this password (support/client.ts signUpFresh). */
const SELLER_PASSWORD = 'rahasia-uji-123';

const sellerPart =
  (until?: 'accept' | 'ship' | 'deliver' | 'confirm') =>
  async ({ cast, world }: CellContext) => {
    const order = await placeOrder(cast.buyer.token, world.variant, cast.sellerA.shopId);
    if (until) await advance(order, cast.sellerA.token, cast.buyer.token, until);
    return order;
  };
const partWritten = (t: Target) =>
  Promise.all([
    one('select * from orders.seller_orders where id = $1', t.sellerOrderId),
    one('select id from orders.order_events where order_id = $1 order by id', t.orderId),
    one('select status from orders.orders where id = $1', t.orderId),
  ]);

const productWritten = (t: Target) =>
  Promise.all([
    one('select * from products.products where id = $1', t.id),
    one('select * from products.product_variants where product_id = $1', t.id),
    one('select id from products.stock_adjustments where product_id = $1', t.id),
  ]);
const productMutation = (
  field: string,
  query: RowDocument,
  prepare: (cell: CellContext) => Promise<object>,
): MutationRow => ({
  field,
  expected: SELLER_A_PRODUCT,
  prepare,
  run: (t, { token }) => callApi(query, { id: t.id, v: t.variants?.[0]?.id }, { token }),
  written: productWritten,
});

const SHOP_REVIEW: Record<'verifyShop' | 'rejectShop' | 'suspendShop' | 'restoreShop', RowDocument> = {
  verifyShop: graphql('mutation($id: ID!) { verifyShop(id: $id) { id } }'),
  rejectShop: graphql('mutation($id: ID!, $reason: String!) { rejectShop(id: $id, reason: $reason) { id } }'),
  suspendShop: graphql('mutation($id: ID!, $reason: String!) { suspendShop(id: $id, reason: $reason) { id } }'),
  restoreShop: graphql('mutation($id: ID!) { restoreShop(id: $id) { id } }'),
};

/** Kemiren (Glagah): not the matrix staff's village (Sembulung). */
const OTHER_VILLAGE = '35.10.15.2004';

const shopReview = (
  field: 'verifyShop' | 'rejectShop' | 'suspendShop' | 'restoreShop',
  from: 'PENDING' | 'VERIFIED' | 'SUSPENDED',
  otherVillage = false,
): MutationRow => {
  const query = SHOP_REVIEW[field];
  return {
    // Own place / other place: staff of Sembulung meet a Kemiren shop as NOT_FOUND; the regency admin acts anywhere.
    ...(otherVillage
      ? {
          field: `${field}/other-village`,
          label: `${field} (a shop of another village)`,
          expected: { ...STAFF_ONLY, staff: N },
        }
      : { field, expected: STAFF_ONLY }),
    prepare: () => shopIn(from, 'Alasan pengujian matriks', otherVillage ? OTHER_VILLAGE : undefined),
    run: (t, { token }) => callApi(query, { id: t.id, reason: 'Foto toko belum jelas' }, { token }),
    written: (t) => one('select * from sellers.sellers where id = $1', t.id),
  };
};

const CART_LINE: Record<'updateCartLine' | 'removeCartLine', RowDocument> = {
  updateCartLine: graphql(
    'mutation($id: ID!, $t: String) { updateCartLine(lineId: $id, quantity: 3, token: $t) { id } }',
  ),
  removeCartLine: graphql('mutation($id: ID!, $t: String) { removeCartLine(lineId: $id, token: $t) { id } }'),
};
const SIGN_OUT: Record<'signOut' | 'signOutEverywhere', RowDocument> = {
  signOut: graphql('mutation { signOut }'),
  signOutEverywhere: graphql('mutation { signOutEverywhere }'),
};

export const MARKETPLACE_MUTATIONS: MutationRow[] = [
  // accounts
  {
    field: 'signUp',
    expected: EVERYONE,
    prepare: async () => ({ email: `daftar-${uniqueSuffix()}@kampung.test` }),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($input: SignUpInput!) { signUp(input: $input) { token } }'),
        { input: { name: 'Warga Baru', email: t.email, password: PASSWORD } },
        { token },
      ),
    written: (t) => one('select id from accounts.users where email = $1', t.email),
  },
  {
    field: 'signIn',
    label: 'signIn (starts a session)',
    expected: EVERYONE,
    run: (_t, { cast, token }) =>
      callApi(
        graphql('mutation($input: SignInInput!) { signIn(input: $input) { token } }'),
        { input: { email: cast.buyer.email, password: PASSWORD } },
        { token },
      ),
    written: (_t, { cast }) => one('select id from accounts.sessions where user_id = $1 order by id', cast.buyer.id),
  },
  {
    field: 'refreshSession',
    label: 'refreshSession (a refresh token is its own credential, whoever sends it)',
    expected: EVERYONE,
    prepare: () => signUpPerson('matriks-sesi'),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($r: String!) { refreshSession(refreshToken: $r) { token } }'),
        { r: t.refreshToken },
        { token },
      ),
    written: (t) => one('select * from accounts.sessions where user_id = $1', t.id),
  },
  // orders: carts and checkout
  {
    field: 'addToCart',
    expected: EVERYONE,
    run: (_t, { world, token }) =>
      callApi(
        graphql('mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { id } }'),
        { v: world.variant.variantId },
        { token },
      ),
    written: (_t, { world }) =>
      one('select id, quantity from orders.cart_lines where variant_id = $1 order by id', world.variant.variantId),
  },
  {
    field: 'addToCart',
    label: "addToCart (seller A's draft: not for sale, not even to its owner)",
    expected: { anonymous: N, buyer: N, sellerA: N, sellerB: N, staff: N, admin: N },
    run: (_t, { world, token }) =>
      callApi(
        graphql('mutation($v: ID!) { addToCart(variantId: $v, quantity: 1) { id } }'),
        { v: world.draft.variants[0]!.id },
        { token },
      ),
    written: (_t, { world }) =>
      one('select id from orders.cart_lines where variant_id = $1', world.draft.variants[0]!.id),
  },
  ...(['updateCartLine', 'removeCartLine'] as const).map((field): MutationRow => ({
    field,
    label: `${field} (the buyer's line, with the buyer's cart token)`,
    expected: { anonymous: N, buyer: O, sellerA: N, sellerB: N, staff: N, admin: N },
    prepare: ({ cast, world }) => addToCart(cast.buyer.token, world.variant.variantId),
    run: (t, { token }) => callApi(CART_LINE[field], { id: t.lineId, t: t.cartToken }, { token }),
    written: (t) => one('select id, quantity from orders.cart_lines where id = $1', t.lineId),
  })),
  {
    field: 'mergeCart',
    label: "mergeCart (a guest cart's token)",
    expected: ANY_PERSON,
    prepare: ({ world }) => addToCart(undefined, world.variant.variantId),
    run: (t, { token }) =>
      callApi(graphql('mutation($g: String!) { mergeCart(guestToken: $g) { id } }'), { g: t.cartToken }, { token }),
    written: (t) =>
      one(
        'select c.id, l.quantity from orders.carts c left join orders.cart_lines l on l.cart_id = c.id where c.id = $1',
        t.cartId,
      ),
  },
  {
    field: 'checkout',
    label: 'checkout (own cart, one line)',
    expected: ANY_PERSON,
    prepare: async ({ world, token }) => (token ? addToCart(token, world.variant.variantId) : {}),
    run: (_t, { cast, token }) =>
      callApi(
        graphql('mutation($input: CheckoutInput!) { checkout(input: $input) { order { id } } }'),
        {
          input: {
            shippingAddress: {
              recipientName: 'Siti Aminah',
              phone: '081234567890',
              street: 'Jl. Raya Kemiren No. 5',
              village: 'Kemiren',
              district: 'Glagah',
              regency: 'Banyuwangi',
              province: 'Jawa Timur',
              postalCode: '68432',
            },
            shipping: [{ sellerId: cast.sellerA.shopId, option: 'KURIR_LOKAL' }],
            paymentMethod: 'COD',
          },
        },
        { token },
      ),
    written: () => one('select count(*)::int as orders from orders.orders'),
  },
  {
    field: 'confirmOrderReceived',
    expected: BUYER_OWN,
    prepare: sellerPart('deliver'),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($id: ID!) { confirmOrderReceived(orderId: $id) { id } }'),
        { id: t.orderId },
        { token },
      ),
    written: partWritten,
  },
  {
    field: 'reviewOrderLine',
    expected: BUYER_OWN,
    prepare: sellerPart('confirm'),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($id: ID!) { reviewOrderLine(orderLineId: $id, rating: 5, comment: "Bagus") { id } }'),
        { id: t.lineId },
        { token },
      ),
    written: (t) => one('select * from orders.reviews where order_line_id = $1', t.lineId),
  },
  // orders: the seller's side
  {
    field: 'acceptSellerOrder',
    expected: SELLER_A_PART,
    prepare: sellerPart(),
    run: (t, { token }) =>
      callApi(graphql('mutation($id: ID!) { acceptSellerOrder(id: $id) { id } }'), { id: t.sellerOrderId }, { token }),
    written: partWritten,
  },
  {
    field: 'shipSellerOrder',
    expected: SELLER_A_PART,
    prepare: sellerPart('accept'),
    run: (t, { token }) =>
      callApi(
        graphql(
          'mutation($id: ID!) { shipSellerOrder(id: $id, courier: "JNE", trackingNumber: "JNE-MATRIKS") { id } }',
        ),
        { id: t.sellerOrderId },
        { token },
      ),
    written: partWritten,
  },
  {
    field: 'deliverSellerOrder',
    expected: SELLER_A_PART,
    prepare: sellerPart('ship'),
    run: (t, { token }) =>
      callApi(graphql('mutation($id: ID!) { deliverSellerOrder(id: $id) { id } }'), { id: t.sellerOrderId }, { token }),
    written: partWritten,
  },
  {
    field: 'cancelSellerOrder',
    expected: SELLER_A_PART,
    prepare: sellerPart(),
    run: (t, { token }) =>
      callApi(
        graphql('mutation($id: ID!) { cancelSellerOrder(id: $id, reason: "Stok habis") { id } }'),
        { id: t.sellerOrderId },
        { token },
      ),
    written: partWritten,
  },
  // products (the catalogue's cells, moved here from catalog-authz.test.ts)
  {
    field: 'createProduct',
    expected: { anonymous: U, buyer: F, sellerA: O, sellerB: O, staff: F, admin: F },
    run: (_t, { token }) =>
      callApi(
        graphql('mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }'),
        { input: productInputFor() },
        { token },
      ),
    written: () => one('select count(*)::int as products from products.products'),
  },
  productMutation(
    'updateProduct',
    graphql('mutation($id: ID!) { updateProduct(id: $id, input: { description: "Diubah" }) { id } }'),
    ({ cast }) => draftProduct(cast.sellerA),
  ),
  productMutation('publishProduct', graphql('mutation($id: ID!) { publishProduct(id: $id) { id } }'), ({ cast }) =>
    draftProduct(cast.sellerA),
  ),
  productMutation(
    'unpublishProduct',
    graphql('mutation($id: ID!) { unpublishProduct(id: $id) { id } }'),
    async ({ cast }) => {
      const p = await publishedProduct(cast.sellerA, 5);
      return { id: p.productId };
    },
  ),
  productMutation('archiveProduct', graphql('mutation($id: ID!) { archiveProduct(id: $id) { id } }'), ({ cast }) =>
    draftProduct(cast.sellerA),
  ),
  productMutation(
    'adjustStock',
    graphql('mutation($v: ID!) { adjustStock(variantId: $v, delta: 1, reason: "Stok baru datang") { id } }'),
    ({ cast }) => draftProduct(cast.sellerA),
  ),
  {
    field: 'uploads/product-photo',
    label: "upload photo (seller A's product, the products route)",
    expected: SELLER_A_PRODUCT,
    prepare: ({ cast }) => draftProduct(cast.sellerA),
    run: async (t, { token }) => {
      const response = await uploadPhoto(t.id, await jpeg(), token);
      return ((
        { 201: 'OK', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 400: 'BAD_USER_INPUT' } as Record<
          number,
          Outcome
        >
      )[response.status] ?? String(response.status)) as Outcome;
    },
    written: (t) => one('select id from products.product_photos where product_id = $1', t.id),
  },
  // sellers
  {
    field: 'registerShop',
    expected: { anonymous: U, buyer: O, sellerA: B, sellerB: B, staff: O, admin: O },
    // New people each time, so a shop opened in one cell changes no other cell.
    actors: async () => ({
      buyer: await fresh(['BUYER']),
      staff: await fresh(['STAFF']),
      admin: await fresh(['ADMIN']),
    }),
    run: (_t, { token }) => callApi(REGISTER, { input: shopInput() }, { token }),
    written: () => one('select count(*)::int as shops from sellers.sellers'),
  },
  {
    field: 'updateShop',
    label: 'updateShop (own shop only)',
    expected: { anonymous: U, buyer: N, sellerA: O, sellerB: O, staff: N, admin: N },
    run: (_t, { token }) =>
      callApi(
        graphql('mutation($d: String!) { updateShop(input: { description: $d }) { id } }'),
        { d: `Diperbarui ${uniqueSuffix()}` },
        { token },
      ),
    written: (_t, { cast }) =>
      one('select * from sellers.sellers where id = any($1) order by id', [cast.sellerA.shopId, cast.sellerB.shopId]),
  },
  shopReview('verifyShop', 'PENDING'),
  shopReview('rejectShop', 'PENDING'),
  shopReview('suspendShop', 'VERIFIED'),
  shopReview('restoreShop', 'SUSPENDED'),
  shopReview('verifyShop', 'PENDING', true),
  shopReview('rejectShop', 'PENDING', true),
  shopReview('suspendShop', 'VERIFIED', true),
  shopReview('restoreShop', 'SUSPENDED', true),
];

/** Last, so that no session another row uses can end here by mistake. */
export const SESSION_MUTATIONS: MutationRow[] = [
  ...(['signOut', 'signOutEverywhere'] as const).map((field): MutationRow => ({
    field,
    label: `${field} (a session of its own for each role)`,
    expected: ANY_PERSON,
    actors: (cell) => freshSessions(cell, field === 'signOutEverywhere'),
    run: (_t, { token }) => callApi(SIGN_OUT[field], {}, { token }),
    written: (_t, { userId }) =>
      one('select id, revoked_at from accounts.sessions where user_id = $1 order by id', userId ?? null),
  })),
];

function productInputFor() {
  return {
    title: unique('Kain Batik Matriks Baru'),
    description: 'Batik untuk pengujian',
    categorySlug: 'batik',
    attributes: [],
    variants: [
      {
        sku: `MTX-${uniqueSuffix()}`.toUpperCase(),
        name: 'Standar',
        options: [],
        price: 150_000,
        stock: 5,
        weightGrams: 300,
      },
    ],
  };
}

let photo: Buffer | undefined;
async function jpeg(): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  photo ??= await sharp({ create: { width: 64, height: 48, channels: 3, background: '#8a2f1d' } })
    .jpeg()
    .toBuffer();
  return photo;
}
