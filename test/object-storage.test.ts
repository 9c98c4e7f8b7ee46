/**
 * Files on S3-compatible object storage: a system of its own whose products and services
 * subgraphs keep their files in a bucket of a real S3 server (s3rver) on loopback. A product
 * photo and a letter go in and come back out through the gateway, and nothing lands in the
 * local uploads folder. The same system runs as after the switch to EdDSA access tokens
 * (JWT_ACCEPT_HS256=false): people's tokens only by accounts' JWKS, service tokens still HS256.
 */
import { startS3Server, type LocalS3Server } from '@kampung/devtools';
import { fileStoreOf, generateSigningKeyPem, signingKeyOf, signUserToken } from '@kampung/shared';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlAt, subgraphBase, tokenFor } from './support/faults.js';
import { startIsolatedSystem, type IsolatedSystem } from './support/isolated-system.js';
import { letterAnswers, SKTM } from './support/services.js';

let s3: LocalS3Server;
let running: IsolatedSystem;
beforeAll(async () => {
  s3 = await startS3Server({ bucket: 'kampung-test' });
  running = await startIsolatedSystem({
    name: 'kampung-s3',
    storefront: false,
    env: { ...s3.env, JWT_ACCEPT_HS256: 'false' },
  });
}, 240_000);
afterAll(async () => {
  await running?.stop();
  await s3?.close();
});

const bucket = (prefix: 'products' | 'services') => fileStoreOf({ UPLOADS_DIR: '/nonexistent', ...s3.env }, prefix);
const gateway = () => running.gatewayUrl.replace(/\/graphql$/, '');

describe('files on S3-compatible storage', () => {
  it('a product photo is stored in the bucket and served by the gateway', async () => {
    const db = new pg.Client({ connectionString: running.databaseUrl });
    await db.connect();
    const { rows } = await db
      .query<{ id: string; owner_user_id: string }>(
        `select p.id, p.owner_user_id from products.products p
          where p.owner_user_id is not null and (select count(*) from products.product_photos f where f.product_id = p.id) < 3
          limit 1`,
      )
      .finally(() => db.end());
    const product = rows[0]!;
    const token = await tokenFor(running, ['SELLER'], product.owner_user_id);
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2d6a4f' } })
      .png()
      .toBuffer();

    const upload = await fetch(`${subgraphBase(running, 'products')}/uploads/product-photo?productId=${product.id}`, {
      method: 'POST',
      body: new Uint8Array(png),
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${token}` },
    });
    expect(upload.status).toBe(201);
    const { url } = (await upload.json()) as { url: string };
    const key = url.replace(/^\/media\/products\//, '');
    expect(key).toMatch(/\.webp$/);

    expect(await bucket('products').exists(key)).toBe(true);
    expect(existsSync(path.join(running.dir, 'uploads', 'products'))).toBe(false);

    const served = await fetch(`${gateway()}/files/products/${key}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(Number(served.headers.get('content-length'))).toBe(bytes.length);
    expect((await sharp(bytes).metadata()).width).toBe(640);
    expect((await fetch(`${gateway()}/files/products/${key.replace(/640\.webp$/, '9999.webp')}`)).status).toBe(404);
  });

  it('a letter is written to the bucket when its request completes and reaches only its applicant', async () => {
    const citizenId = crypto.randomUUID();
    const citizen = await tokenFor(running, ['BUYER'], citizenId);
    const staff = await tokenFor(running, ['STAFF']);
    const submitted = await gqlAt(
      running.gatewayUrl,
      'mutation($slug: String!, $answers: [AnswerInput!]!) { submitServiceRequest(serviceSlug: $slug, answers: $answers) { id } }',
      { slug: SKTM, answers: letterAnswers() },
      citizen,
    );
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data!.submitServiceRequest.id as string;
    for (const to of ['VERIFIED', 'IN_PROCESS', 'COMPLETED']) {
      const moved = await gqlAt(
        running.gatewayUrl,
        'mutation($id: ID!, $to: ServiceRequestStatus!) { transitionServiceRequest(id: $id, to: $to) { status } }',
        { id, to },
        staff,
      );
      expect(moved.errors).toBeUndefined();
    }
    const detail = await gqlAt(
      running.gatewayUrl,
      'query($id: ID!) { serviceRequest(id: $id) { letter { fileKey sha256 } } }',
      { id },
      citizen,
    );
    const letter = detail.data!.serviceRequest.letter as { fileKey: string; sha256: string };
    expect(await bucket('services').exists(letter.fileKey)).toBe(true);
    expect(existsSync(path.join(running.dir, 'uploads', 'services'))).toBe(false);

    const pdf = await fetch(`${gateway()}/files/services/${letter.fileKey}`, {
      headers: { authorization: `Bearer ${citizen}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(letter.sha256);
    const stranger = await tokenFor(running, ['BUYER']);
    const refused = await fetch(`${gateway()}/files/services/${letter.fileKey}`, {
      headers: { authorization: `Bearer ${stranger}` },
    });
    expect(refused.status).toBe(404);
  });
});

describe('access tokens after the switch to EdDSA', () => {
  const ME = 'query { me { id } }';

  it('accounts publishes the key its tokens name; the gateway takes them and refuses a foreign key or the shared secret', async () => {
    const jwks = (await (
      await fetch(new URL('/.well-known/jwks.json', running.subgraphUrls.accounts).href)
    ).json()) as { keys: { kid: string; kty: string; crv: string; d?: string }[] };
    const own = await signingKeyOf(running.jwtPrivateKey);
    expect(jwks.keys.map((key) => key.kid)).toEqual([own.kid]);
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    expect(jwks.keys[0]!.d).toBeUndefined();

    const signedUp = await gqlAt(
      running.gatewayUrl,
      'mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }',
      { input: { name: 'Token Uji', email: `token-${Date.now()}@contoh.id`, password: 'rahasia-uji-123' } },
    );
    const token = signedUp.data!.signUp.token as string;
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toMatchObject({
      alg: 'EdDSA',
      kid: own.kid,
    });
    expect((await gqlAt(running.gatewayUrl, ME, {}, token)).data?.me.id).toBe(signedUp.data!.signUp.user.id);

    const person = { userId: signedUp.data!.signUp.user.id as string, roles: ['BUYER' as const] };
    const issuer = 'smart-kampung-accounts';
    const foreign = await signUserToken(person, {
      secret: running.jwtSecret,
      issuer,
      signingKey: await signingKeyOf(generateSigningKeyPem()),
    });
    const sharedSecret = await signUserToken(person, { secret: running.jwtSecret, issuer });
    for (const refused of [foreign, sharedSecret])
      expect((await gqlAt(running.gatewayUrl, ME, {}, refused)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
