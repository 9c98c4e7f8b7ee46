import type { ApolloServerPlugin, BaseContext, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { openPgChannel, type Logger, type PgChannel } from '@kampung/shared';
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { Kind, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import pg from 'pg';

/**
 * One renewal per refresh token across every gateway replica (decision 036).
 *
 * A refresh token works once: a second use revokes the session as stolen (decision 010). A
 * browser sends the same cookie with several requests at once, and with several storefront
 * replicas they can reach different replicas, each renewing. So the first `refreshSession` of a
 * token that the storefront sends with `x-session-renewal: shared` *claims* it in PostgreSQL
 * (`gateway.session_renewals`); every other such request with that token — on any gateway
 * replica, for `memoryMs` — waits for the first one's answer (NOTIFY on `gateway_renewals`, with
 * a poll as a backstop) and gets the same answer.
 *
 * The table never holds a usable token: rows are keyed by the SHA-256 of the old refresh token
 * and the answer is sealed (AES-256-GCM) with a key derived from that old token, which only its
 * holder has (accounts keeps its hash only).
 */
export interface SessionRenewalsOptions {
  databaseUrl: string;
  /** For LISTEN: PostgreSQL without a transaction pooler in between. */
  listenUrl: string;
  /** How long a renewal is answered again to the same token (the storefront remembers its own as long). */
  memoryMs: number;
  /** A claim not answered within this time (its gateway died) may be taken over; waiters are told to try again. */
  claimTimeoutMs?: number;
  logger?: Logger;
}

/**
 * The storefront sends `x-session-renewal: shared`: it already answers a renewed cookie's old
 * refresh token from memory (decision 010), and this makes that memory hold across its replicas.
 * Other API clients do not, and keep the strict rule (a second use revokes the session).
 */
export const RENEWAL_HEADER = 'x-session-renewal';

const SCHEMA = 'gateway';
const TABLE = 'session_renewals';
const POLL_MS = 250;

const STILL_RENEWING: FormattedExecutionResult = {
  errors: [
    {
      message:
        'Sesi sedang diperbarui, coba lagi sebentar lagi / The session is being renewed, please try again shortly',
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        messageId: 'Sesi sedang diperbarui, coba lagi sebentar lagi',
        messageEn: 'The session is being renewed, please try again shortly',
        retryable: true,
      },
    },
  ],
};

interface Claim {
  tokenHash: string;
  documentHash: string;
  key: Buffer;
}

/** The refresh token of an operation that is exactly one `refreshSession` (aliased or not), else null. */
export function refreshTokenOf(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): string | null {
  if (operation.operation !== 'mutation' || operation.selectionSet.selections.length !== 1) return null;
  const [field] = operation.selectionSet.selections;
  if (field?.kind !== Kind.FIELD || field.name.value !== 'refreshSession') return null;
  const argument = field.arguments?.find((a) => a.name.value === 'refreshToken')?.value;
  if (argument?.kind === Kind.STRING) return argument.value;
  if (argument?.kind === Kind.VARIABLE) {
    const value = variables?.[argument.name.value];
    return typeof value === 'string' ? value : null;
  }
  return null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const keyOf = (token: string) => Buffer.from(hkdfSync('sha256', token, 'kampung-session-renewal', 'aes-256-gcm', 32));

export function seal(result: FormattedExecutionResult, key: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(result), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function unseal(sealed: Buffer, key: Buffer): FormattedExecutionResult {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  const text = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  return JSON.parse(text) as FormattedExecutionResult;
}

/** Answers worth repeating: a renewal, or "this session has ended" (asking accounts again would say so too, or worse). */
function isFinal(result: FormattedExecutionResult | undefined): result is FormattedExecutionResult {
  if (!result) return false;
  if (!result.errors?.length) return Boolean(result.data);
  return result.errors.every((error) => error.extensions?.code === 'UNAUTHENTICATED');
}

export interface SessionRenewals {
  plugin: ApolloServerPlugin<BaseContext>;
  ready: Promise<void>;
  close: () => Promise<void>;
}

export async function sessionRenewals(options: SessionRenewalsOptions): Promise<SessionRenewals> {
  const { logger } = options;
  // Below the storefront's 8 s request timeout: a waiter answers before the storefront gives up.
  const claimTimeoutMs = options.claimTimeoutMs ?? 7_000;
  // Bounded waits: without PostgreSQL a renewal goes to accounts as before rather than hang.
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 3,
    application_name: 'gateway-renewals',
    connectionTimeoutMillis: 3_000,
    query_timeout: 5_000,
  });
  pool.on('error', (error) => logger?.warn({ err: error.message }, 'session renewals pool connection lost'));
  const statements = [
    `create schema if not exists "${SCHEMA}"`,
    `create table if not exists "${SCHEMA}".${TABLE} (
       token_hash text primary key,
       document_hash text not null,
       sealed bytea,
       claimed_at timestamptz not null,
       expires_at timestamptz not null
     )`,
  ];
  for (const statement of statements) {
    try {
      await pool.query(statement);
    } catch (error) {
      if (!['23505', '42P07'].includes((error as { code?: string }).code ?? '')) {
        await pool.end();
        throw error;
      }
    }
  }

  const waiting = new Map<string, Set<() => void>>();
  const wake = (tokenHash: string) => {
    for (const resolve of waiting.get(tokenHash) ?? []) resolve();
    waiting.delete(tokenHash);
  };
  const answered: PgChannel<{ tokenHash: string }> = openPgChannel({
    databaseUrl: options.listenUrl,
    channel: 'gateway_renewals',
    schema: SCHEMA,
    keepMs: 0,
    onMessage: ({ tokenHash }) => wake(tokenHash),
    logger,
    applicationName: 'gateway-renewals-listen',
  });
  const nextWake = (tokenHash: string, ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      const set = waiting.get(tokenHash) ?? new Set();
      set.add(() => {
        clearTimeout(timer);
        resolve();
      });
      waiting.set(tokenHash, set);
    });
  let claims = 0;

  /** Claims the token, or waits for the answer of whoever did; null means "ask accounts yourself". */
  async function claimOrAnswer(claim: Claim): Promise<{ claimed: true } | { result: FormattedExecutionResult } | null> {
    // Now and then, forget old renewals (any replica may; the primary key keeps it cheap).
    if (++claims % 100 === 1) await pool.query(`delete from "${SCHEMA}".${TABLE} where expires_at < now()`);
    const deadline = Date.now() + claimTimeoutMs;
    for (;;) {
      const inserted = await pool.query(
        `insert into "${SCHEMA}".${TABLE} (token_hash, document_hash, claimed_at, expires_at)
         values ($1, $2, now(), now() + $3 * interval '1 millisecond')
         on conflict (token_hash) do update
           set document_hash = excluded.document_hash, claimed_at = now(), expires_at = excluded.expires_at, sealed = null
           where ${TABLE}.expires_at < now()
              or (${TABLE}.sealed is null and ${TABLE}.claimed_at < now() - $4 * interval '1 millisecond')
         returning token_hash`,
        [claim.tokenHash, claim.documentHash, options.memoryMs, claimTimeoutMs],
      );
      if (inserted.rowCount) return { claimed: true };
      const { rows } = await pool.query<{ document_hash: string; sealed: Buffer | null }>(
        `select document_hash, sealed from "${SCHEMA}".${TABLE} where token_hash = $1`,
        [claim.tokenHash],
      );
      const row = rows[0];
      // Released meanwhile (the first attempt could not reach accounts): claim it again.
      if (!row) continue;
      if (row.sealed) {
        // The same token asked for something else: no answer to repeat; accounts decides.
        if (row.document_hash !== claim.documentHash) return null;
        try {
          return { result: unseal(row.sealed, claim.key) };
        } catch {
          return null;
        }
      }
      // Asking accounts now could be the second use of the token, which ends the session: "try again" instead.
      if (Date.now() >= deadline) return { result: STILL_RENEWING };
      await nextWake(claim.tokenHash, POLL_MS);
    }
  }

  async function settle(claim: Claim, result: FormattedExecutionResult | undefined): Promise<void> {
    if (isFinal(result))
      await pool.query(`update "${SCHEMA}".${TABLE} set sealed = $2 where token_hash = $1`, [
        claim.tokenHash,
        seal(result, claim.key),
      ]);
    // Not reached or failed otherwise: let the next request try for itself.
    else await pool.query(`delete from "${SCHEMA}".${TABLE} where token_hash = $1`, [claim.tokenHash]);
    wake(claim.tokenHash);
    await answered.publish({ tokenHash: claim.tokenHash });
  }

  const repeat = (result: FormattedExecutionResult): GraphQLResponse => {
    const headers = new HeaderMap();
    headers.set(RENEWAL_HEADER, 'repeated');
    return { http: { headers, status: undefined }, body: { kind: 'single', singleResult: result } };
  };

  return {
    ready: answered.ready,
    close: async () => {
      await answered.close();
      await pool.end();
    },
    plugin: {
      async requestDidStart() {
        let own: Claim | undefined;
        return {
          async responseForOperation({ operation, request, source }) {
            // Only callers that ask for it (the storefront): for everyone else a second use still ends the session.
            if (request.http?.headers.get(RENEWAL_HEADER) !== 'shared') return null;
            const token = refreshTokenOf(operation, request.variables);
            if (!token) return null;
            const claim = {
              tokenHash: sha256(token),
              documentHash: sha256(`${request.operationName ?? ''}\n${source}`),
              key: keyOf(token),
            };
            try {
              const outcome = await claimOrAnswer(claim);
              if (outcome && 'result' in outcome) return repeat(outcome.result);
              if (outcome) own = claim;
            } catch (error) {
              // PostgreSQL unavailable: renew as before this existed (one replica's memory only).
              logger?.warn({ err: (error as Error).message }, 'session renewal claim failed');
            }
            return null;
          },
          async willSendResponse({ response }) {
            if (!own) return;
            const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
            await settle(own, result).catch((error: Error) =>
              logger?.warn({ err: error.message }, 'session renewal could not be shared'),
            );
          },
        };
      },
    },
  };
}
