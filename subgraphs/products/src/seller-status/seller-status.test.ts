import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { signServiceToken, signUserToken } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Category } from '../categories/category.entity.js';
import type { ProductsEnv } from '../env.js';
import { subgraph } from '../index.js';
import { SellerStatus } from './seller-status.entity.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
const SET =
  'mutation($s: ID!, $o: ID!, $st: VerificationStatus!, $vil: String!, $code: String!, $v: Int!) { internalSetSellerStatus(sellerId: $s, ownerUserId: $o, status: $st, village: $vil, villageCode: $code, version: $v) }';
const CREATE = 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }';
const LISTED = 'query($sellerId: ID!) { products(filter: { sellerId: $sellerId }) { totalCount } }';

let products: SubgraphUnderTest<ProductsEnv>;
let service: string;

const CODES: Record<string, string> = { Kemiren: '35.10.15.2004', Olehsari: '35.10.15.2005' };
const tell = async (sellerId: string, ownerUserId: string, status: string, version: number, village = 'Kemiren') =>
  products.request<{ internalSetSellerStatus: boolean }>(
    SET,
    { s: sellerId, o: ownerUserId, st: status, vil: village, code: CODES[village] ?? '35.10.06.2003', v: version },
    service,
  );
const known = (sellerId: string) => products.orm.em.fork().findOne(SellerStatus, { sellerId });
const input = () => ({
  title: 'Kopi Robusta Gombengsari',
  description: 'Dipetik merah, dijemur di para-para.',
  categorySlug: 'kopi',
  attributes: [],
  status: 'ACTIVE',
  variants: [
    { sku: `KOPI-${randomUUID().slice(0, 8)}`, name: '250 g', options: [], price: 45_000, stock: 5, weightGrams: 250 },
  ],
});
const sellerToken = (userId: string) => signUserToken({ userId, roles: ['BUYER', 'SELLER'] }, JWT);

beforeAll(async () => {
  products = await startSubgraphForTest(subgraph, inject('databaseUrl'));
  service = await signServiceToken('sellers', JWT);
  const em = products.orm.em.fork();
  em.create(Category, { slug: 'kopi', name: 'Kopi', nameEn: 'Coffee', position: 1 });
  await em.flush();
});
afterAll(async () => {
  await products?.close();
});

describe('internalSetSellerStatus (delivered by sellers’ status outbox)', () => {
  it('applies a newer version, ignores an older or repeated one', async () => {
    const [shop, owner] = [randomUUID(), randomUUID()];
    expect((await tell(shop, owner, 'VERIFIED', 5)).data?.internalSetSellerStatus).toBe(true);
    // a late delivery of an older change (and a repeat of the same one) changes nothing
    expect((await tell(shop, owner, 'PENDING', 3, 'Olehsari')).data?.internalSetSellerStatus).toBe(false);
    expect((await tell(shop, owner, 'SUSPENDED', 5)).data?.internalSetSellerStatus).toBe(false);
    expect(await known(shop)).toMatchObject({
      status: 'VERIFIED',
      village: 'Kemiren',
      villageCode: '35.10.15.2004',
      version: 5,
      ownerUserId: owner,
    });
    expect((await tell(shop, owner, 'SUSPENDED', 6)).data?.internalSetSellerStatus).toBe(true);
    expect(await known(shop)).toMatchObject({ status: 'SUSPENDED', version: 6 });
  });

  it("copies the shop's village code onto its products, so the catalogue filters by village and district", async () => {
    const [shop, owner] = [randomUUID(), randomUUID()];
    await tell(shop, owner, 'VERIFIED', 1);
    const created = await products.request<{ createProduct: { id: string } }>(
      CREATE,
      { input: input() },
      await sellerToken(owner),
    );
    const id = created.data!.createProduct.id;
    const codeOf = async () =>
      (
        await products.orm.em
          .fork()
          .getConnection()
          .execute<{ code: string }[]>('select seller_village_code as code from products.products where id = ?', [id])
      )[0]?.code;
    expect(await codeOf()).toBe('35.10.15.2004');
    await tell(shop, owner, 'VERIFIED', 2, 'Olehsari');
    expect(await codeOf()).toBe('35.10.15.2005');
    const SEARCH = 'query($input: SearchInput) { search(input: $input) { nodes { id } } }';
    const found = async (filter: Record<string, string>) =>
      (
        await products.request<{ search: { nodes: { id: string }[] } }>(SEARCH, { input: filter })
      ).data?.search.nodes.map((n) => n.id);
    expect(await found({ villageCode: '35.10.15.2005' })).toContain(id);
    expect(await found({ districtCode: '35.10.15' })).toContain(id);
    expect(await found({ villageCode: '35.10.15.2004' })).not.toContain(id);
  });

  it("hides and shows a shop's products as its status changes", async () => {
    const [shop, owner] = [randomUUID(), randomUUID()];
    await tell(shop, owner, 'VERIFIED', 1);
    const created = await products.request(CREATE, { input: input() }, await sellerToken(owner));
    expect(created.errors).toBeUndefined();
    const listed = async () =>
      (await products.request<{ products: { totalCount: number } }>(LISTED, { sellerId: shop })).data?.products
        .totalCount;
    expect(await listed()).toBe(1);
    await tell(shop, owner, 'SUSPENDED', 2);
    expect(await listed()).toBe(0);
    await tell(shop, owner, 'VERIFIED', 3);
    expect(await listed()).toBe(1);
  });

  it('lists products only for a shop it knows as verified; a shop not heard of yet is not verified yet', async () => {
    const [shop, owner] = [randomUUID(), randomUUID()];
    const unknown = await products.request(CREATE, { input: input() }, await sellerToken(owner));
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageEn: 'Your shop has not been verified by village staff yet',
    });
    await tell(shop, owner, 'PENDING', 1);
    const pending = await products.request(CREATE, { input: input() }, await sellerToken(owner));
    expect(pending.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await tell(shop, owner, 'VERIFIED', 2);
    const verified = await products.request(CREATE, { input: input() }, await sellerToken(owner));
    expect(verified.errors).toBeUndefined();
  });

  it('takes only a service token, a known status and a positive version', async () => {
    const [shop, owner] = [randomUUID(), randomUUID()];
    const asUser = await products.request(
      SET,
      { s: shop, o: owner, st: 'VERIFIED', vil: 'Kemiren', code: '35.10.15.2004', v: 1 },
      await sellerToken(owner),
    );
    expect(asUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await tell(shop, owner, 'CLOSED', 1)).errors?.[0]?.message).toMatch(/VerificationStatus/);
    expect((await tell(shop, owner, 'VERIFIED', 0)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'version' }],
    });
    const badCode = await products.request(
      SET,
      { s: shop, o: owner, st: 'VERIFIED', vil: 'Kemiren', code: 'Kemiren', v: 1 },
      service,
    );
    expect(badCode.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'villageCode' }],
    });
    expect(await known(shop)).toBeNull();
  });
});
