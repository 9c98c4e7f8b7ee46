import { describe, expect, it } from 'vitest';
import { filterQuery, parseFilters } from './filters';

const at = (query: string) => parseFilters(new URL(`http://x/pemantauan${query}`), new Date('2026-12-31T18:00:00Z'));

describe('oversight filters in the URL', () => {
  it('default to the last twelve months in WIB (31 Dec 18:00 UTC is already January there)', () => {
    const f = at('');
    expect([f.fromMonth, f.toMonth]).toEqual(['2026-02', '2027-01']);
    expect(f.period).toEqual({ from: '2026-01-31T17:00:00.000Z', to: '2027-01-31T17:00:00.000Z' });
  });

  it('swap reversed months, cap the span at three years and drop bad values', () => {
    expect(at('?dari=2026-06&sampai=2026-03')).toMatchObject({ fromMonth: '2026-03', toMonth: '2026-06' });
    expect(at('?dari=2020-01&sampai=2026-12').fromMonth).toBe('2024-01');
    expect(at('?layanan=x&kecamatan=35.10&urut=DROP')).toMatchObject({
      serviceId: null,
      districtCode: null,
      orderBy: 'CODE',
    });
  });

  it('round-trip through the query string of sort links', () => {
    const f = at('?dari=2026-01&sampai=2026-06&kecamatan=35.10.06&urut=IKM&turun=1');
    expect(filterQuery(f)).toBe('?dari=2026-01&sampai=2026-06&kecamatan=35.10.06&urut=IKM&turun=1');
    expect(parseFilters(new URL(`http://x/${filterQuery(f, { orderBy: 'NAME', descending: false })}`))).toMatchObject({
      orderBy: 'NAME',
      descending: false,
      districtCode: '35.10.06',
    });
  });
});
