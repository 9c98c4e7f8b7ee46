import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import {
  SignJWT,
  jwtVerify,
  errors as joseErrors,
  type FlattenedJWSInput,
  type JWTHeaderParameters,
  type JWTVerifyGetKey,
} from 'jose';
import { AppError, ForbiddenError, UnauthenticatedError } from './errors.js';
import { membershipClaim, membershipsFromClaim, type Membership } from './place-scope.js';
import type { SigningKey } from './token-keys.js';

export const ROLES = ['BUYER', 'SELLER', 'STAFF', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: a signed-in user, or nobody. */
export interface Viewer {
  userId: string;
  roles: Role[];
  /** Office roles scoped to a place (village staff, district officer…); absent or empty for everyone else. */
  memberships?: Membership[];
  /** Set when the caller is another subgraph using its service token, not a person. */
  service?: string;
  /** The sign-in session (`sid` claim) an access token belongs to; the gateway refuses it once revoked. */
  sessionId?: string;
}

/** How long an access token lives; sessions are renewed with their refresh token. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface JwtConfig {
  secret: string;
  issuer: string;
  /** Lifetime, e.g. '15m' (the default, `ACCESS_TOKEN_TTL_SECONDS`), or the expiry itself. */
  expiresIn?: string | Date;
  /** Accounts signs user tokens with this Ed25519 key (EdDSA, `kid` in the header); without it, HS256 with `secret`. */
  signingKey?: SigningKey;
  /** The keys EdDSA user tokens are checked with: accounts' JWKS (decision 034). */
  jwks?: JWTVerifyGetKey;
  /**
   * Whether user tokens signed HS256 with `secret` are still accepted (default yes): the
   * transition from shared-secret tokens. Service tokens between subgraphs stay HS256 either way.
   */
  acceptHs256UserTokens?: boolean;
}

const encoder = new TextEncoder();
const keyCache = new Map<string, Uint8Array>();
const keyOf = (secret: string) => {
  let key = keyCache.get(secret);
  if (!key) keyCache.set(secret, (key = encoder.encode(secret)));
  return key;
};

/** An access token: `sub`, roles and, for a signed-in session, `sid`; EdDSA when the config has a signing key. */
export async function signUserToken(viewer: Viewer, config: JwtConfig): Promise<string> {
  const token = new SignJWT({
    roles: viewer.roles,
    ...(viewer.memberships?.length ? { m: viewer.memberships.map(membershipClaim) } : {}),
    ...(viewer.sessionId ? { sid: viewer.sessionId } : {}),
  })
    .setProtectedHeader(config.signingKey ? { alg: 'EdDSA', typ: 'JWT', kid: config.signingKey.kid } : { alg: 'HS256' })
    .setSubject(viewer.userId)
    .setIssuer(config.issuer)
    .setIssuedAt()
    .setExpirationTime(config.expiresIn ?? `${ACCESS_TOKEN_TTL_SECONDS}s`);
  return config.signingKey ? token.sign(config.signingKey.privateKey) : token.sign(keyOf(config.secret));
}

/** A short-lived token one subgraph uses to call another's internal operations. */
export async function signServiceToken(service: string, config: JwtConfig): Promise<string> {
  return new SignJWT({ svc: service })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`service:${service}`)
    .setIssuer(config.issuer)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(keyOf(config.secret));
}

