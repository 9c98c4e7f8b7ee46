import { describe, it, expect } from 'vitest';
import { categories, products, sellers, serviceCategories, services, users, type SeedProduct } from './index.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Same rule as the accounts subgraph's phoneSchema. */
const PHONE = /^(\+62|62|0)8[1-9]\d{6,11}$/;
const ALLOWED_SLA = [8, 24, 72, 168];

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) dupes.add(value);
    seen.add(value);
  }
  return [...dupes];
}

const isNonNegativeInteger = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;
const allVariants = products.flatMap((p) => p.variants.map((v) => ({ product: p.slug, ...v })));

describe('users', () => {
  it('has unique keys and emails', () => {
    expect(duplicates(users.map((u) => u.key))).toEqual([]);
    expect(duplicates(users.map((u) => u.email.toLowerCase()))).toEqual([]);
  });

  it('has one demo account per role with the documented emails', () => {
    const byEmail = new Map(users.map((u) => [u.email, u]));
    expect(byEmail.get('pembeli@kampung.test')?.roles).toContain('BUYER');
    expect(byEmail.get('penjual@kampung.test')?.roles).toContain('SELLER');
    expect(byEmail.get('staf@kampung.test')?.roles).toContain('STAFF');
    expect(byEmail.get('admin@kampung.test')?.roles).toContain('ADMIN');
  });

  it('has valid emails, phones, passwords and at least one role', () => {
    for (const u of users) {
      expect(u.email, u.key).toMatch(/^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(u.phone, u.key).toMatch(PHONE);
      expect(u.password.length, u.key).toBeGreaterThanOrEqual(8);
      expect(u.roles.length, u.key).toBeGreaterThan(0);
      expect(duplicates(u.roles), u.key).toEqual([]);
    }
  });
});

describe('sellers', () => {
  it('has unique keys and slugs', () => {
    expect(duplicates(sellers.map((s) => s.key))).toEqual([]);
    expect(duplicates(sellers.map((s) => s.slug))).toEqual([]);
    for (const s of sellers) expect(s.slug).toMatch(SLUG);
  });

  it('is owned by existing users with the SELLER role, one shop each', () => {
    const byKey = new Map(users.map((u) => [u.key, u]));
    for (const s of sellers) {
      const owner = byKey.get(s.ownerKey);
      expect(owner, `${s.key} owner ${s.ownerKey}`).toBeDefined();
      expect(owner?.roles, s.key).toContain('SELLER');
    }
    expect(duplicates(sellers.map((s) => s.ownerKey))).toEqual([]);
  });

  it('lets the demo seller own the Sembulung shop', () => {
    const shop = sellers.find((s) => s.ownerKey === 'seller');
    expect(shop?.village).toBe('Sembulung');
    expect(shop?.district).toBe('Cluring');
  });

  it('has at least 6 verified shops, one of them in Sembulung, and one pending', () => {
    const verified = sellers.filter((s) => s.verificationStatus === 'VERIFIED');
    expect(verified.length).toBeGreaterThanOrEqual(6);
    expect(verified.some((s) => s.village === 'Sembulung')).toBe(true);
    expect(sellers.some((s) => s.verificationStatus === 'PENDING')).toBe(true);
  });

  it('has WhatsApp numbers in the 08… format', () => {
    for (const s of sellers) expect(s.whatsapp, s.key).toMatch(/^08[1-9]\d{6,11}$/);
  });
});

describe('categories', () => {
  it('has exactly the agreed slugs', () => {
    expect(categories.map((c) => c.slug).sort()).toEqual(
      ['batik', 'fashion', 'hasil-tani', 'kerajinan', 'kopi', 'kuliner'].sort(),
    );
    for (const c of categories) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.nameEn.length).toBeGreaterThan(0);
    }
  });
});

