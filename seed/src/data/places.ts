/**
 * The villages that offer their services online in the demo (Sembulung first), with their
 * offices. Heads' names are made up; codes are the real Kemendagri ones. Every other village of
 * the regency is loaded from idn-area-data and stays offline.
 */
import type { OpeningHours } from '@kampung/shared';

export interface OnlineVillageSeed {
  code: string;
  name: string;
  district: string;
  head: string;
  /** "Kepala Desa" for a desa, "Lurah" for a kelurahan. */
  headTitle: string;
  letterCode: string;
  street: string;
  postalCode: string;
  phone: string;
  hours: OpeningHours[];
}

/** Mon–Thu 08:00–15:00, Fri 08:00–11:00 (WIB): the usual village office week. */
export const OFFICE_WEEK: OpeningHours[] = [
  ...[1, 2, 3, 4].map((weekday) => ({ weekday, opens: '08:00', closes: '15:00' })),
  { weekday: 5, opens: '08:00', closes: '11:00' },
];

/** The same week plus Saturday morning (a village that serves farmers on their market day). */
export const OFFICE_WEEK_WITH_SATURDAY: OpeningHours[] = [
  ...OFFICE_WEEK,
  { weekday: 6, opens: '08:00', closes: '12:00' },
];

const desa = (
  code: string,
  name: string,
  district: string,
  head: string,
  street: string,
  postalCode: string,
  phone: string,
  hours: OpeningHours[] = OFFICE_WEEK,
): OnlineVillageSeed => ({
  code,
  name,
  district,
  head,
  headTitle: code.split('.')[3]!.startsWith('1') ? 'Lurah' : 'Kepala Desa',
  // 429 = village government in the archive classification; then district and village numbers.
  letterCode: `429.5${code.split('.')[2]}.${code.split('.')[3]!.slice(2)}`,
  street,
  postalCode,
  phone,
  hours,
});

export const onlineVillages: OnlineVillageSeed[] = [
  // Sembulung keeps the letter code the services subgraph already prints on its letters.
  {
    ...desa(
      '35.10.06.2003',
      'Sembulung',
      'Cluring',
      'Mohammad Arifin',
      'Jl. Raya Sembulung No. 1',
      '68482',
      '0333 396101',
    ),
    letterCode: '429.501.01',
  },
  desa('35.10.06.2005', 'Benculuk', 'Cluring', 'Slamet Riyadi', 'Jl. Raya Benculuk No. 17', '68482', '0333 396215'),
  desa('35.10.06.2002', 'Tampo', 'Cluring', 'Siti Khotimah', 'Jl. Tampo No. 8', '68482', '0333 396322'),
  desa(
    '35.10.15.2004',
    'Kemiren',
    'Glagah',
    'Suhaimi',
    'Jl. Barong No. 2',
    '68432',
    '0333 424101',
    OFFICE_WEEK_WITH_SATURDAY,
  ),
  desa('35.10.15.2005', 'Olehsari', 'Glagah', 'Joko Mulyono', 'Jl. Gandrung No. 5', '68432', '0333 424217'),
  desa('35.10.15.2011', 'Kenjo', 'Glagah', 'Dwi Ernawati', 'Jl. Kenjo No. 3', '68432', '0333 424330'),
  desa('35.10.21.1006', 'Gombengsari', 'Kalipuro', 'Hariyanto', 'Jl. Kopi Lerek No. 12', '68455', '0333 411406'),
  desa('35.10.21.2003', 'Ketapang', 'Kalipuro', 'Agus Setiawan', 'Jl. Gatot Subroto No. 41', '68455', '0333 411518'),
  desa('35.10.21.2008', 'Telemung', 'Kalipuro', 'Nur Hasanah', 'Jl. Telemung No. 6', '68455', '0333 411629'),
  desa(
    '35.10.24.2008',
    'Tamansari',
    'Licin',
    'Ahmad Rofiq',
    'Jl. Kawah Ijen No. 9',
    '68454',
    '0333 459108',
    OFFICE_WEEK_WITH_SATURDAY,
  ),
  desa('35.10.24.2005', 'Segobang', 'Licin', 'Sugeng Prayitno', 'Jl. Segobang No. 4', '68454', '0333 459215'),
  desa('35.10.19.2007', 'Sumberarum', 'Songgon', 'Bambang Hermanto', 'Jl. Raya Songgon No. 21', '68463', '0333 631107'),
  desa('35.10.19.2006', 'Bayu', 'Songgon', 'Yuli Astutik', 'Jl. Rowo Bayu No. 1', '68463', '0333 631206'),
  desa('35.10.04.2002', 'Kendalrejo', 'Tegaldlimo', 'Mujiono', 'Jl. Alas Purwo No. 15', '68484', '0333 591202'),
  desa('35.10.04.2001', 'Purwoasri', 'Tegaldlimo', 'Sri Wahyuni', 'Jl. Purwoasri No. 7', '68484', '0333 591301'),
];

/** When the seeded villages went online: a fixed instant, so the seed is deterministic; the office history (history.ts) starts then. */
export const ONLINE_SINCE = new Date('2025-12-01T08:00:00+07:00');
