import {
  startContractFake,
  startSubgraphForTest,
  TEST_JWT_SECRET,
  type ContractFake,
  type SubgraphUnderTest,
} from '@kampung/devtools';
import { signServiceToken, signUserToken, type Membership, type Role } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraph } from '../index.js';
import type { SellersEnv } from '../env.js';
import { Seller, type VerificationStatus } from './seller.entity.js';

const JWT = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
const REGISTER =
  'mutation($input: RegisterShopInput!) { registerShop(input: $input) { id slug whatsapp address verificationStatus owner { id } } }';
const ENTITIES =
  'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Seller { id name rejectionReason } ... on User { id shop { id } } } }';

type Registered = {
  id: string;
  slug: string;
  whatsapp: string;
  address: string | null;
  verificationStatus: string;
  owner: { id: string };
};
type Entities = {
  _entities: ({ id: string; name?: string; rejectionReason?: string | null; shop?: { id: string } | null } | null)[];
};

/** Accounts and products as their committed SDLs describe them: they record what sellers sends. */
let accounts: ContractFake;
let products: ContractFake;
/** Places: the villages of the regency a shop may belong to. */
let places: ContractFake;
let sellers: SubgraphUnderTest<SellersEnv>;
/** Users accounts knows; a grant for anyone else fails, as it does in accounts. */
const knownUsers = new Set<string>();

beforeAll(async () => {
  accounts = await startContractFake('accounts', {
    internalGrantRole: ({ userId }) => {
      if (!knownUsers.has(String(userId))) throw new Error('Pengguna tidak ditemukan');
      return { id: userId, roles: ['BUYER', 'SELLER'] };
    },
  });
  products = await startContractFake('products', { internalSetSellerStatus: () => true });
  places = await startContractFake('places', {
    village: ({ code }) => {
      if (code === SEMBULUNG)
        return { code, name: 'Sembulung', districtCode: '35.10.06', district: { name: 'Cluring' } };
      if (code === KEMIREN) return { code, name: 'Kemiren', districtCode: '35.10.15', district: { name: 'Glagah' } };
      throw Object.assign(new Error('Desa tidak ditemukan'), { extensions: { code: 'NOT_FOUND' } });
    },
  });
  sellers = await startSubgraphForTest(subgraph, inject('databaseUrl'), {
    ACCOUNTS_URL: accounts.url,
    PRODUCTS_URL: products.url,
    PLACES_URL: places.url,
    // deliveries still go at once after each commit; no background polls inside countQueries
    STATUS_OUTBOX_POLL_MS: '600000',
    LOG_LEVEL: 'error',
  });
});
afterAll(async () => {
  await sellers?.close();
  await accounts?.close();
  await products?.close();
  await places?.close();
});

const SEMBULUNG = '35.10.06.2003';
const KEMIREN = '35.10.15.2004';
const tokenFor = (userId: string, roles: Role[] = ['BUYER'], memberships: Membership[] = []) =>
  signUserToken({ userId, roles, memberships }, JWT);
const staffOf = (village: string) => tokenFor(randomUUID(), ['STAFF'], [{ role: 'VILLAGE_STAFF', place: village }]);
const shopInput = (name: string) => ({
  name,
  villageCode: SEMBULUNG,
  whatsapp: '0812-3456-7890',
  description: 'Batik tulis khas Banyuwangi',
});

/** A shop saved straight into the table, for reads that do not care how it was registered. */
async function insertShop(status: VerificationStatus, extra: Partial<Seller> = {}): Promise<Seller> {
  const em = sellers.orm.em.fork();
  const id = randomUUID();
  const seller = em.create(Seller, {
    ownerUserId: randomUUID(),
    name: `Toko ${id.slice(0, 8)}`,
    slug: `toko-${id}`,
    villageCode: KEMIREN,
    village: 'Kemiren',
    district: 'Glagah',
    whatsapp: '+6285200002001',
    description: '',
    verificationStatus: status,
    ...extra,
    id,
  });
  await em.flush();
  return seller;
}

