import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { gql } from './support/client.js';
import { CREATE, createProduct, productInput, REGISTER, registerShop, shopInput, staffDo, tokenWith, unique, uploadPhoto, verifiedSeller } from './support/catalog.js';

type Actor = 'anonymous' | 'buyer' | 'sellerA' | 'sellerB' | 'staff' | 'admin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
const ACTORS: Actor[] = ['anonymous', 'buyer', 'sellerA', 'sellerB', 'staff', 'admin'];

let sellerA: Awaited<ReturnType<typeof verifiedSeller>>;
let sellerB: Awaited<ReturnType<typeof verifiedSeller>>;
let productA: Awaited<ReturnType<typeof createProduct>>;
let jpeg: Buffer;

/** A token for the actor; buyer, staff and admin are new people each time, so no row depends on another. */
async function tokenOf(actor: Actor): Promise<string | undefined> {
  switch (actor) {
    case 'anonymous': return undefined;
    case 'buyer': return tokenWith(['BUYER']);
    case 'sellerA': return sellerA.token;
    case 'sellerB': return sellerB.token;
    case 'staff': return tokenWith(['STAFF']);
    case 'admin': return tokenWith(['ADMIN']);
  }
}

const outcomeOf = (result: { data?: unknown; errors?: { extensions?: { code?: string } }[] }): string =>
  result.errors?.[0]?.extensions?.code ?? 'ok';

