import { describe, expect, it } from 'vitest';
import { onlineVillages } from './places.js';
import { adoptions, officeIn } from './services-adoptions.js';
import { services } from './services.js';

describe('seeded adoptions of the service templates', () => {
  it('has every online village offer all 22 templates, at its own office', () => {
    expect(services).toHaveLength(22);
    expect(adoptions).toHaveLength(onlineVillages.length * services.length);
    for (const village of onlineVillages) {
      const own = adoptions.filter((a) => a.villageCode === village.code);
      expect(new Set(own.map((a) => a.slug))).toEqual(new Set(services.map((s) => s.slug)));
      for (const adoption of own) expect(adoption.office, adoption.slug).toContain(village.name);
    }
  });

  it('gives a few villages their own fee or promised time, on templates that exist', () => {
    const overridden = adoptions.filter((a) => a.fee !== null || a.slaHours !== null);
    expect(new Set(overridden.map((a) => a.villageCode)).size).toBeGreaterThanOrEqual(3);
    for (const a of overridden) {
      expect(services.map((s) => s.slug)).toContain(a.slug);
      if (a.fee !== null) expect(a.fee).toBeGreaterThanOrEqual(0);
      if (a.slaHours !== null) expect(a.slaHours).toBeGreaterThan(0);
    }
  });

  it('names a kelurahan as such', () => {
    expect(officeIn({ name: 'Gombengsari', headTitle: 'Lurah' }, 'Kantor Desa, Seksi Pelayanan')).toBe(
      'Kantor Kelurahan Gombengsari, Seksi Pelayanan',
    );
    expect(officeIn({ name: 'Kemiren', headTitle: 'Kepala Desa' }, 'Balai Desa, Sanggar Batik Desa')).toBe(
      'Balai Desa Kemiren, Sanggar Batik Desa',
    );
  });
});
