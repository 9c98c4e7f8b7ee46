import { beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/client.js';
import { graphql } from './support/graphql.js';
import {
  createProduct,
  registerShop,
  staffDo,
  tokenWith,
  unique,
  uploadPhoto,
  verifiedSeller,
} from './support/catalog.js';

// The catalogue's roles × operations cells live in the one authorization matrix (authz-matrix.test.ts).

let productA: Awaited<ReturnType<typeof createProduct>>;
let sellerA: Awaited<ReturnType<typeof verifiedSeller>>;

beforeAll(async () => {
  sellerA = await verifiedSeller();
  productA = await createProduct(sellerA.token, unique('Kain Batik Status'));
});

describe('shop status reaches the catalogue at once', () => {
  it('hides a suspended shop from listings and search, and shows the reason to its owner', async () => {
    const seller = await verifiedSeller();
    const title = unique('Kain Batik Gedegan Tangguh');
    const product = await createProduct(seller.token, title);
    await callApi(
      graphql('mutation($id: ID!) { publishProduct(id: $id) { id } }'),
      { id: product.id },
      { token: seller.token },
    );
    const find = async () =>
      (
        await callApi(graphql('query($t: String) { search(input: { text: $t }) { nodes { id } } }'), { t: title })
      ).data?.search.nodes.map((n) => n.id);
    expect(await find()).toContain(product.id);
    await staffDo('suspend', seller.shopId, 'Melanggar aturan pasar');
    expect(await find()).not.toContain(product.id);
    expect(
      (await callApi(graphql('query($s: String!) { product(slug: $s) { id } }'), { s: product.slug })).data?.product,
    ).toBeNull();
    const mine = await callApi(
      graphql('{ myShop { verificationStatus rejectionReason } }'),
      {},
      { token: seller.token },
    );
    expect(mine.data?.myShop).toEqual({ verificationStatus: 'SUSPENDED', rejectionReason: 'Melanggar aturan pasar' });
    await staffDo('restore', seller.shopId);
    expect(await find()).toContain(product.id);
  });

  it('needs a reason to reject, in Indonesian and English', async () => {
    const shop = await registerShop(await tokenWith(['BUYER']));
    const result = await callApi(
      graphql('mutation($id: ID!) { rejectShop(id: $id, reason: "") { id } }'),
      { id: shop.id },
      { token: await tokenWith(['STAFF']) },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'reason', message: 'Alasan minimal 5 karakter', messageEn: 'Reason needs at least 5 characters' },
      ],
    });
  });

  it('refuses a file that is not an image by its bytes', async () => {
    const response = await uploadPhoto(productA.id, new TextEncoder().encode('GIF89a bukan foto'), sellerA.token);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: 'BAD_USER_INPUT', messageEn: 'The photo must be JPEG, PNG or WebP' },
    });
  });
});
