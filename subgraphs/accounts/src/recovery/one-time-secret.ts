import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';

const T = '"accounts"."one_time_secrets"';

export type SecretPurpose = 'PASSWORD_RESET' | 'PHONE_VERIFICATION' | 'SIGN_IN' | 'CONTACT_CHANGE';

/** Every link and code is good for 15 minutes, once. */
export const SECRET_TTL_MINUTES = 15;
/** Wrong codes tried against one live code before it is burnt (a new one must be asked for). */
export const MAX_CODE_FAILURES = 5;

/** A link token: 256 random bits, sent once; only its SHA-256 is stored. */
export const newLinkToken = () => randomBytes(32).toString('base64url');
export const hashLinkToken = (token: string) => createHash('sha256').update(`link:${token}`).digest('hex');

/** A 6-digit one-time code; stored as SHA-256 salted with the user id (the same code for two users hashes apart). */
export const newCode = () => randomInt(0, 1_000_000).toString().padStart(6, '0');
export const hashCode = (userId: string, code: string) =>
  createHash('sha256').update(`code:${userId}:${code}`).digest('hex');

export interface UsedSecret {
  id: string;
  userId: string;
  target: string | null;
}

/** Creates a secret for the user and purpose; any earlier live one of the same purpose stops working. */
export async function storeSecret(
  tx: EntityManager,
  secret: { userId: string; purpose: SecretPurpose; hash: string; target?: string | null },
): Promise<void> {
  await tx.execute(`delete from ${T} where user_id = ? and purpose = ? and used_at is null`, [
    secret.userId,
    secret.purpose,
  ]);
  await tx.execute(
    `insert into ${T} (id, user_id, purpose, secret_hash, target, expires_at) values (?, ?, ?, ?, ?, now() + interval '${SECRET_TTL_MINUTES} minutes')`,
    [randomUUID(), secret.userId, secret.purpose, secret.hash, secret.target ?? null],
  );
}

/**
 * Uses up the live secret with this hash (and user, when known), atomically: two parallel
 * uses cannot both succeed. Null when there is none (unknown, used, expired or burnt).
 */
export async function consumeSecret(
  tx: EntityManager,
  purpose: SecretPurpose,
  hash: string,
  userId?: string,
): Promise<UsedSecret | null> {
  const rows: { id: string; user_id: string; target: string | null }[] = await tx.execute(
    `update ${T} set used_at = now()
     where secret_hash = ? and purpose = ? and used_at is null and expires_at > now() and failed_attempts < ${MAX_CODE_FAILURES}
       ${userId ? 'and user_id = ?' : ''}
     returning id, user_id, target`,
    userId ? [hash, purpose, userId] : [hash, purpose],
  );
  const row = rows[0];
  return row ? { id: row.id, userId: row.user_id, target: row.target } : null;
}

/** A wrong code was tried: counts against the user's live code of this purpose. */
export async function countWrongCode(tx: EntityManager, purpose: SecretPurpose, userId: string): Promise<void> {
  await tx.execute(
    `update ${T} set failed_attempts = failed_attempts + 1 where user_id = ? and purpose = ? and used_at is null`,
    [userId, purpose],
  );
}

/** Housekeeping: secrets used or expired for a day are deleted. */
export async function deleteOldSecrets(em: EntityManager): Promise<void> {
  await em.execute(`delete from ${T} where expires_at < now() - interval '1 day'`);
}
