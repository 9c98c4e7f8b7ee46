import { createHash } from 'node:crypto';

/**
 * A stable UUID for a seed record (`seedId('seller', 'batik-sembulung')`), so that running the
 * seed again updates the same rows and every subgraph agrees on the ids it shares.
 */
export function seedId(kind: string, key: string): string {
  const hex = createHash('sha256').update(`smart-kampung:${kind}:${key}`).digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
