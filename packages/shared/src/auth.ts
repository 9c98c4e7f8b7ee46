import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

export const ROLES = ['BUYER', 'SELLER', 'STAFF', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: a signed-in user, or nobody. */
export interface Viewer {
  userId: string;
  roles: Role[];
  /** Set when the caller is another subgraph using its service token, not a person. */
  service?: string;
}

export interface JwtConfig {
  secret: string;
  issuer: string;
  /** Lifetime, e.g. '7d' or '15m'. */
  expiresIn?: string;
}

const encoder = new TextEncoder();
const keyCache = new Map<string, Uint8Array>();
const keyOf = (secret: string) => {
  let key = keyCache.get(secret);
  if (!key) keyCache.set(secret, (key = encoder.encode(secret)));
  return key;
};

export async function signUserToken(viewer: Viewer, config: JwtConfig): Promise<string> {
  return new SignJWT({ roles: viewer.roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewer.userId)
    .setIssuer(config.issuer)
    .setIssuedAt()
    .setExpirationTime(config.expiresIn ?? '7d')
    .sign(keyOf(config.secret));
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
    const { payload } = await jwtVerify(token, keyOf(config.secret), { issuer: config.issuer, algorithms: ['HS256'] });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.includes(r as Role)) : [];
    if (!payload.sub) throw new UnauthenticatedError();
    if (typeof payload.svc === 'string') return { userId: payload.sub, roles: [], service: payload.svc };
    return { userId: payload.sub, roles };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) {
      throw new UnauthenticatedError({ id: 'Sesi Anda telah berakhir, silakan masuk lagi', en: 'Your session has expired, please sign in again' });
    }
    throw new UnauthenticatedError({ id: 'Token masuk tidak valid', en: 'Sign-in token is not valid' });
  }
}

/** Reads `Authorization: Bearer …`; no header means an anonymous viewer, a bad token an error. */
export async function viewerFromAuthorization(header: string | undefined, config: JwtConfig): Promise<Viewer | null> {
  if (!header) return null;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match?.[1]) throw new UnauthenticatedError({ id: 'Format header Authorization salah', en: 'Malformed Authorization header' });
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
