import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signServiceToken, signUserToken, verifyUserToken, type JwtConfig } from './auth.js';
import {
  generateSigningKeyPem,
  jwksOf,
  localJwks,
  publicJwkOf,
  publishedKeysOf,
  remoteJwks,
  signingKeyOf,
  type PublicJwk,
} from './token-keys.js';

const secret = 'token-keys-test-secret-0123456789abcdef';
const issuer = 'smart-kampung-accounts';
const person = { userId: '6f0c7c36-7c53-4a43-9a57-6b3b0d7c1a11', roles: ['BUYER' as const], sessionId: 's-1' };
const header = (token: string) => JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString());

describe('EdDSA access tokens', () => {
  it('carry the key id in the header and verify against the JWKS that publishes the key', async () => {
    const key = await signingKeyOf(generateSigningKeyPem());
    const token = await signUserToken(person, { secret, issuer, signingKey: key });
    expect(header(token)).toMatchObject({ alg: 'EdDSA', kid: key.kid });
    const jwks = await jwksOf(key, []);
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', kid: key.kid, alg: 'EdDSA' })]);
    expect(JSON.stringify(jwks)).not.toMatch(/"d"/);
    expect(await verifyUserToken(token, { secret, issuer, jwks: localJwks(jwks) })).toMatchObject({
      userId: person.userId,
      sessionId: 's-1',
    });
  });

  it('refuse a token signed by a key the JWKS does not list, or forged with the shared secret when HS256 is off', async () => {
    const published = await signingKeyOf(generateSigningKeyPem());
    const stranger = await signingKeyOf(generateSigningKeyPem());
    const config: JwtConfig = { secret, issuer, jwks: localJwks(await jwksOf(published, [])) };
    const forged = await signUserToken(person, { secret, issuer, signingKey: stranger });
    await expect(verifyUserToken(forged, config)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const legacy = await signUserToken(person, { secret, issuer });
    expect((await verifyUserToken(legacy, config)).userId).toBe(person.userId);
    await expect(verifyUserToken(legacy, { ...config, acceptHs256UserTokens: false })).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // Service tokens between subgraphs stay HS256 with the shared secret.
    const service = await signServiceToken('orders', { secret, issuer });
    expect(await verifyUserToken(service, { ...config, acceptHs256UserTokens: false })).toMatchObject({
      service: 'orders',
    });
  });

  it('rotate without downtime: tokens of the previous key verify while the JWKS lists it, new ones use the new kid', async () => {
    const oldPem = generateSigningKeyPem();
    const newPem = generateSigningKeyPem();
    const oldKey = await signingKeyOf(oldPem);
    const newKey = await signingKeyOf(newPem);
    const beforeRotation = await signUserToken(person, { secret, issuer, signingKey: oldKey });
    // Step 1: the next key is published before anyone signs with it.
    const step1 = await jwksOf(oldKey, await publishedKeysOf(newPem));
    expect(step1.keys.map((k) => k.kid)).toEqual([oldKey.kid, newKey.kid]);
    // Step 2: signing switches; the previous key stays published (as its private PEM: only the public half is listed).
    const step2 = await jwksOf(newKey, await publishedKeysOf(oldPem));
    expect(step2.keys.map((k) => k.kid)).toEqual([newKey.kid, oldKey.kid]);
    const afterRotation = await signUserToken(person, { secret, issuer, signingKey: newKey });
    expect(header(afterRotation).kid).toBe(newKey.kid);
    for (const jwks of [step1, step2])
      for (const token of [beforeRotation, afterRotation])
        expect((await verifyUserToken(token, { secret, issuer, jwks: localJwks(jwks) })).userId).toBe(person.userId);
    // Step 3: the previous key dropped; its tokens stop verifying (they would have expired by then).
    await expect(
      verifyUserToken(beforeRotation, { secret, issuer, jwks: localJwks(await jwksOf(newKey, [])) }),
    ).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('reads keys as PEM or JWK, and refuses keys that are not Ed25519', async () => {
    const pem = generateSigningKeyPem();
    const key = await signingKeyOf(pem);
    const jwk = await publicJwkOf(key.privateKey);
    expect((await publishedKeysOf(JSON.stringify([jwk])))[0]!.kid).toBe(key.kid);
    expect((await signingKeyOf(pem.replace(/\n/g, '\\n'))).kid).toBe(key.kid);
    const { generateKeyPairSync } = await import('node:crypto');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    await expect(signingKeyOf(rsa.toString())).rejects.toThrow(/JWT_PRIVATE_KEY: must be an Ed25519 key/);
    await expect(publishedKeysOf('not a key')).rejects.toThrow(/JWT_PUBLISHED_KEYS/);
  });
});

describe('remoteJwks', () => {
  let server: Server;
  let jwks: { keys: PublicJwk[] } | null;
  let fetches = 0;
  let url: string;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      fetches++;
      if (!jwks) return void res.writeHead(503).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers SERVICE_UNAVAILABLE while no keys could be fetched, then verifies with keys fetched once', async () => {
    const key = await signingKeyOf(generateSigningKeyPem());
    const token = await signUserToken(person, { secret, issuer, signingKey: key });
    const config: JwtConfig = { secret, issuer, jwks: remoteJwks(url) };
    jwks = null;
    await expect(verifyUserToken(token, config)).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    jwks = await jwksOf(key, []);
    fetches = 0;
    for (let i = 0; i < 5; i++) expect((await verifyUserToken(token, config)).userId).toBe(person.userId);
    expect(fetches).toBe(1);
    // The same URL shares one cache in the process.
    expect(remoteJwks(url)).toBe(config.jwks);
  });
});
