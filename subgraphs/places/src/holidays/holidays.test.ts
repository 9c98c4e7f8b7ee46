import { signUserToken } from '@kampung/shared';
import { startSubgraphForTest, TEST_JWT_SECRET, type SubgraphUnderTest } from '@kampung/devtools';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraph } from '../index.js';

let places: SubgraphUnderTest<never>;
let admin: string;
let staff: string;

const ADD = 'mutation($input: HolidayInput!) { addHoliday(input: $input) { date name nameEn jointLeave } }';
const REMOVE = 'mutation($date: String!) { removeHoliday(date: $date) { date name } }';
const HOLIDAYS = 'query($year: Int!) { holidays(year: $year) { date name nameEn jointLeave } }';

const rows = async () =>
  places.orm.em
    .getConnection()
    .execute<{ date: string }[]>(`select to_char("date", 'YYYY-MM-DD') as date from "places"."holidays" order by 1`);

beforeAll(async () => {
  places = (await startSubgraphForTest(subgraph, inject('databaseUrl'))) as never;
  const jwt = { secret: TEST_JWT_SECRET, issuer: 'smart-kampung-accounts' };
  admin = await signUserToken(
    {
      userId: '00000000-0000-4000-8000-000000000001',
      roles: ['ADMIN'],
      memberships: [{ role: 'REGENCY_ADMIN', place: '35.10' }],
    },
    jwt,
  );
  staff = await signUserToken({ userId: '00000000-0000-4000-8000-000000000002', roles: ['STAFF'] }, jwt);
});
afterAll(() => places?.close());

describe('holidays', () => {
  it('an admin adds holidays; a year lists its own, by date', async () => {
    for (const input of [
      { date: '2026-12-25', name: 'Kelahiran Yesus Kristus (Natal)', nameEn: 'Christmas Day' },
      { date: '2026-12-24', name: 'Cuti Bersama Hari Raya Natal', nameEn: 'Joint leave: Christmas', jointLeave: true },
      { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', nameEn: "New Year's Day 2027" },
    ]) {
      const added = await places.request(ADD, { input }, admin);
      expect(added.errors).toBeUndefined();
    }
    const year = await places.request<{ holidays: { date: string; jointLeave: boolean }[] }>(HOLIDAYS, { year: 2026 });
    expect(year.data?.holidays).toEqual([
      expect.objectContaining({ date: '2026-12-24', jointLeave: true }),
      expect.objectContaining({ date: '2026-12-25', jointLeave: false, nameEn: 'Christmas Day' }),
    ]);
  });

  it('refuses a second holiday on a date, an impossible date and a bad year, writing nothing', async () => {
    const before = await rows();
    const twice = await places.request(
      ADD,
      { input: { date: '2026-12-25', name: 'Natal lagi', nameEn: 'Again' } },
      admin,
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const impossible = await places.request(
      ADD,
      { input: { date: '2026-02-30', name: 'Tidak ada', nameEn: 'Does not exist' } },
      admin,
    );
    expect(impossible.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'date', messageEn: 'Date must look like YYYY-MM-DD, e.g. 2026-08-17' }),
    ]);
    const year = await places.request(HOLIDAYS, { year: 1999 });
    expect(year.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'year' })]);
    expect(await rows()).toEqual(before);
  });

  it('only an admin may add or remove; removing an unknown date is NOT_FOUND', async () => {
    const before = await rows();
    const byStaff = await places.request(REMOVE, { date: '2026-12-25' }, staff);
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await places.request(ADD, { input: { date: '2026-08-18', name: 'Libur', nameEn: 'Holiday' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await places.request(REMOVE, { date: '2026-08-18' }, admin);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'date' });
    expect(await rows()).toEqual(before);

    const removed = await places.request<{ removeHoliday: { date: string } }>(REMOVE, { date: '2026-12-24' }, admin);
    expect(removed.data?.removeHoliday.date).toBe('2026-12-24');
    expect((await rows()).map((row) => row.date)).toEqual(['2026-12-25', '2027-01-01']);
  });

  it('an admin renames a holiday in both languages; staff may not; a bad name or unknown date writes nothing', async () => {
    const RENAME =
      'mutation($date: String!, $name: String!, $nameEn: String!) { renameHoliday(date: $date, name: $name, nameEn: $nameEn) { date name nameEn } }';
    const names = async () =>
      places.orm.em
        .getConnection()
        .execute<{ name: string; name_en: string }[]>(
          `select name, name_en from "places"."holidays" where "date" = '2026-12-25'`,
        );
    const before = await names();
    const byStaff = await places.request(RENAME, { date: '2026-12-25', name: 'Natal', nameEn: 'Xmas' }, staff);
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const short = await places.request(RENAME, { date: '2026-12-25', name: 'N', nameEn: 'Christmas' }, admin);
    expect(short.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'name' })]);
    const unknown = await places.request(RENAME, { date: '2026-08-19', name: 'Libur', nameEn: 'Holiday' }, admin);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'date' });
    expect(await names()).toEqual(before);

    const renamed = await places.request<{ renameHoliday: { name: string; nameEn: string } }>(
      RENAME,
      { date: '2026-12-25', name: 'Hari Raya Natal', nameEn: 'Christmas' },
      admin,
    );
    expect(renamed.data?.renameHoliday).toEqual({ date: '2026-12-25', name: 'Hari Raya Natal', nameEn: 'Christmas' });
    expect(await names()).toEqual([{ name: 'Hari Raya Natal', name_en: 'Christmas' }]);
  });
});
