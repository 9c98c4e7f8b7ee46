import { createCookie } from '@remix-run/node';
import { signedCookieOptions } from './env.server';

/** The guest cart's token, in its own httpOnly cookie (signed-in buyers' carts are found by their account). */
export const cartCookie = createCookie('kampung_cart', signedCookieOptions);

export async function guestCartToken(request: Request): Promise<string | null> {
  const value: unknown = await cartCookie.parse(request.headers.get('Cookie'));
  return typeof value === 'string' && value.length <= 64 ? value : null;
}
