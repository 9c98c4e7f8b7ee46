import type { PlaceRole } from '@kampung/shared';
import { onlineVillages } from './places.js';
import type { SeedUser } from './types.js';

/**
 * Demo password for every seeded account. Acceptable for local demos only: the seed
 * must never run against a production database. Loaders hash it before storing.
 */
export const DEMO_PASSWORD = 'kampung123';

/** An office role of a seeded account at a place (decision 020). */
export interface SeedMembership {
  userKey: string;
  role: PlaceRole;
  place: string;
}

/** `Sembulung` → `sembulung`, `Gombengsari` → `gombengsari`: the part of an office account's email. */
export const villageSlug = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '');

/** Made-up names for the staff of the online villages, one each, in the order of onlineVillages. */
const STAFF_NAMES = [
  'Lilik Suryani',
  'Bagus Prasetyo',
  'Endang Wulandari',
  'Ikhsan Maulana',
  'Wiwik Indrawati',
  'Yusuf Hidayat',
  'Ratna Sari',
  'Fajar Nugroho',
  'Umi Kulsum',
  'Teguh Santoso',
  'Anik Rahayu',
  'Heru Purnomo',
  'Sulastri',
  'Rizal Fahmi',
  'Nanik Setyowati',
];

/** The district officers of the demo: Cluring (Sembulung's) and Glagah (Kemiren's). */
export const DISTRICT_OFFICERS = [
  { key: 'camat-cluring', district: 'Cluring', code: '35.10.06', name: 'Drs. Hendro Wibowo' },
  { key: 'camat-glagah', district: 'Glagah', code: '35.10.15', name: 'Setyo Budi Utomo, S.Sos.' },
] as const;

/**
 * For each online village a staff account (`staf.<village>@kampung.test`) and a village head
 * account (`kades.<village>@kampung.test`, named as the head in places.ts), and the district
 * officers (`camat.<district>@kampung.test`). Phones 08xx0000xxxx are placeholders.
 */
function officeUsers(): SeedUser[] {
  const accounts: SeedUser[] = [];
  onlineVillages.forEach((village, index) => {
    const slug = villageSlug(village.name);
    const n = String(index + 1).padStart(2, '0');
    accounts.push(
      {
        key: `staff-${slug}`,
        email: `staf.${slug}@kampung.test`,
        name: STAFF_NAMES[index] ?? `Staf ${village.name}`,
        password: DEMO_PASSWORD,
        phone: `08520000${n}31`,
        roles: ['STAFF'],
      },
      {
        key: `head-${slug}`,
        email: `kades.${slug}@kampung.test`,
        name: village.head,
        password: DEMO_PASSWORD,
        phone: `08120000${n}32`,
        roles: ['STAFF'],
      },
    );
  });
  DISTRICT_OFFICERS.forEach((officer, index) =>
    accounts.push({
      key: officer.key,
      email: `camat.${villageSlug(officer.district)}@kampung.test`,
      name: officer.name,
      password: DEMO_PASSWORD,
      phone: `08130000${String(index + 1).padStart(2, '0')}41`,
      roles: ['STAFF'],
    }),
  );
  return accounts;
}

/**
 * One demo account per role, plus one owner per further shop, plus the offices' people
 * (officeUsers below). STAFF and ADMIN here are the coarse roles; what an office account may
 * do comes from its memberships (seedMemberships).
 * Phone numbers are made-up placeholders in the 08xx format (middle digits 0000);
 * do not send real messages to them.
 */
