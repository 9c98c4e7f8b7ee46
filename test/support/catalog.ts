import { signingKeyOf, signUserToken, type Membership, type Role } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { callApi, signUpFresh } from './client.js';
import { graphql } from './graphql.js';

/** Helpers for the catalogue tests: shops and products of their own, never seeded ones. */
/** Signed as accounts signs (EdDSA, the test system's key): gateway and subgraphs check it by accounts' JWKS. */
export const tokenWith = async (roles: Role[], userId: string = randomUUID(), memberships: Membership[] = []) =>
  signUserToken(
    { userId, roles, memberships },
    {
      secret: inject('system').jwtSecret,
      issuer: 'smart-kampung-accounts',
      signingKey: await signingKeyOf(inject('system').jwtPrivateKey),
    },
  );

let counter = 0;
export const unique = (prefix: string) =>
  `${prefix} ${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 5)}`;

export const REGISTER = graphql(
  'mutation($input: RegisterShopInput!) { registerShop(input: $input) { id slug verificationStatus } }',
);
/** Test shops are in Sembulung (35.10.06.2003), the village of the matrix's staff, unless asked otherwise. */
export const shopInput = (name = unique('Toko Uji'), villageCode = '35.10.06.2003') => ({
  name,
  villageCode,
  whatsapp: '081234567890',
  description: 'Toko untuk pengujian',
});

export async function registerShop(token: string, villageCode?: string): Promise<{ id: string; slug: string }> {
  const result = await callApi(REGISTER, { input: shopInput(undefined, villageCode) }, { token });
  if (!result.data?.registerShop) throw new Error(`registerShop failed: ${JSON.stringify(result.errors)}`);
  return result.data.registerShop;
}

const STAFF_ACTIONS = {
  verify: graphql('mutation($id: ID!) { verifyShop(id: $id) { id } }'),
  restore: graphql('mutation($id: ID!) { restoreShop(id: $id) { id } }'),
  reject: graphql('mutation($id: ID!, $reason: String!) { rejectShop(id: $id, reason: $reason) { id } }'),
  suspend: graphql('mutation($id: ID!, $reason: String!) { suspendShop(id: $id, reason: $reason) { id } }'),
};

export async function staffDo(
  action: 'verify' | 'reject' | 'suspend' | 'restore',
  id: string,
  reason = 'Alasan pengujian',
): Promise<void> {
  // The regency admin may review the shops of every village (staff only their own village's).
  const options = { token: await tokenWith(['ADMIN'], undefined, [{ role: 'REGENCY_ADMIN', place: '35.10' }]) };
  const result =
    action === 'verify'
      ? await callApi(STAFF_ACTIONS.verify, { id }, options)
      : action === 'restore'
        ? await callApi(STAFF_ACTIONS.restore, { id }, options)
        : action === 'reject'
          ? await callApi(STAFF_ACTIONS.reject, { id, reason }, options)
          : await callApi(STAFF_ACTIONS.suspend, { id, reason }, options);
  if (result.errors) throw new Error(`${action} failed: ${JSON.stringify(result.errors)}`);
}

/** A signed-up user with a verified shop. */
export async function verifiedSeller(): Promise<{ token: string; userId: string; shopId: string; slug: string }> {
  const user = await signUpFresh('penjual');
  const shop = await registerShop(user.token);
  await staffDo('verify', shop.id);
  return { token: user.token, userId: user.id, shopId: shop.id, slug: shop.slug };
}

export const CREATE = graphql(
  'mutation($input: CreateProductInput!) { createProduct(input: $input) { id slug status variants { id sku } } }',
);
export const productInput = (title = unique('Kain Batik Uji')) => ({
  title,
  description: 'Batik untuk pengujian',
  categorySlug: 'batik',
  attributes: [{ name: 'technique', value: 'tulis' }],
  variants: [
    {
      sku: unique('UJI').replace(/\s/g, '-').toUpperCase(),
      name: 'Standar',
      options: [],
      price: 150_000,
      stock: 5,
      weightGrams: 300,
    },
  ],
});

export async function createProduct(
  token: string,
  title?: string,
): Promise<{ id: string; slug: string; variants: { id: string; sku: string }[] }> {
  const result = await callApi(CREATE, { input: productInput(title) }, { token });
  if (!result.data?.createProduct) throw new Error(`createProduct failed: ${JSON.stringify(result.errors)}`);
  return result.data.createProduct;
}

/** POSTs image bytes to the products subgraph's upload route, as the storefront does. */
export async function uploadPhoto(productId: string, bytes: Uint8Array, token?: string): Promise<Response> {
  const base = inject('system').subgraphUrls.products!.replace(/\/graphql$/, '');
  return fetch(`${base}/uploads/product-photo?productId=${productId}`, {
    method: 'POST',
    body: new Uint8Array(bytes),
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}
