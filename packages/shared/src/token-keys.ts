import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { ServiceUnavailableError } from './errors.js';

/** Where a verifier finds the key of a token (by its header's kid): a JWKS, remote or in hand. */
export type VerificationKeys = JWTVerifyGetKey;

/** The key accounts signs access tokens with (Ed25519), named by `kid` in every token's header. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

/** A public key as the JWKS publishes it. */
export type PublicJwk = JWK & { kid: string; alg: 'EdDSA'; use: 'sig' };

const PEM_BLOCK = /-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g;

/** One key from a PEM block (private or public) or a JWK object. */
function keyObjectOf(source: string | JWK, wantPrivate: boolean): KeyObject {
  if (typeof source === 'string') return wantPrivate ? createPrivateKey(source) : createPublicKey(source);
  return wantPrivate
    ? createPrivateKey({ key: source as never, format: 'jwk' })
    : createPublicKey({ key: { kty: source.kty, crv: source.crv, x: source.x } as never, format: 'jwk' });
}

function ed25519(key: KeyObject, variable: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error(`Invalid configuration:\n  ${variable}: must be an Ed25519 key`);
  return key;
}

/** The kid of a public key: its RFC 7638 thumbprint, so every replica names the same key the same way. */
export async function publicJwkOf(key: KeyObject): Promise<PublicJwk> {
  const jwk = (key.type === 'public' ? key : createPublicKey(key)).export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint({ kty: jwk.kty!, crv: jwk.crv!, x: jwk.x! });
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, kid, alg: 'EdDSA', use: 'sig' };
}

/** A private key from `JWT_PRIVATE_KEY`: PKCS#8 PEM or a JWK (JSON). */
export async function signingKeyOf(source: string): Promise<SigningKey> {
  const text = source.trim();
  const privateKey = ed25519(
    keyObjectOf(text.startsWith('{') ? (JSON.parse(text) as JWK) : text.replace(/\\n/g, '\n'), true),
    'JWT_PRIVATE_KEY',
  );
  return { kid: (await publicJwkOf(privateKey)).kid, privateKey };
}

/**
 * `JWT_PUBLISHED_KEYS`: the other keys the JWKS lists, the next key before a rotation and the
 * previous one after it. PEM blocks (public or private: only the public half is published) or a
 * JSON array of JWKs.
 */
export async function publishedKeysOf(source: string | undefined): Promise<PublicJwk[]> {
  const text = source?.replace(/\\n/g, '\n').trim();
  if (!text) return [];
  const keys =
    text.startsWith('[') || text.startsWith('{')
      ? ([JSON.parse(text)].flat() as JWK[]).map((jwk) => keyObjectOf(jwk, false))
      : (text.match(PEM_BLOCK) ?? []).map((pem) => createPublicKey(pem));
  if (keys.length === 0) throw new Error('Invalid configuration:\n  JWT_PUBLISHED_KEYS: no PEM block or JWK found');
  return Promise.all(keys.map((key) => publicJwkOf(ed25519(key, 'JWT_PUBLISHED_KEYS'))));
}

/** A new Ed25519 private key as PKCS#8 PEM (development, tests, and the first step of a rotation). */
export const generateSigningKeyPem = (): string =>
  generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

/**
 * The development key: read from `file`, or generated there on first start (mode 0600). Two
 * processes starting at once agree on the first one written.
 */
export function developmentKeyPem(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, generateSigningKeyPem(), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return readFileSync(file, 'utf8');
  }
}

/** What `/.well-known/jwks.json` answers: the signing key first, then the published others. */
export async function jwksOf(signing: SigningKey, published: PublicJwk[]): Promise<{ keys: PublicJwk[] }> {
  const current = await publicJwkOf(signing.privateKey);
  return { keys: [current, ...published.filter((key) => key.kid !== current.kid)] };
}

const remoteSets = new Map<string, JWTVerifyGetKey>();

/**
 * The verification keys behind a JWKS URL, shared by every verifier of this process: fetched
 * once, kept 10 minutes, fetched again (at most every 30 s) when a token names an unknown kid.
 * While accounts cannot be reached the keys fetched before keep serving; with none fetched yet a
 * token cannot be checked: SERVICE_UNAVAILABLE, not a signed-out person.
 */
export function remoteJwks(url: string): JWTVerifyGetKey {
  let set = remoteSets.get(url);
  if (!set) {
    const remote = createRemoteJWKSet(new URL(url), {
      cacheMaxAge: 10 * 60_000,
      cooldownDuration: 30_000,
      timeoutDuration: 5_000,
    });
    set = async (header, token) => {
      try {
        return await remote(header, token);
      } catch (error) {
        // No answer, not 200, not a key set: the keys could not be had. Anything else is about the token.
        const unreachable =
          !(error instanceof joseErrors.JOSEError) ||
          error.code === 'ERR_JOSE_GENERIC' ||
          error instanceof joseErrors.JWKSTimeout ||
          error instanceof joseErrors.JWKSInvalid;
        if (!unreachable) throw error;
        const known = remote.jwks();
        if (known) return createLocalJWKSet(known)(header, token);
        throw new ServiceUnavailableError({
          id: 'Layanan akun sedang tidak tersedia, coba lagi sebentar lagi',
          en: 'Accounts are unavailable, please try again shortly',
        });
      }
    };
    remoteSets.set(url, set);
  }
  return set;
}

/** Verification keys from a JWKS document in hand (tests, accounts checking its own tokens). */
export const localJwks = (jwks: { keys: JWK[] }): JWTVerifyGetKey => createLocalJWKSet(jwks);
