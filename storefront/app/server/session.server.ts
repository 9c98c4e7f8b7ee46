import { createCookieSessionStorage, redirect } from '@remix-run/node';
import { stringifyDocument } from '@urql/core';
import { AuthPayloadFragment, RefreshSessionMutation, SignOutMutation } from '../graphql/auth';
import type { ResultOf } from '../graphql/graphql';
import { forwardedFor } from './client-address.server';
import { env, signedCookieOptions } from './env.server';

type AuthPayloadData = ResultOf<typeof AuthPayloadFragment>;
export type Role = AuthPayloadData['user']['roles'][number];
export type SessionMembership = AuthPayloadData['user']['memberships'][number];
/** `memberships`: the office roles by place (decision 020); a cookie from before them has none. */
export type SessionUser = { id: string; name: string; roles: Role[]; memberships?: SessionMembership[] };

/** What the cookie holds: a 15-minute access token, the refresh token that renews it, who it is. */
type SessionData = { accessToken: string; accessTokenExpiresAt: number; refreshToken: string; user: SessionUser };

/** Renew this long before the access token expires, so no request reaches the gateway with a token about to lapse. */
const RENEW_BEFORE_MS = 60_000;
// Also the window in which a copy of the old cookie still works through this storefront: short.
const RENEWAL_MEMORY_MS = 5 * 60_000;
const MAX_REMEMBERED_RENEWALS = 10_000;
const TIMEOUT_MS = 8_000;

const storage = createCookieSessionStorage<SessionData>({
  cookie: { name: '__session', ...signedCookieOptions },
});

type Renewal = { kind: 'renewed'; auth: SessionData } | { kind: 'ended' } | { kind: 'unavailable' };

/**
 * Renewals by the refresh token they used. A refresh token works once (a second use revokes
 * the session as stolen), yet the browser sends the same cookie with every request, several
 * at a time: they all share the first renewal, and entry.server.tsx writes its cookie. This is
 * one replica's memory; across storefront replicas the gateway repeats a renewal to requests
 * marked `x-session-renewal: shared` (gateway/src/session-renewals.ts, decision 036).
 */
const renewals = new Map<string, { renewal: Promise<Renewal>; keepUntil: number }>();

function toSessionData(payload: AuthPayloadData): SessionData {
  return {
    accessToken: payload.token,
    accessTokenExpiresAt: new Date(payload.expiresAt).getTime(),
    refreshToken: payload.refreshToken,
    user: {
      id: payload.user.id,
      name: payload.user.name,
      roles: [...payload.user.roles],
      memberships: payload.user.memberships.map((m) => ({ role: m.role, placeCode: m.placeCode })),
    },
  };
}

/** Below the urql client (graphql.server.ts asks this file for its token): a plain POST. */
async function postToGateway<T>(
  request: Request,
  document: Parameters<typeof stringifyDocument>[0],
  variables: Record<string, unknown>,
  token?: string,
  headers: Record<string, string> = {},
) {
  const response = await fetch(env.GATEWAY_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...forwardedFor(request),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query: stringifyDocument(document), variables }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  return (await response.json()) as { data?: T | null; errors?: { extensions?: { code?: string } }[] };
}

async function askForRenewal(request: Request, refreshToken: string): Promise<Renewal> {
  try {
    const result = await postToGateway<ResultOf<typeof RefreshSessionMutation>>(
      request,
      RefreshSessionMutation,
      { refreshToken },
      undefined,
      // Every gateway replica answers this token's renewal once for all storefront replicas (decision 036).
      { 'x-session-renewal': 'shared' },
    );
    if (result.data?.refreshSession) return { kind: 'renewed', auth: toSessionData(result.data.refreshSession) };
    return result.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' ? { kind: 'ended' } : { kind: 'unavailable' };
  } catch (error) {
    console.warn(`[storefront] session renewal failed: ${(error as Error).message}`);
    return { kind: 'unavailable' };
  }
}

function renewOnce(request: Request, refreshToken: string): Promise<Renewal> {
  const now = Date.now();
  const known = renewals.get(refreshToken);
  if (known && known.keepUntil > now) return known.renewal;
  for (const [token, entry] of renewals) if (entry.keepUntil <= now) renewals.delete(token);
  while (renewals.size >= MAX_REMEMBERED_RENEWALS) renewals.delete(renewals.keys().next().value!);
  const renewal = askForRenewal(request, refreshToken);
  renewals.set(refreshToken, { renewal, keepUntil: now + RENEWAL_MEMORY_MS });
  // A failure to reach the gateway is not remembered: the next request tries again.
  void renewal.then((outcome) => outcome.kind === 'unavailable' && renewals.delete(refreshToken));
  return renewal;
}

