import type { SeedCategory } from './types.js';

export const categories: SeedCategory[] = [
  { slug: 'batik', name: 'Batik', nameEn: 'Batik' },
  { slug: 'hasil-tani', name: 'Hasil Tani', nameEn: 'Farm produce' },
  { slug: 'kuliner', name: 'Kuliner', nameEn: 'Food' },
  { slug: 'kerajinan', name: 'Kerajinan', nameEn: 'Crafts' },
  { slug: 'fashion', name: 'Fashion', nameEn: 'Fashion' },
  { slug: 'kopi', name: 'Kopi', nameEn: 'Coffee' },
];
