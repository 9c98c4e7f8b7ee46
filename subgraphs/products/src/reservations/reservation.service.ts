import { ConflictError, UserInputError, isUuid, requireService, type RequestContext } from '@kampung/shared';
import type { InternalVariantType, ReservationLineInput, StockReservationResult } from './reservation.type.js';
import type { ProductStatus } from '../products/product.entity.js';
import { fellToLow, notifyStockLow } from '../stock/stock-low.js';

const T = '"products"."stock_reservations"';
const V = '"products"."product_variants"';
const P = '"products"."products"';
const MAX_LINES = 100;

/** knex expands array bindings, so lists are written as `?, ?, ?`. */
const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

interface Row {
  variant_id: string;
  quantity: number;
  state: string;
}

/**
 * Stock held for orders. Reserving is all lines or none, one conditional update per
 * variant in one transaction, idempotent by order id (an advisory lock per order id
 * serialises retries of the same order).
 */
export class ReservationService {
  constructor(private readonly context: RequestContext) {
    requireService(context.viewer);
  }

  async variants(ids: string[]): Promise<InternalVariantType[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    const rows = await this.context.em.execute<Record<string, unknown>[]>(
      `select v.id, v.product_id, p.title as product_title, v.name, v.sku, v.price, v.stock, p.seller_id, p.status as product_status
         from ${V} v join ${P} p on p.id = v.product_id where v.id in (${placeholders(valid)})`,
      valid,
    );
    return rows.map((r) => ({
      id: String(r.id),
      productId: String(r.product_id),
      productTitle: String(r.product_title),
      name: String(r.name),
      sku: String(r.sku),
      price: Number(r.price),
      stock: Number(r.stock),
      sellerId: String(r.seller_id),
      productStatus: r.product_status as ProductStatus,
    }));
  }

  async reserve(orderId: string, lines: ReservationLineInput[]): Promise<StockReservationResult> {
    this.checkOrderId(orderId);
    const merged = new Map<string, number>();
    for (const line of lines) {
      if (!isUuid(line.variantId) || !Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > 999) {
        throw UserInputError.field('lines', { id: 'Baris pesanan tidak valid', en: 'Order line is not valid' });
      }
      merged.set(line.variantId, (merged.get(line.variantId) ?? 0) + line.quantity);
    }
    if (merged.size === 0 || merged.size > MAX_LINES)
      throw UserInputError.field('lines', { id: 'Jumlah baris tidak valid', en: 'Wrong number of lines' });
    return this.context.em.transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`reserve:${orderId}`]);
      const existing = await tx.execute<Row[]>(`select variant_id, quantity, state from ${T} where order_id = ?`, [
        orderId,
      ]);
      if (existing.length > 0) return { orderId, state: existing[0]!.state };
      const low: string[] = [];
      // Sorted by id so that concurrent reservations lock rows in the same order (no deadlocks).
      for (const [variantId, quantity] of [...merged].sort(([a], [b]) => a.localeCompare(b))) {
        const updated = await tx.execute<{ id: string; stock: number; low_stock_threshold: number }[]>(
          `update ${V} v set stock = v.stock - ? from ${P} p
            where v.id = ? and v.stock >= ? and p.id = v.product_id and p.status = 'ACTIVE'
            returning v.id, v.stock, v.low_stock_threshold`,
          [quantity, variantId, quantity],
        );
        if (updated.length === 0) {
          throw new ConflictError({
            id: 'Stok tidak cukup untuk salah satu barang',
            en: 'Not enough stock for one of the items',
          });
        }
        await tx.execute(
          `insert into ${T} (id, order_id, variant_id, quantity, state) values (gen_random_uuid(), ?, ?, ?, 'RESERVED')`,
          [orderId, variantId, quantity],
        );
        const { stock, low_stock_threshold: threshold } = updated[0]!;
        if (fellToLow(Number(stock) + quantity, Number(stock), Number(threshold))) low.push(variantId);
      }
      await notifyStockLow(tx, low);
      return { orderId, state: 'RESERVED' };
    });
  }

  /** Paid: the held stock is sold. Idempotent. */
  async commit(orderId: string): Promise<StockReservationResult> {
    this.checkOrderId(orderId);
    await this.context.em.execute(
      `update ${T} set state = 'COMMITTED', updated_at = now() where order_id = ? and state = 'RESERVED'`,
      [orderId],
    );
    return this.stateOf(orderId);
  }

  /** Gives the stock back (all of the order's variants, or only those listed). Idempotent. */
  async release(orderId: string, variantIds: string[] | null): Promise<StockReservationResult> {
    this.checkOrderId(orderId);
    await this.context.em.transactional(async (tx) => {
      const only = variantIds?.filter(isUuid) ?? null;
      if (only && only.length === 0) return;
      const filter = only ? `and variant_id in (${placeholders(only)})` : '';
      const params: unknown[] = only ? [orderId, ...only] : [orderId];
      const released = await tx.execute<Row[]>(
        `update ${T} set state = 'RELEASED', updated_at = now() where order_id = ? and state <> 'RELEASED' ${filter} returning variant_id, quantity, state`,
        params,
      );
      for (const row of released)
        await tx.execute(`update ${V} set stock = stock + ? where id = ?`, [row.quantity, row.variant_id]);
    });
    return this.stateOf(orderId);
  }

  private async stateOf(orderId: string): Promise<StockReservationResult> {
    const rows = await this.context.em.execute<{ state: string }[]>(
      `select state from ${T} where order_id = ? order by state limit 1`,
      [orderId],
    );
    return { orderId, state: rows[0]?.state ?? 'NONE' };
  }

  private checkOrderId(orderId: string) {
    if (!isUuid(orderId))
      throw UserInputError.field('orderId', { id: 'ID pesanan tidak valid', en: 'Order id is not valid' });
  }
}