describe('products', () => {
  it('has at least 40 products with unique kebab-case slugs', () => {
    expect(products.length).toBeGreaterThanOrEqual(40);
    expect(duplicates(products.map((p) => p.slug))).toEqual([]);
    for (const p of products) expect(p.slug).toMatch(SLUG);
  });

  it('refers to existing sellers and categories', () => {
    const sellerKeys = new Set(sellers.map((s) => s.key));
    const categorySlugs = new Set(categories.map((c) => c.slug));
    for (const p of products) {
      expect(sellerKeys.has(p.sellerKey), `${p.slug} seller ${p.sellerKey}`).toBe(true);
      expect(categorySlugs.has(p.categorySlug), `${p.slug} category ${p.categorySlug}`).toBe(true);
    }
  });

  it('gives every verified seller at least one product', () => {
    const withProducts = new Set(products.map((p) => p.sellerKey));
    for (const s of sellers.filter((x) => x.verificationStatus === 'VERIFIED')) {
      expect(withProducts.has(s.key), s.key).toBe(true);
    }
  });

  it('has 1–5 variants per product and SKUs unique across all products', () => {
    for (const p of products) {
      expect(p.variants.length, p.slug).toBeGreaterThanOrEqual(1);
      expect(p.variants.length, p.slug).toBeLessThanOrEqual(5);
    }
    expect(duplicates(allVariants.map((v) => v.sku))).toEqual([]);
    for (const v of allVariants) expect(v.sku, v.product).toMatch(/^[A-Z0-9]+(?:-[A-Z0-9]+)+$/);
  });

  it('has integer rupiah prices (multiples of 500), non-negative stock and positive weights', () => {
    for (const v of allVariants) {
      expect(isNonNegativeInteger(v.price), `${v.sku} price`).toBe(true);
      expect(v.price, v.sku).toBeGreaterThan(0);
      expect(v.price % 500, `${v.sku} price ${v.price}`).toBe(0);
      expect(isNonNegativeInteger(v.stock), `${v.sku} stock`).toBe(true);
      expect(Number.isSafeInteger(v.weightGrams) && v.weightGrams > 0, `${v.sku} weight`).toBe(true);
      expect(v.name.length, v.sku).toBeGreaterThan(0);
      for (const o of v.options) {
        expect(o.name.length, v.sku).toBeGreaterThan(0);
        expect(o.value.length, v.sku).toBeGreaterThan(0);
      }
    }
  });

  it('has distinct option sets within a product', () => {
    for (const p of products) {
      const keys = p.variants.map((v) => v.options.map((o) => `${o.name}=${o.value}`).join('|'));
      expect(duplicates(keys), p.slug).toEqual([]);
    }
  });

  it('includes some sold-out variants for realism', () => {
    expect(allVariants.some((v) => v.stock === 0)).toBe(true);
  });

  it('describes batik with technique, motif, fabric and dye', () => {
    const techniques = ['tulis', 'cap', 'printing', 'kombinasi'];
    const batik = products.filter((p) => p.categorySlug === 'batik');
    expect(batik.length).toBeGreaterThanOrEqual(8);
    for (const p of batik) {
      expect(techniques, p.slug).toContain(p.attributes.technique);
      for (const key of ['motif', 'fabric', 'dye']) expect(p.attributes[key], `${p.slug} ${key}`).toBeTruthy();
    }
  });

  it('keeps batik prices inside the usual range for each technique', () => {
    const ranges: Record<string, [number, number]> = {
      tulis: [350_000, 2_500_000],
      cap: [150_000, 400_000],
    };
    const isCloth = (p: SeedProduct) => p.slug.startsWith('kain-');
    for (const p of products.filter((x) => x.categorySlug === 'batik' && isCloth(x))) {
      const range = ranges[p.attributes.technique ?? ''];
      if (!range) continue;
      for (const v of p.variants) {
        expect(v.price, v.sku).toBeGreaterThanOrEqual(range[0]);
        expect(v.price, v.sku).toBeLessThanOrEqual(range[1]);
      }
    }
  });

  it('gives produce and coffee a unit and origin village', () => {
    for (const p of products.filter((x) => x.categorySlug === 'hasil-tani' || x.categorySlug === 'kopi')) {
      expect(p.attributes.unit, p.slug).toBeTruthy();
      expect(p.attributes.originVillage, p.slug).toBeTruthy();
    }
  });

  it('features about 8 batik and 8 produce items', () => {
    const featured = products.filter((p) => p.featured);
    const batik = featured.filter((p) => p.categorySlug === 'batik').length;
    const produce = featured.filter((p) => p.categorySlug === 'hasil-tani' || p.categorySlug === 'kopi').length;
    expect(batik).toBeGreaterThanOrEqual(6);
    expect(batik).toBeLessThanOrEqual(10);
    expect(produce).toBeGreaterThanOrEqual(6);
    expect(produce).toBeLessThanOrEqual(10);
  });
});

describe('services', () => {
  it('has the seven criteria with unique codes and positions 1–7', () => {
    expect(serviceCategories).toHaveLength(7);
    expect(duplicates(serviceCategories.map((c) => c.code))).toEqual([]);
    expect(serviceCategories.map((c) => c.position).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('has at least 15 services with unique slugs, covering all seven categories', () => {
    expect(services.length).toBeGreaterThanOrEqual(15);
    expect(duplicates(services.map((s) => s.slug))).toEqual([]);
    for (const s of services) expect(s.slug).toMatch(SLUG);
    const codes = new Set(serviceCategories.map((c) => c.code));
    for (const s of services) expect(codes.has(s.categoryCode), `${s.slug} ${s.categoryCode}`).toBe(true);
    const used = new Set(services.map((s) => s.categoryCode));
    for (const c of serviceCategories) expect(used.has(c.code), c.code).toBe(true);
  });

  it('uses the promised times from the domain table and integer fees', () => {
    for (const s of services) {
      expect(ALLOWED_SLA, s.slug).toContain(s.slaHours);
      expect(isNonNegativeInteger(s.fee), s.slug).toBe(true);
    }
    expect(services.filter((s) => s.fee === 0).length).toBeGreaterThan(services.length / 2);
  });

  it('has requirements, steps, an office and opening hours', () => {
    for (const s of services) {
      expect(s.requirements.length, s.slug).toBeGreaterThan(0);
      expect(s.steps.length, s.slug).toBeGreaterThan(0);
      expect(s.office.length, s.slug).toBeGreaterThan(0);
      expect(s.openingHours.length, s.slug).toBeGreaterThan(0);
    }
  });

  it('features exactly 6 services and marks the core letters as letters', () => {
    expect(services.filter((s) => s.featured)).toHaveLength(6);
    const bySlug = new Map(services.map((s) => [s.slug, s]));
    for (const slug of [
      'surat-keterangan-tidak-mampu',
      'surat-keterangan-usaha',
      'surat-keterangan-domisili',
      'surat-keterangan-kematian',
      'surat-keterangan-pindah',
      'surat-keterangan-ahli-waris',
    ]) {
      expect(bySlug.get(slug)?.isLetter, slug).toBe(true);
    }
  });
});
