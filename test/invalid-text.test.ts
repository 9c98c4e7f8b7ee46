import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifiedSeller, productInput } from './support/catalog.js';
import { ADD, ADDRESS, connectDb, freshShop, freshVariant } from './support/checkout.js';
import { DEMO, callApi, signIn, signUpFresh, type GraphqlError } from './support/client.js';
import { letterAnswers, SKTM } from './support/services.js';

/**
 * Text PostgreSQL cannot store — a lone UTF-16 surrogate, a NUL — sent through the gateway over
 * HTTP in every place that ends up in a JSON column, is refused as BAD_USER_INPUT naming the
 * field, never an INTERNAL_SERVER_ERROR, and nothing is written.
 */

// Stands for the bad text in a variable; replaced in the body's JSON text by the escape itself.
const LONE = '@@LONE@@';

interface RawAnswer {
  status: number;
  text: string;
  errors?: GraphqlError[];
  data?: Record<string, unknown> | null;
}

/** POSTs `{ query, variables }` whose JSON text carries `escape` (`\ud800`) where a variable holds LONE. */
async function postWith(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  escape = '\\ud800',
): Promise<RawAnswer> {
  const json = JSON.stringify({ query, variables });
  const body = json.replace(LONE, escape);
  // The escape itself is in the request: JSON.parse makes it a lone surrogate on the other side.
  if (json.includes(LONE)) expect(body).toContain(`${escape}`);
  expect(body).not.toContain(LONE);
  const response = await fetch(inject('system').gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, ...(JSON.parse(text) as { errors?: GraphqlError[]; data?: never }) };
}

function expectRefused(answer: RawAnswer, field: string): void {
  expect(answer.text).not.toContain('INTERNAL_SERVER_ERROR');
  expect(answer.errors?.[0]?.extensions?.code, answer.text).toBe('BAD_USER_INPUT');
  expect(answer.errors?.[0]?.extensions?.fields).toEqual([
    { field, message: 'Teks berisi karakter yang tidak valid', messageEn: 'Text contains an invalid character' },
  ]);
  expect(answer.data ?? null).toBeNull();
}

let db: pg.Client;
beforeAll(async () => {
  db = await connectDb();
});
afterAll(() => db?.end());

describe('text PostgreSQL cannot store', () => {
  it('a lone surrogate in a checkout address: refused, naming the field; no order, the cart kept', async () => {
    const shop = await freshShop('Toko Teks');
    const { variantId } = await freshVariant(db, shop, 20_000, 5);
    const buyer = await signUpFresh('teks');
    const added = await callApi(ADD, { variantId, quantity: 1 }, { token: buyer.token });
    expect(added.errors).toBeUndefined();
    const answer = await postWith(
      'mutation($input: CheckoutInput!) { checkout(input: $input) { order { id } } }',
      {
        input: {
          shippingAddress: { ...ADDRESS, street: `Jl. Raya Kemiren ${LONE}` },
          shipping: [{ sellerId: shop.shopId, option: 'KURIR_LOKAL' }],
          paymentMethod: 'COD',
        },
      },
      buyer.token,
    );
    expectRefused(answer, 'input.shippingAddress.street');
    const after = await callApi(
      '{ myOrders { totalCount } cart { lines { variantId quantity } } }',
      {},
      {
        token: buyer.token,
      },
    );
    expect(after.data?.myOrders.totalCount).toBe(0);
    expect(after.data?.cart.lines).toEqual([{ variantId, quantity: 1 }]);
  });

  it('a lone surrogate in a product attribute or a variant option: refused, naming the field; no product', async () => {
    const seller = await verifiedSeller();
    const CREATE = 'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }';
    const base = productInput();
    const attribute = await postWith(
      CREATE,
      { input: { ...base, attributes: [{ name: 'motif', value: `gajah oling ${LONE}` }] } },
      seller.token,
    );
    expectRefused(attribute, 'input.attributes.0.value');
    const option = await postWith(
      CREATE,
      { input: { ...base, variants: [{ ...base.variants[0], options: [{ name: 'warna', value: LONE }] }] } },
      seller.token,
      // A low surrogate with no high one before it.
      '\\udc00',
    );
    expectRefused(option, 'input.variants.0.options.0.value');
    const mine = await callApi('{ myProducts { totalCount } }', {}, { token: seller.token });
    expect(mine.data?.myProducts.totalCount).toBe(0);
  });

  it('a lone surrogate in a service application answer: refused, naming the field; no request', async () => {
    const citizen = await signUpFresh('teks');
    const answer = await postWith(
      'mutation($slug: String!, $answers: [AnswerInput!]!) { submitServiceRequest(serviceSlug: $slug, answers: $answers) { id } }',
      { slug: SKTM, answers: letterAnswers({ fullName: `Siti ${LONE}` }) },
      citizen.token,
    );
    const index = letterAnswers().findIndex(({ key }) => key === 'fullName');
    expectRefused(answer, `answers.${index}.value`);
    const mine = await callApi('{ myServiceRequests { totalCount } }', {}, { token: citizen.token });
    expect(mine.data?.myServiceRequests.totalCount).toBe(0);
  });

  it('a lone surrogate in a service form label (staff): refused, naming the field; no service', async () => {
    const staff = await signIn(DEMO.staff);
    const slug = `teks-uji-${Date.now()}`;
    const answer = await postWith(
      'mutation($slug: String!, $input: ServiceInput!) { createService(slug: $slug, categoryCode: "PELAYANAN_PUBLIK", input: $input) { id } }',
      {
        slug,
        input: {
          name: 'Layanan Teks Uji',
          summary: '-',
          description: '-',
          requirements: [],
          steps: [],
          slaHours: 4,
          fee: 0,
          office: 'Kantor Desa',
          openingHours: '',
          isLetter: false,
          formFields: [{ key: 'nik', label: `NIK ${LONE}`, type: 'NIK', required: true }],
        },
      },
      staff,
    );
    expectRefused(answer, 'input.formFields.0.label');
    const rows = await db.query('select 1 from services.services where slug = $1', [slug]);
    expect(rows.rowCount).toBe(0);
  });

  it('a NUL, in a variable, written inline, or in a GET query string: refused as before, now naming the field', async () => {
    const variable = await postWith(
      'query($slug: String!) { product(slug: $slug) { id } }',
      { slug: `batik${LONE}` },
      undefined,
      '\\u0000',
    );
    expect(variable.status).toBe(400);
    expectRefused(variable, 'slug');
    const inline = await postWith('{ product(slug: "batik\\u0000") { id } }', {});
    expect(inline.status).toBe(400);
    expectRefused(inline, 'slug');
    const query = encodeURIComponent('query($s: String!) { product(slug: $s) { id } }');
    const response = await fetch(
      `${inject('system').gatewayUrl}?query=${query}&variables=${encodeURIComponent('{"s":"a\\u0000"}')}`,
      { headers: { 'apollo-require-preflight': '1' } },
    );
    const text = await response.text();
    expect(response.status).toBe(400);
    expectRefused({ status: response.status, text, ...JSON.parse(text) }, 'slug');
  });
});
