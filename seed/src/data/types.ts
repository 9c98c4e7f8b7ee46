/**
 * Seed data types for Smart Kampung Marketplace.
 *
 * These describe plain data only; the loaders (seed/src/*.ts) turn them into rows.
 * Money is integer rupiah, weights are grams, phone numbers are written 08….
 */

export type SeedRole = 'BUYER' | 'SELLER' | 'STAFF' | 'ADMIN';

export interface SeedUser {
  /** Stable key other seed records refer to (e.g. `SeedSeller.ownerKey`). */
  key: string;
  email: string;
  name: string;
  /** Plain-text demo password; the loader hashes it. */
  password: string;
  /** Indonesian mobile number, 08…. */
  phone: string;
  roles: SeedRole[];
}

export type SeedVerificationStatus = 'VERIFIED' | 'PENDING';

export interface SeedSeller {
  key: string;
  /** `SeedUser.key` of the shop owner. */
  ownerKey: string;
  name: string;
  slug: string;
  /** Kemendagri code of the shop's village (seed/src/data/places.ts, idn-area-data). */
  villageCode: string;
  village: string;
  district: string;
  /** WhatsApp number written 08…; links use 62… without the plus. */
  whatsapp: string;
  address: string;
  description: string;
  verificationStatus: SeedVerificationStatus;
}

export interface SeedCategory {
  slug: string;
  name: string;
  nameEn: string;
}

export interface SeedVariantOption {
  name: string;
  value: string;
}

export interface SeedVariant {
  /** Unique across all products. */
  sku: string;
  name: string;
  options: SeedVariantOption[];
  /** Integer rupiah. */
  price: number;
  stock: number;
  /** Shipping weight in grams, packaging included. */
  weightGrams: number;
}

export interface SeedProduct {
  slug: string;
  /** `SeedSeller.key`. */
  sellerKey: string;
  /** `SeedCategory.slug`. */
  categorySlug: string;
  title: string;
  description: string;
  attributes: Record<string, string>;
  featured: boolean;
  variants: SeedVariant[];
}

export interface SeedServiceCategory {
  code: string;
  name: string;
  description: string;
  position: number;
}

export interface SeedService {
  slug: string;
  /** `SeedServiceCategory.code`. */
  categoryCode: string;
  name: string;
  summary: string;
  description: string;
  requirements: string[];
  steps: string[];
  /** Promised time in hours: same day = 8, 1 day = 24, 1–3 days = 72, 3–7 days = 168. */
  slaHours: number;
  /** Integer rupiah, usually 0. */
  fee: number;
  office: string;
  openingHours: string;
  featured: boolean;
  /** True when the service ends in a letter (surat) issued by the village office. */
  isLetter: boolean;
  /** The camat co-signs after the village (decision 030). */
  needsDistrictCosign?: boolean;
}
