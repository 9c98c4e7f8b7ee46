import { createCookie, redirect } from '@remix-run/node';
import { signedCookieOptions } from '../../utils/env.server';
import { getUser } from '../../utils/session.server';

/** The guest cart's token, in its own httpOnly cookie (signed-in buyers' carts are found by their account). */
export const cartCookie = createCookie('kampung_cart', signedCookieOptions);

export async function guestCartToken(request: Request): Promise<string | null> {
  const value: unknown = await cartCookie.parse(request.headers.get('Cookie'));
  return typeof value === 'string' && value.length <= 64 ? value : null;
}

export async function requireSignedIn(request: Request, back: string) {
  const user = await getUser(request);
  if (!user) throw redirect(`/masuk?redirectTo=${encodeURIComponent(back)}`);
  return user;
}
