import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createProduct, REGISTER, shopInput, tokenWith, unique } from './support/catalog.js';
import { callApi, signUpFresh } from './support/client.js';
import { graphql } from './support/graphql.js';

/**
 * The marketplace by place (decision 023), through the gateway: every shop belongs to a village,
 * that village's staff (or the regency admin) verify it, and the catalogue filters by kecamatan
 * and village code.
 */
const SEMBULUNG = '35.10.06.2003'; // Cluring
const KEMIREN = '35.10.15.2004'; // Glagah

const staffOf = (village: string) => tokenWith(['STAFF'], undefined, [{ role: 'VILLAGE_STAFF', place: village }]);
const regencyAdmin = () => tokenWith(['ADMIN'], undefined, [{ role: 'REGENCY_ADMIN', place: '35.10' }]);

const VERIFY = graphql('mutation($id: ID!) { verifyShop(id: $id) { id verificationStatus } }');
const QUEUE = graphql('{ shopsForReview(first: 100) { edges { node { id villageCode } } } }');
const SHOP = graphql(
  'query($s: String!) { seller(slug: $s) { villageCode village district homeVillage { code name districtCode } } }',
);
const SEARCH = graphql(
  'query($t: String, $d: String, $v: String) { search(input: { text: $t, districtCode: $d, villageCode: $v }) { nodes { id } } }',
);
const PUBLISH = graphql('mutation($id: ID!) { publishProduct(id: $id) { id } }');

let db: pg.Client;
/** A word only this run's products carry, so seeded and other tests' products stay out of the counts. */
const tag = `regensi${Date.now().toString(36)}`;

async function openShop(villageCode: string) {
  const owner = await signUpFresh('penjual-desa');
  const result = await callApi(
    REGISTER,
    { input: shopInput(unique('Toko Desa'), villageCode) },
    { token: owner.token },
  );
  if (!result.data?.registerShop) throw new Error(`registerShop failed: ${JSON.stringify(result.errors)}`);
  return { ...result.data.registerShop, token: owner.token };
}

const statusOf = async (id: string) =>
  (
    await db.query<{ verification_status: string; outbox: number }>(
      `select verification_status,
              (select count(*)::int from sellers.status_outbox o where o.seller_id = s.id and o.status <> 'PENDING') as outbox
         from sellers.sellers s where id = $1`,
      [id],
    )
  ).rows[0];

beforeAll(async () => {
  db = new pg.Client({ connectionString: inject('system').databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
});

describe('shops belong to villages', () => {
  it('stores the village by code and reaches its office through places', async () => {
    const shop = await openShop(KEMIREN);
    const read = await callApi(SHOP, { s: shop.slug }, { token: shop.token });
    expect(read.errors).toBeUndefined();
    expect(read.data?.seller).toEqual({
      villageCode: KEMIREN,
      village: 'Kemiren',
      district: 'Glagah',
      homeVillage: { code: KEMIREN, name: 'Kemiren', districtCode: '35.10.15' },
    });
  });

  it('refuses a village the regency does not have, naming villageCode, and opens no shop', async () => {
    const owner = await signUpFresh('penjual-desa');
    const result = await callApi(
      REGISTER,
      { input: shopInput(unique('Toko Entah'), '35.10.06.2999') },
      { token: owner.token },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'villageCode' }],
    });
    const { rows } = await db.query('select 1 from sellers.sellers where owner_user_id = $1', [owner.id]);
    expect(rows).toEqual([]);
  });
});

describe('verification by the village', () => {
  it("staff of another village neither see nor verify the shop; its own village's staff do", async () => {
    const shop = await openShop(SEMBULUNG);
    const kemirenStaff = await staffOf(KEMIREN);
    const queue = await callApi(QUEUE, {}, { token: kemirenStaff });
    expect(queue.data?.shopsForReview.edges.map((e) => e.node.id)).not.toContain(shop.id);
    expect(new Set(queue.data?.shopsForReview.edges.map((e) => e.node.villageCode))).not.toContain(SEMBULUNG);

    const refused = await callApi(VERIFY, { id: shop.id }, { token: kemirenStaff });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await statusOf(shop.id)).toEqual({ verification_status: 'PENDING', outbox: 0 });

    const sembulungStaff = await staffOf(SEMBULUNG);
    const own = await callApi(QUEUE, {}, { token: sembulungStaff });
    expect(own.data?.shopsForReview.edges.map((e) => e.node.id)).toContain(shop.id);
    const verified = await callApi(VERIFY, { id: shop.id }, { token: sembulungStaff });
    expect(verified.data?.verifyShop).toEqual({ id: shop.id, verificationStatus: 'VERIFIED' });
  });
});

describe('the catalogue by kecamatan and village', () => {
  it('filters search by district and by village code', async () => {
    const admin = await regencyAdmin();
    const listed: Record<string, string> = {};
    for (const village of [SEMBULUNG, KEMIREN]) {
      const shop = await openShop(village);
      expect((await callApi(VERIFY, { id: shop.id }, { token: admin })).errors).toBeUndefined();
      const product = await createProduct(shop.token, `Kain Batik ${tag} ${village}`);
      expect((await callApi(PUBLISH, { id: product.id }, { token: shop.token })).errors).toBeUndefined();
      listed[village] = product.id;
    }
    const found = async (d?: string, v?: string) => {
      const result = await callApi(SEARCH, { t: tag, d, v });
      expect(result.errors).toBeUndefined();
      return result.data!.search.nodes.map((n) => n.id).sort();
    };
    expect(await found()).toEqual([listed[SEMBULUNG], listed[KEMIREN]].sort());
    expect(await found('35.10.06')).toEqual([listed[SEMBULUNG]]);
    expect(await found('35.10.15')).toEqual([listed[KEMIREN]]);
    expect(await found(undefined, KEMIREN)).toEqual([listed[KEMIREN]]);
    expect(await found('35.10.06', KEMIREN)).toEqual([]);
    const bad = await callApi(SEARCH, { t: tag, d: 'Cluring' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'districtCode' }] });
  });
});