export const users: SeedUser[] = [
  // Demo accounts, one per role
  {
    key: 'buyer',
    email: 'pembeli@kampung.test',
    name: 'Dewi Rahmawati',
    password: DEMO_PASSWORD,
    phone: '081200001001',
    roles: ['BUYER'],
  },
  {
    // Owns the Sembulung batik shop (see sellers.ts, key 'batik-sembulung').
    key: 'seller',
    email: 'penjual@kampung.test',
    name: 'Siti Aminah',
    password: DEMO_PASSWORD,
    phone: '081200001002',
    roles: ['BUYER', 'SELLER'],
  },
  {
    key: 'staff',
    email: 'staf@kampung.test',
    name: 'Agus Setiawan',
    password: DEMO_PASSWORD,
    phone: '085200001003',
    roles: ['STAFF'],
  },
  {
    key: 'admin',
    email: 'admin@kampung.test',
    name: 'Rina Puspitasari',
    password: DEMO_PASSWORD,
    phone: '081300001004',
    roles: ['ADMIN'],
  },

  // Owners of the other shops
  {
    key: 'owner-kemiren',
    email: 'sanggar.kemiren@kampung.test',
    name: 'Juwariyah',
    password: DEMO_PASSWORD,
    phone: '085200002001',
    roles: ['BUYER', 'SELLER'],
  },
  {
    key: 'owner-gombengsari',
    email: 'kopi.gombengsari@kampung.test',
    name: 'Hadi Sucipto',
    password: DEMO_PASSWORD,
    phone: '082300002002',
    roles: ['BUYER', 'SELLER'],
  },
  {
    key: 'owner-tamansari',
    email: 'hasilbumi.tamansari@kampung.test',
    name: 'Sugeng Riyanto',
    password: DEMO_PASSWORD,
    phone: '081300002003',
    roles: ['BUYER', 'SELLER'],
  },
  {
    key: 'owner-benculuk',
    email: 'tani.benculuk@kampung.test',
    name: 'Mujiono',
    password: DEMO_PASSWORD,
    phone: '085700002004',
    roles: ['BUYER', 'SELLER'],
  },
  {
    key: 'owner-sumberarum',
    email: 'naga.sumberarum@kampung.test',
    name: 'Sri Wahyuni',
    password: DEMO_PASSWORD,
    phone: '081900002005',
    roles: ['BUYER', 'SELLER'],
  },
  {
    key: 'owner-muncar',
    email: 'terasi.muncar@kampung.test',
    name: 'Mariyati',
    password: DEMO_PASSWORD,
    phone: '087800002006',
    roles: ['BUYER', 'SELLER'],
  },
  {
    key: 'owner-tampo',
    email: 'kriya.tampo@kampung.test',
    name: 'Joko Susilo',
    password: DEMO_PASSWORD,
    phone: '081700002007',
    roles: ['BUYER', 'SELLER'],
  },
  {
    key: 'owner-olehsari',
    email: 'dapur.olehsari@kampung.test',
    name: 'Tutik Handayani',
    password: DEMO_PASSWORD,
    phone: '085300002008',
    roles: ['BUYER', 'SELLER'],
  },
  {
    key: 'owner-rogojampi',
    email: 'busana.osing@kampung.test',
    name: 'Rahayu Lestari',
    password: DEMO_PASSWORD,
    phone: '089600002009',
    roles: ['BUYER', 'SELLER'],
  },
  {
    key: 'owner-kendalrejo',
    email: 'rotan.kendalrejo@kampung.test',
    name: 'Eko Wahyudi',
    password: DEMO_PASSWORD,
    phone: '082100002010',
    roles: ['BUYER', 'SELLER'],
  },
  ...officeUsers(),
];

/** Who holds which office: the demo staff and admin as before, and every office account above. */
export const memberships: SeedMembership[] = [
  { userKey: 'staff', role: 'VILLAGE_STAFF', place: '35.10.06.2003' },
  { userKey: 'admin', role: 'REGENCY_ADMIN', place: '35.10' },
  ...onlineVillages.flatMap((village): SeedMembership[] => [
    { userKey: `staff-${villageSlug(village.name)}`, role: 'VILLAGE_STAFF', place: village.code },
    { userKey: `head-${villageSlug(village.name)}`, role: 'VILLAGE_HEAD', place: village.code },
  ]),
  ...DISTRICT_OFFICERS.map((officer): SeedMembership => ({
    userKey: officer.key,
    role: 'DISTRICT_OFFICER',
    place: officer.code,
  })),
];