/** Verifies a bearer token; any failure (bad signature, expired, malformed) is UNAUTHENTICATED. */
export async function verifyUserToken(token: string, config: JwtConfig): Promise<Viewer> {
  try {
    // EdDSA tokens by the key their kid names in accounts' JWKS; HS256 ones (service tokens) by the shared secret.
    const keyFor = (header: JWTHeaderParameters, input: FlattenedJWSInput) =>
      header.alg === 'EdDSA' && config.jwks ? config.jwks(header, input) : keyOf(config.secret);
    const { payload, protectedHeader } = await jwtVerify(token, keyFor, {
      issuer: config.issuer,
      algorithms: config.jwks ? ['EdDSA', 'HS256'] : ['HS256'],
    });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.includes(r as Role)) : [];
    if (!payload.sub) throw new UnauthenticatedError();
    const hs256 = protectedHeader.alg === 'HS256';
    if (typeof payload.svc === 'string') {
      // Only subgraphs hold the shared secret; accounts' EdDSA key signs people's tokens only.
      if (!hs256) throw new UnauthenticatedError();
      return { userId: payload.sub, roles: [], service: payload.svc };
    }
    if (hs256 && config.acceptHs256UserTokens === false) throw new UnauthenticatedError();
    // A user token without a session cannot be revoked, so it may not outlive an access token (refuses the old 7-day tokens).
    if (typeof payload.sid !== 'string' && (payload.exp ?? Infinity) - (payload.iat ?? 0) > ACCESS_TOKEN_TTL_SECONDS) {
      throw new joseErrors.JWTExpired('a user token without a session must be short-lived', payload);
    }
    const memberships = membershipsFromClaim(payload.m);
    return {
      userId: payload.sub,
      roles,
      ...(memberships.length ? { memberships } : {}),
      ...(typeof payload.sid === 'string' ? { sessionId: payload.sid } : {}),
    };
  } catch (error) {
    // The keys could not be fetched (accounts unreachable): not the person's fault, so not UNAUTHENTICATED.
    if (error instanceof AppError && error.extensions.code === 'SERVICE_UNAVAILABLE') throw error;
    if (error instanceof joseErrors.JWTExpired) {
      throw new UnauthenticatedError({
        id: 'Sesi Anda telah berakhir, silakan masuk lagi',
        en: 'Your session has expired, please sign in again',
      });
    }
    throw new UnauthenticatedError({ id: 'Token masuk tidak valid', en: 'Sign-in token is not valid' });
  }
}

/** Reads `Authorization: Bearer …`; no header means an anonymous viewer, a bad token an error. */
export async function viewerFromAuthorization(header: string | undefined, config: JwtConfig): Promise<Viewer | null> {
  if (!header) return null;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match?.[1])
    throw new UnauthenticatedError({ id: 'Format header Authorization salah', en: 'Malformed Authorization header' });
  return verifyUserToken(match[1], config);
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return !!viewer && viewer.roles.some((role) => roles.includes(role));
}

/** A signed-in person (not a service token). */
export function requirePerson(viewer: Viewer | null): Viewer {
  const signedIn = requireViewer(viewer);
  if (signedIn.service) throw new ForbiddenError({ id: 'Hanya untuk pengguna', en: 'People only' });
  return signedIn;
}

/** The user themself, or village staff: who may see a person's private data. */
export const isSelfOrStaff = (viewer: Viewer | null, userId: string): boolean =>
  !!viewer && !viewer.service && (viewer.userId === userId || isStaff(viewer));

/** Only another subgraph (with a service token) may call internal operations. */
export function requireService(viewer: Viewer | null): string {
  if (!viewer?.service) throw new ForbiddenError({ id: 'Hanya untuk layanan internal', en: 'Internal services only' });
  return viewer.service;
}

export const isStaff = (viewer: Viewer | null) => hasRole(viewer, 'STAFF', 'ADMIN');

export function requireRole(viewer: Viewer | null, ...roles: Role[]): Viewer {
  const signedIn = requireViewer(viewer);
  if (!hasRole(signedIn, ...roles)) throw new ForbiddenError();
  return signedIn;
}

/** The header the gateway uses to tell subgraphs the caller's address (see gateway/src/auth.ts). */
export const CLIENT_ADDRESS_HEADER = 'x-client-ip';

/**
 * The end user's address as a subgraph sees it: what the gateway forwarded (`unknown` when it
 * could not tell: null), else the direct peer. Subgraphs are only reachable from inside the
 * installation, so the header is trusted as is.
 */
export function clientAddressOf(req: IncomingMessage): string | null {
  const forwarded = req.headers[CLIENT_ADDRESS_HEADER];
  if (typeof forwarded === 'string') return isIP(forwarded.trim()) ? forwarded.trim() : null;
  return req.socket.remoteAddress ?? null;
}
