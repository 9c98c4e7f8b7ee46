import { createCookieSessionStorage, redirect } from '@remix-run/node';
import { env } from './env.server';

export type SessionUser = { id: string; name: string; roles: string[] };

type SessionData = { token: string; user: SessionUser };

const storage = createCookieSessionStorage<SessionData>({
  cookie: {
    name: '__session',
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: env.COOKIE_SECURE,
    secrets: [env.SESSION_SECRET],
    maxAge: 60 * 60 * 24 * 30,
  },
});

function getSession(request: Request) {
  return storage.getSession(request.headers.get('Cookie'));
}

export async function getToken(request: Request): Promise<string | undefined> {
  return (await getSession(request)).get('token');
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  return (await getSession(request)).get('user') ?? null;
}

export async function createUserSession(
  request: Request,
  auth: { token: string; user: SessionUser },
  redirectTo = '/',
) {
  const session = await getSession(request);
  session.set('token', auth.token);
  session.set('user', { id: auth.user.id, name: auth.user.name, roles: [...auth.user.roles] });
  return redirect(redirectTo, { headers: { 'Set-Cookie': await storage.commitSession(session) } });
}

export async function destroyUserSession(request: Request, redirectTo = '/') {
  const session = await getSession(request);
  return redirect(redirectTo, { headers: { 'Set-Cookie': await storage.destroySession(session) } });
}
