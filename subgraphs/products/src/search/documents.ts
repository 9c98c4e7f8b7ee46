import { districtCodeOf } from '@kampung/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from './outbox.js';
import type { SearchDocument } from './search-index.js';

/** The search documents of these products that are public; the others should leave the index. */
export async function loadDocuments(
  em: EntityManager,
  productIds: string[] | 'all',
): Promise<{ documents: SearchDocument[]; hidden: string[] }> {
  const rows = await em.execute<Row[]>(
    `
    select p.id, p.title, p.description, p.attributes, p.status, p.seller_visible, p.seller_id, p.seller_village, p.seller_village_code, p.created_at,
           c.slug as category_slug, c.name as category_name,
           coalesce((select min(price) from products.product_variants v where v.product_id = p.id), 0) as price,
           coalesce((select sum(stock) from products.product_variants v where v.product_id = p.id), 0)::int as stock
    from products.products p join products.categories c on c.id = p.category_id
    ${productIds === 'all' ? '' : 'where p.id = any(?::uuid[])'}`,
    productIds === 'all' ? [] : [pgArray(productIds)],
  );
  const found = new Set(rows.map((r) => r.id));
  const hidden = productIds === 'all' ? [] : productIds.filter((id) => !found.has(id));
  const documents: SearchDocument[] = [];
  for (const row of rows) {
    if (row.status !== 'ACTIVE' || !row.seller_visible) {
      hidden.push(row.id);
      continue;
    }
    documents.push({
      id: row.id,
      title: row.title,
      description: row.description,
      motif: row.attributes.motif ?? null,
      technique: row.attributes.technique ?? null,
      attributes: Object.values(row.attributes),
      categorySlug: row.category_slug,
      categoryName: row.category_name,
      sellerId: row.seller_id,
      village: row.seller_village,
      villageCode: row.seller_village_code,
      districtCode: row.seller_village_code ? districtCodeOf(row.seller_village_code) : '',
      price: Number(row.price),
      stock: row.stock,
      inStock: row.stock > 0,
      createdAt: new Date(row.created_at).getTime(),
    });
  }
  return { documents, hidden };
}

interface Row {
  id: string;
  title: string;
  description: string;
  attributes: Record<string, string>;
  status: string;
  seller_visible: boolean;
  seller_id: string;
  seller_village: string;
  seller_village_code: string;
  created_at: string | Date;
  category_slug: string;
  category_name: string;
  price: number | string;
  stock: number;
}
