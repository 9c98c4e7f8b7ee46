import fc from 'fast-check';
import { sendOperation } from './client.js';
import type { Pools, Role, Tally, Tokens } from './campaign.js';
import { hostileFloat, hostileInt, hostileString, OMIT, wrongKind } from './values.js';

/** A real call that works (or fails only for business reasons) as written. */
export interface ValidCall {
  name: string;
  role: Role;
  query: string;
  variables: Record<string, unknown>;
}

export interface CallContext {
  pools: Pools;
  /** The demo seller's own variant and shop, and a service slug: what valid calls act on. */
  sellerVariantId: string;
  sellerShopId: string;
  buyerVariantId: string;
  shippingCode: string;
  serviceSlug: string;
  staffRequestId?: string;
  unique: string;
}

const ADDRESS = {
  recipientName: 'Siti Aminah',
  phone: '081234567890',
  street: 'Jl. Raya Sembulung 12',
  village: 'Sembulung',
  district: 'Cluring',
  regency: 'Banyuwangi',
  province: 'Jawa Timur',
  postalCode: '68482',
};

/** Real calls of the main mutations and queries, each by the role that may make it. */
export function validCalls(context: CallContext): ValidCall[] {
  const u = context.unique;
  return [
    {
      name: 'signUp',
      role: 'anonymous',
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }',
      variables: {
        input: {
          name: 'Pengguna Fuzz',
          email: `fuzz-${u}@kampung.test`,
          password: 'rahasia-fuzz-123',
          phone: '081234567890',
        },
      },
    },
    {
      name: 'signIn',
      role: 'anonymous',
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: { input: { email: 'pembeli@kampung.test', password: 'kampung123' } },
    },
    {
      name: 'addToCart',
      role: 'buyer',
      query:
        'mutation($variantId: ID!, $quantity: Int!) { addToCart(variantId: $variantId, quantity: $quantity) { id itemCount } }',
      variables: { variantId: context.buyerVariantId, quantity: 1 },
    },
    {
      name: 'checkout',
      role: 'buyer',
      query: 'mutation($input: CheckoutInput!) { checkout(input: $input) { __typename } }',
      variables: {
        input: {
          shippingAddress: ADDRESS,
          shipping: [{ sellerId: context.sellerShopId, option: context.shippingCode }],
          paymentMethod: 'COD',
          idempotencyKey: `fuzz-${u}`,
        },
      },
    },
    {
      name: 'createProduct',
      role: 'seller',
      query: 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id slug variants { id stock } } }',
      variables: {
        input: {
          title: `Batik Fuzz ${u}`,
          description: 'Kain batik tulis untuk uji.',
          categorySlug: 'batik',
          attributes: [{ name: 'Bahan', value: 'Katun' }],
          variants: [
            {
              sku: `FUZZ-${u}`,
              name: '2 m',
              options: [{ name: 'Ukuran', value: '2 m' }],
              price: 150_000,
              stock: 3,
              weightGrams: 300,
            },
          ],
        },
      },
    },
    {
      name: 'adjustStock',
      role: 'seller',
      query:
        'mutation($variantId: ID!, $delta: Int!, $reason: String!) { adjustStock(variantId: $variantId, delta: $delta, reason: $reason) { id stock } }',
      variables: { variantId: context.sellerVariantId, delta: 1, reason: 'Restok dari penjahit' },
    },
    {
      name: 'updateShop',
      role: 'seller',
      query: 'mutation($input: UpdateShopInput!) { updateShop(input: $input) { id description } }',
      variables: { input: { description: 'Batik tulis khas Sembulung, dikerjakan tangan.' } },
    },
    {
      name: 'registerShop',
      role: 'buyer',
      query: 'mutation($input: RegisterShopInput!) { registerShop(input: $input) { id } }',
      variables: {
        input: {
          name: `Toko Fuzz ${u}`,
          villageCode: '35.10.06.2003',
          whatsapp: '081234567890',
          description: 'Toko uji coba.',
        },
      },
    },
    {
      name: 'fileComplaint',
      role: 'buyer',
      query: 'mutation($input: ComplaintInput!) { fileComplaint(input: $input) { id status } }',
      variables: {
        input: {
          subject: 'Lampu jalan mati',
          body: 'Lampu jalan di dusun Krajan mati sejak seminggu.',
          serviceSlug: context.serviceSlug,
        },
      },
    },
    {
      name: 'submitServiceRequest',
      role: 'buyer',
      query:
        'mutation($serviceSlug: String!, $answers: [AnswerInput!]!) { submitServiceRequest(serviceSlug: $serviceSlug, answers: $answers) { id status } }',
      variables: {
        serviceSlug: context.serviceSlug,
        answers: [
          { key: 'nik', value: '3510014101900001' },
          { key: 'kk', value: '3510010101900002' },
          { key: 'fullName', value: 'Siti Aminah' },
          { key: 'address', value: 'RT 01 RW 02, Dusun Krajan' },
          { key: 'purpose', value: 'Persyaratan beasiswa' },
        ],
      },
    },
    {
      name: 'savePost',
      role: 'staff',
      query: 'mutation($id: ID, $input: PostInput!) { savePost(id: $id, input: $input) { id slug } }',
      variables: {
        input: {
          slug: `kabar-fuzz-${u}`,
          kind: 'EVENT',
          title: 'Kerja bakti',
          summary: 'Kerja bakti Minggu pagi.',
          body: 'Warga berkumpul di balai desa.',
          eventAt: '2026-12-06T07:00:00Z',
          place: 'Balai desa',
        },
      },
    },
    {
      name: 'saveCourse',
      role: 'staff',
      query: 'mutation($id: ID, $input: CourseInput!) { saveCourse(id: $id, input: $input) { id slug } }',
      variables: {
        input: {
          slug: `kursus-fuzz-${u}`,
          title: 'Foto produk',
          summary: 'Memotret produk dengan ponsel.',
          audience: 'UMKM',
          published: false,
          modules: [
            { title: 'Cahaya', kind: 'TEXT', body: 'Pakai cahaya jendela.' },
            { title: 'Video', kind: 'VIDEO', url: 'https://example.org/video' },
          ],
        },
      },
    },
    {
      name: 'createService',
      role: 'staff',
      query:
        'mutation($slug: String!, $categoryCode: String!, $villageCode: String, $input: ServiceInput!) { createService(slug: $slug, categoryCode: $categoryCode, villageCode: $villageCode, input: $input) { id } }',
      variables: {
        slug: `layanan-fuzz-${u}`,
        // Village staff create their own village's services (templates are the regency admin's).
        villageCode: '35.10.06.2003',
        categoryCode: context.pools.strings.find((s) => /^[A-Z_]+$/.test(s)) ?? 'ADMINDUK',
        input: {
          name: 'Layanan uji',
          summary: 'Ringkasan',
          description: 'Keterangan',
          requirements: ['KTP-el'],
          steps: ['Isi formulir'],
          slaHours: 24,
          fee: 0,
          office: 'Kantor Desa',
          openingHours: '08.00–14.00',
          isLetter: false,
          formFields: [{ key: 'nama', label: 'Nama', type: 'TEXT', required: true }],
        },
      },
    },
    {
      name: 'search',
      role: 'anonymous',
      query: 'query($input: SearchInput) { search(input: $input) { totalCount nodes { id title } } }',
      variables: {
        input: { text: 'batik', priceMin: 10_000, priceMax: 500_000, sort: 'PRICE_ASC', first: 10, inStock: true },
      },
    },
    {
      name: 'products',
      role: 'anonymous',
      query:
        'query($filter: ProductFilter, $first: Int, $after: String) { products(filter: $filter, first: $first, after: $after) { totalCount } }',
      variables: { filter: { categorySlug: 'batik', sellerId: context.sellerShopId }, first: 5 },
    },
    ...(context.staffRequestId
      ? [
          {
            name: 'transitionServiceRequest',
            role: 'staff' as const,
            query:
              'mutation($id: ID!, $to: ServiceRequestStatus!, $note: String) { transitionServiceRequest(id: $id, to: $to, note: $note) { id status } }',
            variables: { id: context.staffRequestId, to: 'VERIFIED', note: 'Berkas lengkap' },
          },
        ]
      : []),
  ];
}

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
}