describe('registerShop', () => {
  it('opens a pending shop with a slug and a normalised number, grants SELLER in accounts and tells products', async () => {
    const userId = randomUUID();
    knownUsers.add(userId);
    const shop = await sellers.request<{ registerShop: Registered }>(
      REGISTER,
      { input: { ...shopInput('  Batik Sekar Sembulung! '), address: '' } },
      await tokenFor(userId),
    );
    expect(shop.errors).toBeUndefined();
    expect(shop.data?.registerShop).toMatchObject({
      slug: 'batik-sekar-sembulung',
      whatsapp: '+6281234567890',
      address: null,
      verificationStatus: 'PENDING',
      owner: { id: userId },
    });
    expect(accounts.calls.filter((c) => c.args.userId === userId).map((c) => c.args)).toEqual([
      { userId, role: 'SELLER' },
    ]);
    // products learns the new shop and its owner through the status outbox, right after the commit
    await expect
      .poll(() => products.calls.filter((c) => c.args.sellerId === shop.data?.registerShop.id).map((c) => c.args))
      .toMatchObject([{ ownerUserId: userId, status: 'PENDING', village: 'Sembulung', villageCode: SEMBULUNG }]);
  });

  it("takes the village's and district's names from places, by the code", async () => {
    const shop = await sellers.request<{ registerShop: { villageCode: string; village: string; district: string } }>(
      'mutation($input: RegisterShopInput!) { registerShop(input: $input) { villageCode village district } }',
      {
        input: { ...shopInput('Kopi Lego Kemiren'), villageCode: ` ${KEMIREN} `, village: 'Salah', district: 'Salah' },
      },
      await tokenFor(randomUUID()),
    );
    expect(shop.errors).toBeUndefined();
    expect(shop.data?.registerShop).toEqual({ villageCode: KEMIREN, village: 'Kemiren', district: 'Glagah' });
  });

  it('refuses a village the regency does not have, naming villageCode, and writes nothing', async () => {
    const userId = randomUUID();
    for (const villageCode of ['35.10.99.2999', '3510062003']) {
      const bad = await sellers.request(
        REGISTER,
        { input: { ...shopInput('Toko Desa Entah'), villageCode } },
        await tokenFor(userId),
      );
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'villageCode', message: expect.stringMatching(/desa/i), messageEn: expect.any(String) }],
      });
    }
    const rows = await sellers.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>(
        `select (select count(*)::int from sellers.sellers where owner_user_id = ?) +
                (select count(*)::int from sellers.status_outbox where owner_user_id = ?) as n`,
        [userId, userId],
      );
    expect(rows[0]?.n).toBe(0);
    expect(accounts.calls.filter((c) => c.args.userId === userId)).toEqual([]);
  });

  it('still saves the shop when accounts cannot grant the role', async () => {
    const shop = await sellers.request<{ registerShop: Registered }>(
      REGISTER,
      { input: shopInput('Kopi Osing Kemiren') },
      await tokenFor(randomUUID()),
    );
    expect(shop.errors).toBeUndefined();
    expect(shop.data?.registerShop.slug).toBe('kopi-osing-kemiren');
  });

  it('refuses a second shop for the same user', async () => {
    const token = await tokenFor(randomUUID());
    await sellers.request(REGISTER, { input: shopInput('Kopi Gombengsari') }, token);
    const again = await sellers.request(REGISTER, { input: shopInput('Kopi Gombengsari Dua') }, token);
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: '_', messageEn: 'You already have a shop' }],
    });
  });

  it('makes slugs unique with a suffix', async () => {
    const slugs: string[] = [];
    for (let i = 0; i < 3; i++) {
      const shop = await sellers.request<{ registerShop: Registered }>(
        REGISTER,
        { input: shopInput('Hasil Bumi Ijen') },
        await tokenFor(randomUUID()),
      );
      slugs.push(shop.data!.registerShop.slug);
    }
    expect(slugs).toEqual(['hasil-bumi-ijen', 'hasil-bumi-ijen-2', 'hasil-bumi-ijen-3']);
  });

  it('lists every invalid field with Indonesian and English messages', async () => {
    const bad = await sellers.request(
      REGISTER,
      {
        input: {
          name: 'AB',
          villageCode: 'K',
          whatsapp: '12345',
          description: 'x'.repeat(2001),
          address: 'y'.repeat(301),
        },
      },
      await tokenFor(randomUUID()),
    );
    const extensions = bad.errors?.[0]?.extensions as {
      code: string;
      fields: { field: string; message: string; messageEn: string }[];
    };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    expect(extensions.fields.map((f) => f.field).sort()).toEqual([
      'address',
      'description',
      'name',
      'villageCode',
      'whatsapp',
    ]);
    expect(extensions.fields.find((f) => f.field === 'name')).toEqual({
      field: 'name',
      message: 'Nama toko minimal 3 karakter',
      messageEn: 'Shop name needs at least 3 characters',
    });
    expect(extensions.fields.find((f) => f.field === 'whatsapp')?.messageEn).toBe(
      'WhatsApp number is not valid, e.g. 0812 3456 7890',
    );
  });

  it('needs a signed-in user', async () => {
    const anonymous = await sellers.request(REGISTER, { input: shopInput('Toko Tanpa Pemilik') });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const service = await sellers.request(
      REGISTER,
      { input: shopInput('Toko Layanan') },
      await signServiceToken('products', JWT),
    );
    expect(service.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('reading shops', () => {
  it("shows a shop before verification only to its owner and its village's staff", async () => {
    const pending = await insertShop('PENDING');
    const query = 'query($slug: String!) { seller(slug: $slug) { id owner { id } } }';
    const anonymous = await sellers.request(query, { slug: pending.slug });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const stranger = await sellers.request(query, { slug: pending.slug }, await tokenFor(randomUUID()));
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const owner = await sellers.request<{ seller: { id: string; owner: { id: string } } }>(
      query,
      { slug: pending.slug },
      await tokenFor(pending.ownerUserId),
    );
    expect(owner.data?.seller).toEqual({ id: pending.id, owner: { id: pending.ownerUserId } });
    const staff = await sellers.request<{ seller: { id: string } }>(
      query,
      { slug: pending.slug },
      await staffOf(KEMIREN),
    );
    expect(staff.data?.seller.id).toBe(pending.id);
    const elsewhere = await sellers.request(query, { slug: pending.slug }, await staffOf(SEMBULUNG));
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for an unknown slug', async () => {
    const unknown = await sellers.request('{ seller(slug: "tidak-ada") { id } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('pages through verified shops newest first, ties broken by id', async () => {
    const at = (day: number) => new Date(Date.UTC(2031, 0, day));
    const newest = await insertShop('VERIFIED', { createdAt: at(5) });
    const second = await insertShop('VERIFIED', { createdAt: at(4) });
    const tied = [
      await insertShop('VERIFIED', { createdAt: at(3) }),
      await insertShop('VERIFIED', { createdAt: at(3) }),
    ].sort((a, b) => (a.id < b.id ? 1 : -1));
    const fifth = await insertShop('VERIFIED', { createdAt: at(2) });
    await insertShop('PENDING', { createdAt: at(6) });
    await insertShop('SUSPENDED', { createdAt: at(6) });

    type Page = {
      sellers: {
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        totalCount: number;
      };
    };
    const query =
      'query($after: String) { sellers(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } totalCount } }';
    const pages: Page['sellers'][] = [];
    let after: string | null = null;
    do {
      const result: { data?: Page } = await sellers.request<Page>(query, { after });
      pages.push(result.data!.sellers);
      after = pages.at(-1)!.pageInfo.endCursor;
    } while (pages.at(-1)!.pageInfo.hasNextPage);

    const ids = pages.flatMap((page) => page.edges.map((e) => e.node.id));
    expect(ids.slice(0, 5)).toEqual([newest.id, second.id, tied[0]!.id, tied[1]!.id, fifth.id]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages.slice(0, -1).every((page) => page.edges.length === 2 && page.pageInfo.hasNextPage)).toBe(true);
    expect(pages.every((page) => page.totalCount === ids.length)).toBe(true);
    expect(await sellers.orm.em.fork().count(Seller, { verificationStatus: 'VERIFIED' })).toBe(ids.length);
  });

  it('refuses a page size over 100 and a forged cursor', async () => {
    const big = await sellers.request('{ sellers(first: 101) { totalCount } }');
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first' }] });
    const forged = await sellers.request('{ sellers(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
  });
});

describe('references', () => {
  it('resolves many shops in one query, in order, with null for an unknown id', async () => {
    const verified = await insertShop('VERIFIED');
    const rejected = await insertShop('REJECTED', { rejectionReason: 'Foto toko belum ada' });
    const representations = [verified.id, randomUUID(), rejected.id, 'not-a-uuid'].map((id) => ({
      __typename: 'Seller',
      id,
    }));
    let result: { data?: Entities } = {};
    const queries = await sellers.countQueries(
      async () => (result = await sellers.request<Entities>(ENTITIES, { representations })),
    );
    expect(queries).toBe(1);
    expect(result.data?._entities).toEqual([
      { id: verified.id, name: verified.name, rejectionReason: null },
      null,
      { id: rejected.id, name: rejected.name, rejectionReason: null },
      null,
    ]);

    const asStaff = await sellers.request<Entities>(
      ENTITIES,
      { representations: [{ __typename: 'Seller', id: rejected.id }] },
      await staffOf(KEMIREN),
    );
    expect(asStaff.data?._entities[0]?.rejectionReason).toBe('Foto toko belum ada');
  });

  it('adds User.shop, batched, hiding a pending shop from everyone but its owner', async () => {
    const verified = await insertShop('VERIFIED');
    const pending = await insertShop('PENDING');
    const representations = [verified.ownerUserId, pending.ownerUserId, randomUUID()].map((id) => ({
      __typename: 'User',
      id,
    }));
    let anonymous: { data?: Entities } = {};
    const queries = await sellers.countQueries(
      async () => (anonymous = await sellers.request<Entities>(ENTITIES, { representations })),
    );
    expect(queries).toBe(1);
    expect(anonymous.data?._entities.map((user) => user?.shop ?? null)).toEqual([{ id: verified.id }, null, null]);
    const owner = await sellers.request<Entities>(ENTITIES, { representations }, await tokenFor(pending.ownerUserId));
    expect(owner.data?._entities.map((user) => user?.shop ?? null)).toEqual([
      { id: verified.id },
      { id: pending.id },
      null,
    ]);
  });
});

describe('internalShopByOwner', () => {
  const query = 'query($userId: ID!) { internalShopByOwner(userId: $userId) { id verificationStatus } }';

  it('answers a service with the shop in any status', async () => {
    const pending = await insertShop('PENDING');
    const token = await signServiceToken('products', JWT);
    const found = await sellers.request<{ internalShopByOwner: { id: string } | null }>(
      query,
      { userId: pending.ownerUserId },
      token,
    );
    expect(found.data?.internalShopByOwner).toEqual({ id: pending.id, verificationStatus: 'PENDING' });
    const none = await sellers.request<{ internalShopByOwner: null }>(query, { userId: randomUUID() }, token);
    expect(none.data?.internalShopByOwner).toBeNull();
  });

  it('refuses users and anonymous callers', async () => {
    const pending = await insertShop('PENDING');
    const asOwner = await sellers.request(query, { userId: pending.ownerUserId }, await tokenFor(pending.ownerUserId));
    expect(asOwner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await sellers.request(query, { userId: pending.ownerUserId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
