import { env } from '../../utils/env.server';
import { redirect } from '@remix-run/node';
import { getToken, getUser, type SessionUser } from '../../utils/session.server';

/** The signed-in user, or a redirect to the sign-in page. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) throw redirect('/masuk');
  return user;
}

export const isStaffUser = (user: SessionUser | null) =>
  !!user && user.roles.some((r) => r === 'STAFF' || r === 'ADMIN');

/** Staff pages: others get a 403 (the API refuses them too). */
export async function requireStaff(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!isStaffUser(user)) throw new Response('Forbidden', { status: 403 });
  return user;
}

/** The services subgraph (uploads go straight to it) and the gateway (files come back through it). */
export const servicesBaseUrl = () => env.servicesBase;
export const gatewayBaseUrl = () => env.gatewayBase;

export type UploadResult = { key: string } | { error: 'tooBig' | 'type' | 'failed' };

/** Posts an attachment's bytes to the services subgraph with the user's token. */
export async function uploadAttachment(request: Request, file: File): Promise<UploadResult> {
  if (file.size > 5 * 1024 * 1024) return { error: 'tooBig' };
  const token = await getToken(request);
  const response = await fetch(`${servicesBaseUrl()}/uploads/attachment`, {
    method: 'POST',
    body: Buffer.from(await file.arrayBuffer()),
    headers: { authorization: `Bearer ${token ?? ''}`, 'content-type': 'application/octet-stream' },
    signal: AbortSignal.timeout(15_000),
  }).catch(() => null);
  if (!response) return { error: 'failed' };
  if (response.status === 415) return { error: 'type' };
  if (response.status === 413) return { error: 'tooBig' };
  if (!response.ok) return { error: 'failed' };
  return { key: ((await response.json()) as { key: string }).key };
}