const freshEnough = (auth: SessionData) => auth.accessTokenExpiresAt - Date.now() > RENEW_BEFORE_MS;

type Resolved = { auth: SessionData | null; cookie: 'unchanged' | 'renewed' | 'ended' };

/** The session's tokens, renewed first when the access token is (about to be) expired; null when signed out. */
async function resolveAuth(request: Request): Promise<Resolved> {
  const session = await storage.getSession(request.headers.get('Cookie'));
  const stored: Partial<SessionData> = session.data;
  // Cookies from before sessions had refresh tokens carry no way to renew: signed out.
  if (!stored.accessToken || !stored.refreshToken || !stored.user || typeof stored.accessTokenExpiresAt !== 'number') {
    return { auth: null, cookie: 'unchanged' };
  }
  let auth = stored as SessionData;
  // Follows renewals that other requests already made with this cookie's (now retired) refresh token.
  for (let hops = 0; hops < 8 && !freshEnough(auth); hops++) {
    const outcome = await renewOnce(request, auth.refreshToken);
    if (outcome.kind === 'ended') return { auth: null, cookie: 'ended' };
    if (outcome.kind === 'unavailable')
      return {
        auth: auth.accessTokenExpiresAt > Date.now() ? auth : null,
        cookie: auth === stored ? 'unchanged' : 'renewed',
      };
    auth = outcome.auth;
  }
  return { auth, cookie: auth === stored ? 'unchanged' : 'renewed' };
}

const resolved = new WeakMap<Request, Promise<Resolved>>();

function resolvedOf(request: Request): Promise<Resolved> {
  let result = resolved.get(request);
  if (!result) resolved.set(request, (result = resolveAuth(request)));
  return result;
}

const authOf = async (request: Request) => (await resolvedOf(request)).auth;

/** The access token to call the API with (renewed when needed), or undefined for a visitor. */
export async function getToken(request: Request): Promise<string | undefined> {
  return (await authOf(request))?.accessToken;
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  return (await authOf(request))?.user ?? null;
}

/**
 * The Set-Cookie this request's response needs when its session was renewed (or found ended)
 * meanwhile; entry.server.tsx adds it to documents and data responses alike.
 */
export async function renewedSessionCookie(request: Request): Promise<string | null> {
  const session = await storage.getSession(request.headers.get('Cookie'));
  const refreshToken = session.get('refreshToken');
  // Only requests that had to renew (or that followed another's renewal) have anything to write.
  if (!refreshToken || !renewals.has(refreshToken)) return null;
  const { auth, cookie } = await resolvedOf(request);
  if (cookie === 'ended') return storage.destroySession(session);
  if (cookie === 'unchanged' || !auth) return null;
  for (const [key, value] of Object.entries(auth) as [keyof SessionData, never][]) session.set(key, value);
  return storage.commitSession(session);
}

export async function createUserSession(request: Request, auth: AuthPayloadData, redirectTo = '/') {
  const session = await storage.getSession(request.headers.get('Cookie'));
  for (const [key, value] of Object.entries(toSessionData(auth)) as [keyof SessionData, never][])
    session.set(key, value);
  return redirect(redirectTo, { headers: { 'Set-Cookie': await storage.commitSession(session) } });
}

/** Signs out at the API (the tokens stop working everywhere at once), then forgets the cookie. */
export async function signOutUserSession(request: Request, redirectTo = '/') {
  const session = await storage.getSession(request.headers.get('Cookie'));
  const token = await getToken(request);
  if (token) {
    const result = await postToGateway<ResultOf<typeof SignOutMutation>>(request, SignOutMutation, {}, token).catch(
      () => null,
    );
    if (!result?.data) console.warn('[storefront] sign-out could not reach the API; the cookie is forgotten anyway');
  }
  const refreshToken = session.get('refreshToken');
  if (refreshToken) renewals.delete(refreshToken);
  return redirect(redirectTo, { headers: { 'Set-Cookie': await storage.destroySession(session) } });
}
