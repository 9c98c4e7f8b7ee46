import { forwardedFor } from './client-address.server';
import { env } from './env.server';
import { getToken } from './session.server';

/** Where a file goes: to the gateway, which hands it to the subgraph that stores it, as the signed-in user. */
export type UploadTarget =
  | { kind: 'attachment' } // a citizen's FILE answer: private, JPEG/PNG/PDF
  | { kind: 'cover' } // a post's cover photo (staff): public
  | { kind: 'productPhoto'; productId: string }; // a listing's photo (its seller)

/** One shape for every upload: what the subgraph stored, or why not (with its message when it sent one). */
export type UploadResult =
  | { ok: true; key: string | null; url: string | null }
  | {
      ok: false;
      /** tooBig: 413; type: 415; unavailable: no answer; failed: anything else. */
      reason: 'tooBig' | 'type' | 'unavailable' | 'failed';
      status: number;
      message: { id: string; en: string } | null;
    };

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** The gateway's `/uploads/<subgraph>/<kind>` (gateway/src/files.ts): only the gateway is public. */
export function uploadUrl(target: UploadTarget): string {
  if (target.kind === 'productPhoto')
    return `${env.gatewayBase}/uploads/products/product-photo?productId=${encodeURIComponent(target.productId)}`;
  return `${env.gatewayBase}/uploads/services/${target.kind}`;
}

type UploadBody = { key?: string; url?: string; error?: { message?: string; messageEn?: string } };

/** Posts a file's bytes through the gateway with the user's token (and address, for its limits). */
export async function upload(request: Request, target: UploadTarget, file: Blob): Promise<UploadResult> {
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, reason: 'tooBig', status: 413, message: null };
  const token = await getToken(request);
  const response = await fetch(uploadUrl(target), {
    method: 'POST',
    body: new Uint8Array(await file.arrayBuffer()),
    headers: {
      ...forwardedFor(request),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'content-type': 'application/octet-stream',
    },
    signal: AbortSignal.timeout(target.kind === 'productPhoto' ? 30_000 : 15_000),
  }).catch(() => null);
  if (!response || response.status === 503) {
    await response?.body?.cancel();
    return { ok: false, reason: 'unavailable', status: 503, message: null };
  }
  const body = (await response.json().catch(() => ({}))) as UploadBody;
  if (response.ok) return { ok: true, key: body.key ?? null, url: body.url ?? null };
  const { message, messageEn } = body.error ?? {};
  return {
    ok: false,
    reason: response.status === 413 ? 'tooBig' : response.status === 415 ? 'type' : 'failed',
    status: response.status,
    message: message && messageEn ? { id: message, en: messageEn } : null,
  };
}
