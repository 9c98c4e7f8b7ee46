import { describe, expect, it } from 'vitest';
import { readForm } from './forms.server';
import { adoptionForm, overridesOf } from './village-services.server';

describe('the adoption form', () => {
  it('sends empty overrides as null (back to the template) and requirements one per line', () => {
    const { villageCode, serviceId, ...fields } = readForm(adoptionForm, {
      villageCode: '35.10.06.2003',
      serviceId: 'a1',
      fee: '',
      slaHours: '4',
      office: '  Balai Desa  ',
      extraRequirements: 'Surat pengantar RT\r\n\r\n  Foto rumah ',
    });
    expect({ villageCode, serviceId }).toEqual({ villageCode: '35.10.06.2003', serviceId: 'a1' });
    expect(overridesOf(fields)).toEqual({
      fee: null,
      slaHours: 4,
      office: 'Balai Desa',
      extraRequirements: ['Surat pengantar RT', 'Foto rumah'],
    });
  });

  it('refuses a fee that is not a whole number', () => {
    expect(() => readForm(adoptionForm, { villageCode: 'x', serviceId: 'y', fee: '1.5' })).toThrow();
  });
});
