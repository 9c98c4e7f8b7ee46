import { describe, expect, it } from 'vitest';
import { Order } from '../orders/order.entity.js';
import { SellerOrder } from '../orders/seller-order.entity.js';
import { derivedStatus } from '../orders/transitions.js';
import { midtransSignature, rupiahOf, signatureMatches } from './midtrans.js';
import { targetOf } from './payment-state.js';

const KEY = 'SB-Mid-server-unit';

describe('Midtrans notification checks', () => {
  const body = (over: Record<string, unknown> = {}) => {
    const base = { order_id: 'a', status_code: '200', gross_amount: '150000.00', ...over };
    return {
      ...base,
      signature_key: midtransSignature(String(base.order_id), String(base.status_code), String(base.gross_amount), KEY),
      ...over,
    };
  };

  it('accepts the signature over the amount exactly as received and refuses any change', () => {
    expect(signatureMatches(body(), KEY)).toBe(true);
    expect(signatureMatches({ ...body(), gross_amount: '150000' }, KEY)).toBe(false);
    expect(signatureMatches({ ...body(), status_code: '201' }, KEY)).toBe(false);
    expect(signatureMatches(body(), 'another-key')).toBe(false);
    expect(signatureMatches({ ...body(), signature_key: 'short' }, KEY)).toBe(false);
    expect(signatureMatches({ order_id: 'a' }, KEY)).toBe(false);
  });

  it('reads whole rupiah only', () => {
    expect(rupiahOf('150000.00')).toBe(150_000);
    expect(rupiahOf('150000')).toBe(150_000);
    expect(rupiahOf('150000.50')).toBeNull();
    expect(rupiahOf('-1')).toBeNull();
  });

  it('maps transaction statuses to where the order goes', () => {
    expect(targetOf('settlement', undefined)).toBe('PAID');
    expect(targetOf('capture', 'accept')).toBe('PAID');
    expect(targetOf('capture', 'challenge')).toBeNull();
    expect(targetOf('pending', undefined)).toBeNull();
    expect(targetOf('expire', undefined)).toBe('EXPIRED');
    expect(targetOf('deny', undefined)).toBe('CANCELLED');
    expect(targetOf('refund', undefined)).toBe('REFUNDED');
  });
});

describe('order status from its parts', () => {
  const part = (status: SellerOrder['status']) => Object.assign(new SellerOrder(), { status });
  const order = Object.assign(new Order(), { status: 'PAID' as const });
  it('follows the least advanced open part; cancelled parts do not hold it back', () => {
    expect(derivedStatus(order, [part('SHIPPED'), part('ACCEPTED')])).toBe('PROCESSING');
    expect(derivedStatus(order, [part('DELIVERED'), part('CANCELLED')])).toBe('DELIVERED');
    expect(derivedStatus(order, [part('CANCELLED'), part('CANCELLED')])).toBe('CANCELLED');
    expect(derivedStatus(order, [part('EXPIRED')])).toBe('EXPIRED');
  });
});
