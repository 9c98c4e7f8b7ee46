import { describe, expect, it } from 'vitest';
import { searchParamsToInput } from '../routes/katalog';
import { districtParam, villageParam } from './place-codes';

describe('place codes in the catalogue URL and the shop form', () => {
  it('keeps well-formed codes only', () => {
    expect(districtParam('35.10.06')).toBe('35.10.06');
    expect(districtParam('Cluring')).toBeUndefined();
    expect(districtParam('35.10.06.2003')).toBeUndefined();
    expect(villageParam('35.10.06.2003')).toBe('35.10.06.2003');
    expect(villageParam("35.10.06.2003' or 1=1")).toBeUndefined();
  });

  it('drops a desa that is not in the chosen kecamatan', () => {
    expect(villageParam('35.10.06.2003', '35.10.06')).toBe('35.10.06.2003');
    expect(villageParam('35.10.15.2004', '35.10.06')).toBeUndefined();
    // a whole code segment: 35.10.1 is no kecamatan of 35.10.15's villages
    expect(villageParam('35.10.15.2004', '35.10.1')).toBeUndefined();
  });

  it('turns ?kecamatan=&desa= into the search filters', () => {
    const input = (query: string) => searchParamsToInput(new URLSearchParams(query));
    expect(input('kecamatan=35.10.06&desa=35.10.06.2003')).toMatchObject({
      districtCode: '35.10.06',
      villageCode: '35.10.06.2003',
    });
    expect(input('kecamatan=35.10.15&desa=35.10.06.2003')).toMatchObject({
      districtCode: '35.10.15',
      villageCode: undefined,
    });
    expect(input('desa=35.10.06.2003')).toMatchObject({ districtCode: undefined, villageCode: '35.10.06.2003' });
    expect(input('desa=Sembulung')).toMatchObject({ villageCode: undefined });
  });
});
