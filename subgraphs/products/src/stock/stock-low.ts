import { enqueueNotification, type RequestContext } from '@kampung/shared';

type EntityManager = RequestContext['em'];

/** The seller's product page (storefront/app/routes/penjual.produk.$id.tsx). */
export const sellerProductLink = (productId: string): string => `/penjual/produk/${productId}`;

/** True when a change took the stock from above the threshold to at or below it (once per fall, not per sale). */
export const fellToLow = (before: number, after: number, threshold: number): boolean =>
  after <= threshold && before > threshold;

/**
 * Tells the owners of the variants that just fell to their threshold, in the caller's
 * transaction (decision 031): one `shop.stock_low` each, linking to the product.
 */
export async function notifyStockLow(em: EntityManager, variantIds: string[]): Promise<number> {
  if (!variantIds.length) return 0;
  const rows = await em.execute<
    { id: string; name: string; stock: number; product_id: string; title: string; owner_user_id: string }[]
  >(
    `select v.id, v.name, v.stock, p.id as product_id, p.title, p.owner_user_id
       from "products"."product_variants" v join "products"."products" p on p.id = v.product_id
      where v.id in (${variantIds.map(() => '?').join(', ')})`,
    variantIds,
  );
  for (const row of rows)
    enqueueNotification(em, {
      type: 'shop.stock_low',
      recipientUserId: row.owner_user_id,
      link: sellerProductLink(row.product_id),
      data: { productName: row.title, variantName: row.name, stock: Number(row.stock) },
    });
  return rows.length;
}
