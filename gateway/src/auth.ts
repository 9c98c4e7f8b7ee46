import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  CLIENT_ADDRESS_HEADER,
  InternalClient,
  jwtConfigOf,
  openPgChannel,
  UnauthenticatedError,
  viewerFromAuthorization,
  type Logger,
  type Viewer,
} from '@kampung/shared';
import { GraphQLError, Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { GatewayEnv } from './env.js';

/** `TRUSTED_PROXIES` (addresses and CIDR ranges, comma-separated) as a set to test peers against. */
export function trustedProxyList(spec: string): BlockList {
  const list = new BlockList();
  for (const entry of spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

const unmapped = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

function isTrusted(list: BlockList, address: string): boolean {
  const plain = unmapped(address);
  const family = isIP(plain);
  return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Who is calling: the socket's peer, unless that peer is a trusted proxy (the storefront, a
 * load balancer); then the nearest untrusted address in X-Forwarded-For, read from the right
 * so that whatever the client wrote itself at the left is ignored. A trusted proxy that
 * forwards no address gives null: unknown, and sign-in is then throttled per account only.
 */
export function clientAddressOf(req: IncomingMessage, trusted: BlockList): string | null {
  const peer = req.socket.remoteAddress;
  if (!peer) return null;
  if (!isTrusted(trusted, peer)) return unmapped(peer);
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => unmapped(hop.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isIP(hop)) return null;
    if (!isTrusted(trusted, hop) || i === 0) return hop;
  }
  return null;
}

interface CachedSession {
  userId: string;
  active: boolean;
  /** Until when this answer is used without asking accounts again. */
  until: number;
}

export interface SessionGuardOptions {
  /** How long a live session is believed without asking again: the bound on revocation when the other replicas cannot be told. */
  activeTtlMs: number;
  maxEntries: number;
  now?: () => number;
  /** Tells the other gateway replicas of a sign-out seen here (the `gateway_sessions` channel). */
  announce?: (event: SignedOut) => unknown;
}

/** A sign-out one gateway replica saw, for the others (packages/shared pg-notify, decision 036). */
export interface SignedOut {
  userId: string;
  sessionId: string | null;
  everywhere: boolean;
}

/** How long after a sign-out everywhere a "live" answer from accounts is used only once (accounts may be revoking still). */
const EVERYWHERE_SETTLING_MS = 3_000;

const SESSION_ENDED = {
  id: 'Sesi Anda telah berakhir, silakan masuk lagi',
  en: 'Your session has ended, please sign in again',
};

/**
 * Remembers which sign-in sessions are live, asking accounts about the ones it has not seen
 * within `activeTtlMs` (one call per session, however many requests wait for it). A session
 * signed out through this gateway is refused here at once; revoked ones stay refused until
 * their access tokens could no longer be valid anyway.
 */
export class SessionGuard {
  private readonly cache = new Map<string, CachedSession>();
  private readonly asking = new Map<string, Promise<boolean>>();
  /** Users signed out everywhere a moment ago, and when. */
  private readonly everywhereAt = new Map<string, number>();
  private readonly now: () => number;

  constructor(
    private readonly lookup: (sessionIds: string[]) => Promise<string[]>,
    private readonly options: SessionGuardOptions,
    private readonly logger?: Logger,
  ) {
    this.now = options.now ?? Date.now;
  }

  async isActive(sessionId: string, userId: string): Promise<boolean> {
    const cached = this.cache.get(sessionId);
    if (cached && (cached.until > this.now() || !cached.active)) return cached.active;
    let pending = this.asking.get(sessionId);
    if (!pending) {
      pending = this.ask(sessionId, userId, cached).finally(() => this.asking.delete(sessionId));
      this.asking.set(sessionId, pending);
    }
    return pending;
  }

  private async ask(sessionId: string, userId: string, stale: CachedSession | undefined): Promise<boolean> {
    let active: boolean;
    try {
      active = (await this.lookup([sessionId])).includes(sessionId);
    } catch (error) {
      // accounts is unreachable: a session known to be live a moment ago stays so; an unknown one cannot be vouched for.
      this.logger?.warn({ err: error }, 'session check failed');
      if (stale?.active) return true;
      throw new GraphQLError(
        'Layanan akun sedang tidak tersedia, coba lagi sebentar lagi / Accounts are unavailable, please try again shortly',
        {
          extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, http: { status: 503 } },
        },
      );
    }
    const meanwhile = this.cache.get(sessionId);
    // A sign-out seen (here or on another replica) while accounts was being asked wins over its answer.
    if (meanwhile && meanwhile !== stale && !meanwhile.active) return false;
    // Right after a sign-out everywhere, accounts may not have revoked every session yet: do not believe "live" for long.
    const everywhereAt = this.everywhereAt.get(userId);
    const settling = everywhereAt !== undefined && this.now() - everywhereAt < EVERYWHERE_SETTLING_MS;
    this.remember(sessionId, {
      userId,
      active,
      until: this.now() + (active ? (settling ? 0 : this.options.activeTtlMs) : ACCESS_TOKEN_TTL_SECONDS * 1_000),
    });
    return active;
  }

  /** signOut went through this gateway: refuse the session from now on (and forget the user's other sessions after signOutEverywhere). */
  signedOut(viewer: Viewer, everywhere: boolean): void {
    this.forget(viewer.userId, viewer.sessionId, everywhere);
    // The other replicas hear of it too (decision 036); without them it would take SESSION_CHECK_TTL_MS.
    if (this.options.announce && (viewer.sessionId || everywhere))
      void this.options.announce({ userId: viewer.userId, sessionId: viewer.sessionId ?? null, everywhere });
  }

  /** Another replica saw this sign-out (a SignedOut message). */
  signedOutElsewhere(event: SignedOut): void {
    this.forget(event.userId, event.sessionId ?? undefined, event.everywhere);
  }

  private forget(userId: string, sessionId: string | undefined, everywhere: boolean): void {
    if (everywhere) {
      for (const [id, at] of this.everywhereAt)
        if (this.now() - at >= EVERYWHERE_SETTLING_MS) this.everywhereAt.delete(id);
      this.everywhereAt.set(userId, this.now());
      for (const [id, entry] of this.cache) if (entry.userId === userId) this.cache.delete(id);
    }
    if (sessionId)
      this.remember(sessionId, {
        userId,
        active: false,
        until: this.now() + ACCESS_TOKEN_TTL_SECONDS * 1_000,
      });
  }

  private remember(sessionId: string, entry: CachedSession): void {
    this.cache.delete(sessionId);
    this.cache.set(sessionId, entry);
    // Oldest first: Map keeps insertion order.
    while (this.cache.size > this.options.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    // A revoked entry whose tokens have all expired is of no use any more.
    if (!entry.active)
      for (const [id, old] of this.cache) if (!old.active && old.until <= this.now()) this.cache.delete(id);
  }
}

/** Which sign-out mutation (if any) an operation sent to a subgraph runs. */
export function signOutIn(query: string | undefined): 'one' | 'everywhere' | null {
  if (!query?.includes('signOut')) return null;
  try {
    const operations = parse(query).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation',
    );
    const fields = operations
      .flatMap((op) => op.selectionSet.selections)
      .flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
    if (fields.includes('signOutEverywhere')) return 'everywhere';
    return fields.includes('signOut') ? 'one' : null;
  } catch {
    return null;
  }
}

const SESSIONS_QUERY = 'query($ids: [ID!]!) { internalActiveSessions(ids: $ids) }';

/** Everything the gateway does about who is calling: the token, its session, the client's address. */
export function createGatewayAuth(env: GatewayEnv, accountsUrl: () => string | undefined, logger?: Logger) {
  const jwt = jwtConfigOf(env);
  const trusted = trustedProxyList(env.TRUSTED_PROXIES);
  const internal = new InternalClient('gateway', jwt);
  // Sign-outs seen by one replica reach the others at once; kept as long as an access token lives,
  // so a replica that starts or reconnects meanwhile refuses them too (decision 036).
  const signOuts =
    env.SHARED_STATE_STORE === 'postgres'
      ? openPgChannel<SignedOut>({
          databaseUrl: env.DATABASE_DIRECT_URL ?? env.DATABASE_URL,
          channel: 'gateway_sessions',
          schema: 'gateway',
          keepMs: ACCESS_TOKEN_TTL_SECONDS * 1_000,
          onMessage: (event) => sessions.signedOutElsewhere(event),
          logger,
          applicationName: 'gateway-sessions',
        })
      : null;
  const sessions = new SessionGuard(
    async (ids) => {
      const url = accountsUrl();
      if (!url) throw new Error('accounts URL not known yet');
      return (await internal.request<{ internalActiveSessions: string[] }>(url, SESSIONS_QUERY, { ids }))
        .internalActiveSessions;
    },
    { activeTtlMs: env.SESSION_CHECK_TTL_MS, maxEntries: 50_000, announce: signOuts?.publish },
    logger,
  );

  return {
    clientAddressOf: (req: IncomingMessage) => clientAddressOf(req, trusted),

    /** Anonymous: null, no extra call. A user token's session must be live; service tokens pass as before. */
    async viewerOf(authorization: string | undefined): Promise<Viewer | null> {
      const viewer = await viewerFromAuthorization(authorization, jwt);
      if (viewer?.sessionId && !(await sessions.isActive(viewer.sessionId, viewer.userId)))
        throw new UnauthenticatedError(SESSION_ENDED);
      return viewer;
    },

    /** For willSendRequest: the client's address for the subgraph, and notice of a sign-out on its way. */
    beforeSubgraphRequest(
      headers: { set: (name: string, value: string) => void } | undefined,
      query: string | undefined,
      viewer: Viewer | null,
      clientAddress: string | null,
    ): void {
      headers?.set(CLIENT_ADDRESS_HEADER, clientAddress ?? 'unknown');
      const signOut = viewer ? signOutIn(query) : null;
      if (viewer && signOut) sessions.signedOut(viewer, signOut === 'everywhere');
    },

    /** Listening to the other replicas' sign-outs (resolves at once without a shared store). */
    ready: signOuts?.ready ?? Promise.resolve(),
    close: async () => signOuts?.close(),
  };
}

export type GatewayAuth = ReturnType<typeof createGatewayAuth>;
