import { createHash } from 'node:crypto';

/** The namespace of notification event ids (a fixed random UUID; never change it). */
const NAMESPACE = '5b0c7f0e-8f1d-4c59-9a4b-2f1f0d6e7a13';

/**
 * A name-based UUID (version 5, RFC 9562: SHA-1 of namespace and name) for an event that a retry
 * of the same transition could enqueue twice: `notificationEventId(orderId, 'order.paid')` is the
 * same on every attempt, so the receiver's deduplication by event id holds (decision 028).
 */
export function notificationEventId(...parts: string[]): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(parts.join(':'))
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
