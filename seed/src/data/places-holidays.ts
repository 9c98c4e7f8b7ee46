/**
 * Days with no office hours, 2026–2027: national public holidays and joint leave (cuti bersama).
 *
 * 2026: SKB of the Minister of Religious Affairs, the Minister of Manpower and the Minister of
 * Administrative and Bureaucratic Reform No. 1497/2025, 2/2025, 5/2025 (17 holidays, 8 joint
 * leave days). 2027: no decree was published when this was written; the fixed-date holidays are
 * certain, the lunar and lunisolar ones (`provisional: true`) are the expected dates, and no
 * joint leave is listed yet. The regency corrects them with addHoliday / removeHoliday.
 */
export interface HolidaySeed {
  date: string;
  name: string;
  nameEn: string;
  jointLeave?: boolean;
  /** Expected date, not yet decreed. */
  provisional?: boolean;
}

export const holidays2026: HolidaySeed[] = [
  { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', nameEn: "New Year's Day 2026" },
  { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad SAW', nameEn: "Isra and Mi'raj of the Prophet Muhammad" },
  {
    date: '2026-02-16',
    name: 'Cuti Bersama Tahun Baru Imlek',
    nameEn: 'Joint leave: Chinese New Year',
    jointLeave: true,
  },
  { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili', nameEn: 'Chinese New Year 2577' },
  { date: '2026-03-18', name: 'Cuti Bersama Hari Suci Nyepi', nameEn: 'Joint leave: Nyepi', jointLeave: true },
  {
    date: '2026-03-19',
    name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)',
    nameEn: 'Nyepi, Balinese New Year (Saka 1948)',
  },
  { date: '2026-03-20', name: 'Cuti Bersama Idulfitri 1447 H', nameEn: 'Joint leave: Eid al-Fitr', jointLeave: true },
  { date: '2026-03-21', name: 'Idulfitri 1447 Hijriah', nameEn: 'Eid al-Fitr 1447 AH (day 1)' },
  { date: '2026-03-22', name: 'Idulfitri 1447 Hijriah (hari kedua)', nameEn: 'Eid al-Fitr 1447 AH (day 2)' },
  { date: '2026-03-23', name: 'Cuti Bersama Idulfitri 1447 H', nameEn: 'Joint leave: Eid al-Fitr', jointLeave: true },
  { date: '2026-03-24', name: 'Cuti Bersama Idulfitri 1447 H', nameEn: 'Joint leave: Eid al-Fitr', jointLeave: true },
  { date: '2026-04-03', name: 'Wafat Yesus Kristus', nameEn: 'Good Friday' },
  { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)', nameEn: 'Easter Sunday' },
  { date: '2026-05-01', name: 'Hari Buruh Internasional', nameEn: 'International Labour Day' },
  { date: '2026-05-14', name: 'Kenaikan Yesus Kristus', nameEn: 'Ascension of Jesus Christ' },
  {
    date: '2026-05-15',
    name: 'Cuti Bersama Kenaikan Yesus Kristus',
    nameEn: 'Joint leave: Ascension Day',
    jointLeave: true,
  },
  { date: '2026-05-27', name: 'Iduladha 1447 Hijriah', nameEn: 'Eid al-Adha 1447 AH' },
  { date: '2026-05-28', name: 'Cuti Bersama Iduladha 1447 H', nameEn: 'Joint leave: Eid al-Adha', jointLeave: true },
  { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE', nameEn: 'Vesak Day 2570 BE' },
  { date: '2026-06-01', name: 'Hari Lahir Pancasila', nameEn: 'Pancasila Day' },
  { date: '2026-06-16', name: '1 Muharam Tahun Baru Islam 1448 Hijriah', nameEn: 'Islamic New Year 1448 AH' },
  { date: '2026-08-17', name: 'Proklamasi Kemerdekaan Republik Indonesia', nameEn: 'Independence Day' },
  { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW', nameEn: "Prophet Muhammad's Birthday" },
  { date: '2026-12-24', name: 'Cuti Bersama Hari Raya Natal', nameEn: 'Joint leave: Christmas', jointLeave: true },
  { date: '2026-12-25', name: 'Kelahiran Yesus Kristus (Natal)', nameEn: 'Christmas Day' },
];

export const holidays2027: HolidaySeed[] = [
  { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', nameEn: "New Year's Day 2027" },
  {
    date: '2027-01-05',
    name: 'Isra Mikraj Nabi Muhammad SAW',
    nameEn: "Isra and Mi'raj of the Prophet Muhammad",
    provisional: true,
  },
  { date: '2027-02-06', name: 'Tahun Baru Imlek 2578 Kongzili', nameEn: 'Chinese New Year 2578', provisional: true },
  {
    date: '2027-03-09',
    name: 'Hari Suci Nyepi (Tahun Baru Saka 1949)',
    nameEn: 'Nyepi, Balinese New Year (Saka 1949)',
    provisional: true,
  },
  { date: '2027-03-10', name: 'Idulfitri 1448 Hijriah', nameEn: 'Eid al-Fitr 1448 AH (day 1)', provisional: true },
  {
    date: '2027-03-11',
    name: 'Idulfitri 1448 Hijriah (hari kedua)',
    nameEn: 'Eid al-Fitr 1448 AH (day 2)',
    provisional: true,
  },
  { date: '2027-03-26', name: 'Wafat Yesus Kristus', nameEn: 'Good Friday' },
  { date: '2027-03-28', name: 'Kebangkitan Yesus Kristus (Paskah)', nameEn: 'Easter Sunday' },
  { date: '2027-05-01', name: 'Hari Buruh Internasional', nameEn: 'International Labour Day' },
  { date: '2027-05-06', name: 'Kenaikan Yesus Kristus', nameEn: 'Ascension of Jesus Christ' },
  { date: '2027-05-16', name: 'Iduladha 1448 Hijriah', nameEn: 'Eid al-Adha 1448 AH', provisional: true },
  { date: '2027-05-20', name: 'Hari Raya Waisak 2571 BE', nameEn: 'Vesak Day 2571 BE', provisional: true },
  { date: '2027-06-01', name: 'Hari Lahir Pancasila', nameEn: 'Pancasila Day' },
  {
    date: '2027-06-06',
    name: '1 Muharam Tahun Baru Islam 1449 Hijriah',
    nameEn: 'Islamic New Year 1449 AH',
    provisional: true,
  },
  { date: '2027-08-14', name: 'Maulid Nabi Muhammad SAW', nameEn: "Prophet Muhammad's Birthday", provisional: true },
  { date: '2027-08-17', name: 'Proklamasi Kemerdekaan Republik Indonesia', nameEn: 'Independence Day' },
  { date: '2027-12-25', name: 'Kelahiran Yesus Kristus (Natal)', nameEn: 'Christmas Day' },
];

export const holidays: HolidaySeed[] = [...holidays2026, ...holidays2027];