/** Each operation: what it does as the actor, and the outcome for each actor. */
const OPERATIONS: { name: string; run: (token?: string) => Promise<string>; expected: Record<Actor, Outcome> }[] = [
  {
    name: 'registerShop',
    run: async (token) => outcomeOf(await gql(REGISTER, { input: shopInput() }, { token })),
    expected: { anonymous: 'UNAUTHENTICATED', buyer: 'ok', sellerA: 'BAD_USER_INPUT', sellerB: 'BAD_USER_INPUT', staff: 'ok', admin: 'ok' },
  },
  {
    name: 'updateShop (own shop only)',
    run: async (token) => outcomeOf(await gql('mutation { updateShop(input: { description: "Diperbarui" }) { id } }', {}, { token })),
    expected: { anonymous: 'UNAUTHENTICATED', buyer: 'NOT_FOUND', sellerA: 'ok', sellerB: 'ok', staff: 'NOT_FOUND', admin: 'NOT_FOUND' },
  },
  ...(['verify', 'reject', 'suspend'] as const).map((action) => ({
    name: `${action}Shop`,
    run: async (token?: string) => {
      const shop = await registerShop(await tokenWith(['BUYER']));
      if (action === 'suspend') await staffDo('verify', shop.id);
      const withReason = action !== 'verify';
      const query = `mutation($id: ID!${withReason ? ', $reason: String!' : ''}) { ${action}Shop(id: $id${withReason ? ', reason: $reason' : ''}) { id verificationStatus } }`;
      return outcomeOf(await gql(query, { id: shop.id, reason: 'Foto toko belum jelas' }, { token }));
    },
    expected: { anonymous: 'UNAUTHENTICATED', buyer: 'FORBIDDEN', sellerA: 'FORBIDDEN', sellerB: 'FORBIDDEN', staff: 'ok', admin: 'ok' } as Record<Actor, Outcome>,
  })),
  {
    name: 'createProduct',
    run: async (token) => outcomeOf(await gql(CREATE, { input: productInput() }, { token })),
    expected: { anonymous: 'UNAUTHENTICATED', buyer: 'FORBIDDEN', sellerA: 'ok', sellerB: 'ok', staff: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: "updateProduct (seller A's)",
    run: async (token) => outcomeOf(await gql('mutation($id: ID!) { updateProduct(id: $id, input: { description: "Diubah" }) { id } }', { id: productA.id }, { token })),
    expected: { anonymous: 'UNAUTHENTICATED', buyer: 'FORBIDDEN', sellerA: 'ok', sellerB: 'FORBIDDEN', staff: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: "publishProduct (seller A's)",
    run: async (token) => outcomeOf(await gql('mutation($id: ID!) { publishProduct(id: $id) { id } }', { id: productA.id }, { token })),
    expected: { anonymous: 'UNAUTHENTICATED', buyer: 'FORBIDDEN', sellerA: 'ok', sellerB: 'FORBIDDEN', staff: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: "adjustStock (seller A's)",
    run: async (token) => outcomeOf(await gql('mutation($v: ID!) { adjustStock(variantId: $v, delta: 1, reason: "Stok baru datang") { id } }', { v: productA.variants[0]!.id }, { token })),
    expected: { anonymous: 'UNAUTHENTICATED', buyer: 'FORBIDDEN', sellerA: 'ok', sellerB: 'FORBIDDEN', staff: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    name: "upload photo (seller A's product)",
    run: async (token) => {
      const response = await uploadPhoto(productA.id, jpeg, token);
      return ({ 201: 'ok', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 400: 'BAD_USER_INPUT' } as Record<number, string>)[response.status] ?? String(response.status);
    },
    expected: { anonymous: 'UNAUTHENTICATED', buyer: 'FORBIDDEN', sellerA: 'ok', sellerB: 'FORBIDDEN', staff: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
];

beforeAll(async () => {
  [sellerA, sellerB] = await Promise.all([verifiedSeller(), verifiedSeller()]);
  productA = await createProduct(sellerA.token, unique('Kain Batik Matriks'));
  jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#8a2f1d' } }).jpeg().toBuffer();
});

describe('who may do what in the catalogue (roles × operations, through the gateway)', () => {
  for (const operation of OPERATIONS) {
    it.each(ACTORS)(`${operation.name} as %s`, async (actor) => {
      expect(await operation.run(await tokenOf(actor))).toBe(operation.expected[actor]);
    });
  }

  it('changes nothing when refused: the product keeps the owner-set description and stock', async () => {
    const result = await gql<{ product: { description: string; variants: { stock: number; stockHistory: { delta: number }[] }[] } }>(
      'query($slug: String!) { product(slug: $slug) { description variants { stock stockHistory { delta } } } }', { slug: productA.slug }, { token: sellerA.token });
    expect(result.data?.product.description).toBe('Diubah');
    expect(result.data?.product.variants[0]).toMatchObject({ stock: 6, stockHistory: [{ delta: 1 }] });
  });
});

describe('shop status reaches the catalogue at once', () => {
  it('hides a suspended shop from listings and search, and shows the reason to its owner', async () => {
    const seller = await verifiedSeller();
    const title = unique('Kain Batik Gedegan Tangguh');
    const product = await createProduct(seller.token, title);
    await gql('mutation($id: ID!) { publishProduct(id: $id) { id } }', { id: product.id }, { token: seller.token });
    const find = async () => (await gql<{ search: { nodes: { id: string }[] } }>('query($t: String) { search(input: { text: $t }) { nodes { id } } }', { t: title })).data?.search.nodes.map((n) => n.id);
    expect(await find()).toContain(product.id);
    await staffDo('suspend', seller.shopId, 'Melanggar aturan pasar');
    expect(await find()).not.toContain(product.id);
    expect((await gql<{ product: null }>('query($s: String!) { product(slug: $s) { id } }', { s: product.slug })).data?.product).toBeNull();
    const mine = await gql<{ myShop: { verificationStatus: string; rejectionReason: string } }>('{ myShop { verificationStatus rejectionReason } }', {}, { token: seller.token });
    expect(mine.data?.myShop).toEqual({ verificationStatus: 'SUSPENDED', rejectionReason: 'Melanggar aturan pasar' });
    await staffDo('restore', seller.shopId);
    expect(await find()).toContain(product.id);
  });

  it('needs a reason to reject, in Indonesian and English', async () => {
    const shop = await registerShop(await tokenWith(['BUYER']));
    const result = await gql('mutation($id: ID!) { rejectShop(id: $id, reason: "") { id } }', { id: shop.id }, { token: await tokenWith(['STAFF']) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason', message: 'Alasan minimal 5 karakter', messageEn: 'Reason needs at least 5 characters' }] });
  });

  it('refuses a file that is not an image by its bytes', async () => {
    const response = await uploadPhoto(productA.id, new TextEncoder().encode('GIF89a bukan foto'), sellerA.token);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', messageEn: 'The photo must be JPEG, PNG or WebP' } });
  });
});
