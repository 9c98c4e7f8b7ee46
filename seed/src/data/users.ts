import type { SeedUser } from './types.js';

/**
 * Demo password for every seeded account. Acceptable for local demos only: the seed
 * must never run against a production database. Loaders hash it before storing.
 */
export const DEMO_PASSWORD = 'kampung123';

/**
 * One demo account per role, plus one owner per further shop.
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
];
