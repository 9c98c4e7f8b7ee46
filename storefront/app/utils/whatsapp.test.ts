import { describe, expect, it } from 'vitest';
import { toWhatsAppNumber, whatsAppLink } from './whatsapp';

describe('WhatsApp numbers', () => {
  it('accepts 08…, +62… and 62… forms', () => {
    expect(toWhatsAppNumber('0812-3456-7890')).toBe('6281234567890');
    expect(toWhatsAppNumber('+62 812 3456 7890')).toBe('6281234567890');
    expect(toWhatsAppNumber('6281234567890')).toBe('6281234567890');
    expect(toWhatsAppNumber('+62 0812 3456 7890')).toBe('6281234567890');
  });

  it('rejects numbers that are not Indonesian mobiles', () => {
    expect(toWhatsAppNumber('')).toBeNull();
    expect(toWhatsAppNumber('12345')).toBeNull();
    expect(toWhatsAppNumber('0333 123456')).toBeNull();
  });

  it('builds wa.me links with an encoded greeting', () => {
    expect(whatsAppLink('081234567890')).toBe('https://wa.me/6281234567890');
    expect(whatsAppLink('081234567890', 'Halo kak')).toBe('https://wa.me/6281234567890?text=Halo%20kak');
    expect(whatsAppLink('nope')).toBeNull();
  });
});
