import { callApi } from '../client.js';
import { graphql } from '../graphql.js';
import { F, O, one, U, type CellContext, type MutationRow, type Target } from './mutation-row.js';
import type { Expected } from './cast.js';

/** Places: the regency admin edits village offices, brings villages online and keeps the holidays. */

/** Today the regency admin is the ADMIN role; village memberships come later. */
export const ADMIN_ONLY: Expected = { anonymous: U, buyer: F, sellerA: F, sellerB: F, staff: F, admin: O };

// Cluring (the village of that name): not one of the seeded online villages, so taking it offline disturbs no other test.
const VILLAGE = '35.10.06.2004';
const OFFICE = {
  officeAddress: 'Jl. Matriks No. 1, Cluring',
  openingHours: [{ weekday: 1, opens: '08:00', closes: '15:00' }],
  headName: 'Kepala Matriks',
  headTitle: 'Kepala Desa',
  letterCode: '429.506.04',
};

const UPDATE_OFFICE = graphql(
  'mutation($code: String!, $input: VillageOfficeInput!) { updateVillageOffice(code: $code, input: $input) { code } }',
);
const SET_ONLINE = graphql(
  'mutation($code: String!, $online: Boolean!) { setVillageOnline(code: $code, online: $online) { code online } }',
);
const ADD_HOLIDAY = graphql('mutation($input: HolidayInput!) { addHoliday(input: $input) { date } }');

let day = 0;
/** A date of its own for each cell, far from any real holiday. */
const freshDate = () => {
  day += 1;
  const date = new Date(Date.UTC(2099, 0, 1) + day * 86_400_000);
  return date.toISOString().slice(0, 10);
};
const village = (t: Target) => one('select * from places.villages where code = $1', t.code);
const holiday = (t: Target) =>
  one("select to_char(date, 'YYYY-MM-DD') as date, name from places.holidays where date = $1", t.date);

export const PLACES_MUTATIONS: MutationRow[] = [
  {
    field: 'updateVillageOffice',
    expected: ADMIN_ONLY,
    prepare: async () => ({ code: VILLAGE, headName: `Kepala ${Math.random().toString(36).slice(2, 8)}` }),
    run: (t, { token }) =>
      callApi(UPDATE_OFFICE, { code: t.code, input: { ...OFFICE, headName: t.headName } }, { token }),
    written: village,
  },
  {
    field: 'setVillageOnline',
    expected: ADMIN_ONLY,
    // Online with a complete office first (as the admin), so that taking it offline changes the row.
    prepare: async ({ cast }: CellContext) => {
      await callApi(UPDATE_OFFICE, { code: VILLAGE, input: OFFICE }, { token: cast.admin.token });
      const online = await callApi(SET_ONLINE, { code: VILLAGE, online: true }, { token: cast.admin.token });
      if (!online.data?.setVillageOnline.online) throw new Error(`could not bring ${VILLAGE} online`);
      return { code: VILLAGE };
    },
    run: (t, { token }) => callApi(SET_ONLINE, { code: t.code, online: false }, { token }),
    written: village,
  },
  {
    field: 'addHoliday',
    expected: ADMIN_ONLY,
    prepare: async () => ({ date: freshDate() }),
    run: (t, { token }) =>
      callApi(ADD_HOLIDAY, { input: { date: t.date, name: 'Libur Matriks', nameEn: 'Matrix holiday' } }, { token }),
    written: holiday,
  },
  {
    field: 'removeHoliday',
    expected: ADMIN_ONLY,
    prepare: async ({ cast }: CellContext) => {
      const date = freshDate();
      const added = await callApi(
        ADD_HOLIDAY,
        { input: { date, name: 'Libur Matriks', nameEn: 'Matrix holiday' } },
        { token: cast.admin.token },
      );
      if (!added.data?.addHoliday) throw new Error(`could not add a holiday on ${date}`);
      return { date };
    },
    run: (t, { token }) =>
      callApi(graphql('mutation($date: String!) { removeHoliday(date: $date) { date } }'), { date: t.date }, { token }),
    written: holiday,
  },
];

/** Places' queries: reference data, the same for everyone (no private fields). */
export const PLACES_PUBLIC_QUERIES: Record<string, string> = {
  provinces: 'regions of Indonesia',
  region: 'a region by code',
  regionChildren: 'regions one level down',
  districts: "the regency's districts",
  village: 'a village office: public profile',
  villages: 'village offices: public profiles',
  holidays: 'public holidays',
};
