import { NOTIFICATION_EVENT_TYPES } from '@kampung/shared';
import { describe, expect, it } from 'vitest';
import { absoluteLink, EVENT_GROUPS, render, TEMPLATES } from './templates.js';

describe('templates', () => {
  it('every event type has an Indonesian and an English message with title and body, in a known group', () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual([...NOTIFICATION_EVENT_TYPES].sort());
    for (const type of NOTIFICATION_EVENT_TYPES) {
      expect(EVENT_GROUPS).toContain(TEMPLATES[type].group);
      const id = render(type, {}, 'id');
      const en = render(type, {}, 'en');
      for (const message of [id, en]) {
        expect(message.title.length, type).toBeGreaterThan(3);
        expect(message.body.length, type).toBeGreaterThan(3);
        expect(message.title.length, type).toBeLessThanOrEqual(200);
      }
      expect(id.body, `${type} is not translated`).not.toBe(en.body);
    }
  });

  it('fills in the parameters and formats rupiah', () => {
    const message = render('order.shipped', { orderCode: 'ORD-7', courier: 'JNE', trackingNumber: 'JX123' }, 'id');
    expect(message.title).toBe('Pesanan ORD-7 dikirim');
    expect(message.body).toContain('JNE');
    expect(message.body).toContain('JX123');
    expect(render('shop.new_order', { orderCode: 'A', total: 125000 }, 'en').body).toContain('Rp125.000');
    expect(render('request.needs_documents', { trackingCode: 'SK-1' }, 'en').body).toContain('-');
  });

  it('links are absolute for messages leaving the app', () => {
    expect(absoluteLink('http://127.0.0.1:3000', '/akun/permohonan/9')).toBe('http://127.0.0.1:3000/akun/permohonan/9');
    expect(absoluteLink('http://x', null)).toBeNull();
  });
});