function withReplaced(root: Record<string, unknown>, path: Path, replacement: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === OMIT) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    parent[last] = replacement;
  }
  return copy;
}

const replacement = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileInt },
  { weight: 1, arbitrary: hostileFloat },
  { weight: 2, arbitrary: wrongKind },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constant(OMIT) },
);

/**
 * Each valid call sent as it is (what it answered is returned: `ok` or its error codes), then `runs` times with
 * one value changed (anywhere in its variables: replaced by a hostile value, the wrong kind, null, or left out).
 */
export async function fuzzValidCalls(options: {
  gatewayUrl: string;
  calls: ValidCall[];
  tokens: Tokens;
  runs: number;
  seed: number;
  tally: Tally;
}): Promise<Record<string, string>> {
  const unmutated: Record<string, string> = {};
  for (const [index, call] of options.calls.entries()) {
    const name = `valid ${call.name}`;
    const token = options.tokens[call.role];
    const outcome = await sendOperation(options.gatewayUrl, call, token);
    options.tally.record(name, call.role, JSON.stringify(call), outcome);
    unmutated[call.name] = outcome.codes.length ? outcome.codes.join(',') : 'ok';
    const paths = pathsOf(call.variables).filter((path) => path.length > 0);
    await fc.check(
      fc.asyncProperty(fc.constantFrom(...paths), replacement, async (path, value) => {
        const variables = withReplaced(call.variables, path, value);
        const outcome = await sendOperation(options.gatewayUrl, { query: call.query, variables }, token);
        return options.tally.record(name, call.role, JSON.stringify({ path, variables }), outcome);
      }),
      { numRuns: options.runs, seed: options.seed + index, interruptAfterTimeLimit: 60_000 },
    );
  }
  return unmutated;
}
