import { UnauthenticatedError, type RequestContext } from '@kampung/shared';
import { createHash, randomBytes, randomUUID } from 'node:crypto';

const S = '"accounts"."sessions"';
const RETIRED = '"accounts"."retired_refresh_tokens"';

/** A session lives 30 days from its last refresh. */
export const SESSION_TTL_DAYS = 30;

const SESSION_ENDED = {
  id: 'Sesi Anda telah berakhir, silakan masuk lagi',
  en: 'Your session has ended, please sign in again',
};

/** 256 random bits, sent once to the client; only their SHA-256 is stored. */
const newRefreshToken = () => randomBytes(32).toString('base64url');
export const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface IssuedSession {
  sessionId: string;
  userId: string;
  refreshToken: string;
}

/** Sign-in sessions: created at sign-in, renewed (and their refresh token rotated) by refresh, revoked by sign-out. */
export class SessionService {
  constructor(private readonly context: RequestContext) {}

  private get em() {
    return this.context.em;
  }

  async start(userId: string): Promise<IssuedSession> {
    const sessionId = randomUUID();
    const refreshToken = newRefreshToken();
    await this.em.execute(
      `insert into ${S} (id, user_id, refresh_token_hash, expires_at, client_address) values (?, ?, ?, now() + interval '${SESSION_TTL_DAYS} days', ?)`,
      [sessionId, userId, hashRefreshToken(refreshToken), this.context.clientAddress ?? null],
    );
    return { sessionId, userId, refreshToken };
  }

  /**
   * Swaps a live refresh token for a new one (the old one stops working). A token that was
   * already swapped means someone kept a copy: the whole session is revoked.
   */
  async rotate(refreshToken: string): Promise<IssuedSession> {
    const oldHash = hashRefreshToken(refreshToken);
    const next = newRefreshToken();
    const outcome = await this.em.transactional(async (tx) => {
      const [row]: { id: string; user_id: string }[] = await tx.execute(
        `update ${S} set refresh_token_hash = ?, last_used_at = now(), expires_at = now() + interval '${SESSION_TTL_DAYS} days'
         where refresh_token_hash = ? and revoked_at is null and expires_at > now() returning id, user_id`,
        [hashRefreshToken(next), oldHash],
      );
      if (row) {
        await tx.execute(`insert into ${RETIRED} (token_hash, session_id) values (?, ?)`, [oldHash, row.id]);
        return { kind: 'rotated' as const, sessionId: row.id, userId: row.user_id };
      }
      const [retired]: { session_id: string }[] = await tx.execute(
        `select session_id from ${RETIRED} where token_hash = ?`,
        [oldHash],
      );
      if (retired) {
        await tx.execute(
          `update ${S} set revoked_at = now(), revoked_reason = 'reuse' where id = ? and revoked_at is null`,
          [retired.session_id],
        );
        return { kind: 'reused' as const, sessionId: retired.session_id };
      }
      return null;
    });
    if (outcome?.kind === 'reused') {
      this.context.logger.warn(
        { sessionId: outcome.sessionId },
        'a rotated refresh token was presented again: session revoked',
      );
    }
    if (outcome?.kind !== 'rotated') throw new UnauthenticatedError(SESSION_ENDED);
    return { sessionId: outcome.sessionId, userId: outcome.userId, refreshToken: next };
  }

  /** Ends one session of the user; false when it was already over. */
  async revoke(sessionId: string, userId: string): Promise<boolean> {
    const result = await this.em.execute(
      `update ${S} set revoked_at = now(), revoked_reason = 'sign-out' where id = ? and user_id = ? and revoked_at is null`,
      [sessionId, userId],
      'run',
    );
    return ((result as { affectedRows?: number }).affectedRows ?? 0) > 0;
  }

  /** Ends every live session of the user; how many there were. */
  async revokeAll(userId: string): Promise<number> {
    const result = await this.em.execute(
      `update ${S} set revoked_at = now(), revoked_reason = 'sign-out-all' where user_id = ? and revoked_at is null and expires_at > now()`,
      [userId],
      'run',
    );
    return (result as { affectedRows?: number }).affectedRows ?? 0;
  }

  /** Which of these sessions are live (the gateway asks, for access tokens it has not seen lately). */
  async activeIds(ids: string[]): Promise<string[]> {
    const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (uuids.length === 0) return [];
    const rows: { id: string }[] = await this.em.execute(
      `select id from ${S} where id in (${uuids.map(() => '?').join(', ')}) and revoked_at is null and expires_at > now()`,
      uuids,
    );
    return rows.map((row) => row.id);
  }
}

/** Housekeeping: sessions over for a week are deleted, with their retired tokens. */
export async function deleteEndedSessions(em: RequestContext['em']): Promise<void> {
  await em.execute(
    `delete from ${S} where expires_at < now() - interval '7 days' or revoked_at < now() - interval '7 days'`,
  );
}
