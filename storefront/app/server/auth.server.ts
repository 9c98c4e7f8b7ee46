import { redirect } from '@remix-run/node';
import { getUser, type Role, type SessionUser } from './session.server';

/**
 * The storefront's one set of guards for loaders and actions. Each returns the signed-in user
 * or throws the Response that ends the request: a redirect to the sign-in page for visitors, a
 * 403 for someone without the right. A place guard (a village officer limited to one village)
 * joins them with the same shape once the session knows a user's place:
 * `requirePlace(request, placeCode, options)`.
 */
export type GuardOptions = {
  /** Where the sign-in page sends the visitor back to; omitted: the sign-in page's own default. */
  back?: string;
};

export const STAFF_ROLES = ['STAFF', 'ADMIN'] as const satisfies readonly Role[];

export const hasRole = (user: SessionUser | null, roles: readonly Role[]): boolean =>
  !!user && user.roles.some((role) => roles.includes(role));

/** The signed-in user, or a redirect to /masuk (with `redirectTo` when `back` is given). */
export async function requireSignedIn(request: Request, { back }: GuardOptions = {}): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) throw redirect(back ? `/masuk?redirectTo=${encodeURIComponent(back)}` : '/masuk');
  return user;
}

/** A signed-in user holding one of `roles`; others get a 403 (the API refuses them too). */
export async function requireRole(
  request: Request,
  roles: readonly Role[],
  options: GuardOptions = {},
): Promise<SessionUser> {
  const user = await requireSignedIn(request, options);
  if (!hasRole(user, roles)) throw new Response('Forbidden', { status: 403 });
  return user;
}

/** Whether the user holds the regency admin membership (decision 020), not merely the coarse ADMIN role. */
export const isRegencyAdmin = (user: SessionUser | null): boolean =>
  !!user?.memberships?.some((m) => m.role === 'REGENCY_ADMIN');

/** The regency admin (onboards villages, grants memberships); others get a 403 (the API refuses them too). */
export async function requireRegencyAdmin(request: Request, options: GuardOptions = {}): Promise<SessionUser> {
  const user = await requireSignedIn(request, options);
  if (!isRegencyAdmin(user)) throw new Response('Forbidden', { status: 403 });
  return user;
}
