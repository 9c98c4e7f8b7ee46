import {
  developmentKeyPem,
  jwksOf,
  localJwks,
  publishedKeysOf,
  signingKeyOf,
  type PublicJwk,
  type SigningKey,
  type VerificationKeys,
} from '@kampung/shared';
import { DEVELOPMENT_KEY_FILE, type AccountsEnv } from '../env.js';

export interface AccessTokenKeys {
  signing: SigningKey;
  /** What `/.well-known/jwks.json` answers. */
  jwks: { keys: PublicJwk[] };
}

const loaded = new WeakMap<AccountsEnv, Promise<AccessTokenKeys>>();

async function load(env: AccountsEnv): Promise<AccessTokenKeys> {
  const keyFile = env.JWT_KEY_FILE ?? (env.NODE_ENV === 'production' ? undefined : DEVELOPMENT_KEY_FILE);
  if (!env.JWT_PRIVATE_KEY && !keyFile)
    throw new Error('Invalid configuration:\n  JWT_PRIVATE_KEY: set the Ed25519 key access tokens are signed with');
  const signing = await signingKeyOf(env.JWT_PRIVATE_KEY ?? developmentKeyPem(keyFile!));
  return { signing, jwks: await jwksOf(signing, await publishedKeysOf(env.JWT_PUBLISHED_KEYS)) };
}

/** The signing key and the published key set of this accounts process, read once from its settings. */
export function accessTokenKeysOf(env: AccountsEnv): Promise<AccessTokenKeys> {
  let keys = loaded.get(env);
  if (!keys) loaded.set(env, (keys = load(env)));
  return keys;
}

/** Checks access tokens against the published key set this process holds (the current and the other listed keys). */
export function accessTokenVerifier(env: AccountsEnv): VerificationKeys {
  let verify: VerificationKeys | undefined;
  return async (header, token) => {
    verify ??= localJwks((await accessTokenKeysOf(env)).jwks);
    return verify(header, token);
  };
}
