import { createHash, timingSafeEqual } from 'node:crypto';
import midtransClient from 'midtrans-client';
import type { OrdersEnv } from '../env.js';

export interface SnapClient {
  createTransaction(parameter: Record<string, unknown>): Promise<{ token: string; redirect_url: string }>;
  transaction: { status(orderId: string): Promise<Record<string, unknown>> };
}

const clients = new Map<string, SnapClient>();

/** The Snap client when both Midtrans keys are set; otherwise null (cash on delivery only). */
export function snapOf(env: OrdersEnv): SnapClient | null {
  if (!env.MIDTRANS_SERVER_KEY || !env.MIDTRANS_CLIENT_KEY) return null;
  const key = `${env.MIDTRANS_SERVER_KEY}|${env.MIDTRANS_API_BASE_URL ?? ''}|${env.MIDTRANS_IS_PRODUCTION}`;
  let snap = clients.get(key);
  if (!snap) {
    const client = new midtransClient.Snap({
      isProduction: env.MIDTRANS_IS_PRODUCTION,
      serverKey: env.MIDTRANS_SERVER_KEY,
      clientKey: env.MIDTRANS_CLIENT_KEY,
    });
    const base = env.MIDTRANS_API_BASE_URL?.replace(/\/$/, '');
    if (base) {
      // Tests only: the library has no base-URL option, so its URL getters are replaced on this instance.
      client.apiConfig.getSnapApiBaseUrl = () => `${base}/snap/v1`;
      client.apiConfig.getCoreApiBaseUrl = () => base;
    }
    snap = client as SnapClient;
    clients.set(key, snap);
  }
  return snap;
}

export const midtransSignature = (
  orderId: string,
  statusCode: string,
  grossAmount: string,
  serverKey: string,
): string => createHash('sha512').update(`${orderId}${statusCode}${grossAmount}${serverKey}`).digest('hex');

/** Constant-time comparison of the notification's `signature_key` with the one we compute. */
export function signatureMatches(body: Record<string, unknown>, serverKey: string): boolean {
  const { order_id, status_code, gross_amount, signature_key } = body;
  if (
    typeof order_id !== 'string' ||
    typeof status_code !== 'string' ||
    typeof gross_amount !== 'string' ||
    typeof signature_key !== 'string'
  )
    return false;
  const expected = Buffer.from(midtransSignature(order_id, status_code, gross_amount, serverKey), 'utf8');
  const given = Buffer.from(signature_key.toLowerCase(), 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** "150000.00" → 150000; anything that is not a whole rupiah amount → null. */
export function rupiahOf(grossAmount: unknown): number | null {
  const text = String(grossAmount ?? '');
  if (!/^\d+(\.0+)?$/.test(text)) return null;
  return Number.parseInt(text, 10);
}
