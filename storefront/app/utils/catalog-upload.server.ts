import { env } from './env.server';

const productsBase = env.productsBase;
/** The gateway's base URL: `/files/products/*` is served there. */
export const gatewayBase = env.gatewayBase;

export type UploadResult =
  { ok: true; url: string } | { ok: false; status: number; message: string; messageEn: string };

/** Sends a photo's bytes to products as the signed-in seller. */
export async function uploadProductPhoto(token: string, productId: string, file: Blob): Promise<UploadResult> {
  const response = await fetch(`${productsBase}/uploads/product-photo?productId=${encodeURIComponent(productId)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(await file.arrayBuffer()),
    signal: AbortSignal.timeout(30_000),
  }).catch(() => null);
  if (!response) return { ok: false, status: 503, message: 'Layanan tidak tersedia', messageEn: 'Service unavailable' };
  const body = (await response.json().catch(() => ({}))) as {
    url?: string;
    error?: { message?: string; messageEn?: string };
  };
  if (response.ok && body.url) return { ok: true, url: body.url };
  if (response.status === 413)
    return { ok: false, status: 413, message: 'Foto terlalu besar', messageEn: 'The photo is too large' };
  return {
    ok: false,
    status: response.status,
    message: body.error?.message ?? 'Gagal mengunggah',
    messageEn: body.error?.messageEn ?? 'Upload failed',
  };
}
