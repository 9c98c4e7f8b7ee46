import { Order, OrderService, Payment } from '@kampung/orders';
import type { EntityManager } from '@mikro-orm/postgresql';
import { products, users } from '../data/index.js';
import { seedId } from '../ids.js';

const buyer = users.find((user) => user.key === 'buyer')!;

/** Two past orders for the demo buyer (one paid online, one cash on delivery), once. */
export async function seedOrders(em: EntityManager): Promise<number> {
  const buyerId = seedId('user', buyer.key);
  if ((await em.count(Order, { buyerId })) > 0) return 0;
  const address = {
    recipientName: buyer.name,
    phone: buyer.phone,
    street: 'Jl. Raya Sembulung No. 12, RT 02/RW 01',
    village: 'Sembulung',
    district: 'Cluring',
    regency: 'Banyuwangi',
    province: 'Jawa Timur',
    postalCode: '68482',
  };
  const lineOf = (index: number, quantity: number) => {
    const product = products[index]!;
    const variant = product.variants.find((v) => v.stock > 0) ?? product.variants[0]!;
    return {
      sellerId: seedId('seller', product.sellerKey),
      line: {
        productId: seedId('product', product.slug),
        variantId: seedId('variant', variant.sku),
        title: `${product.title} — ${variant.name}`,
        sku: variant.sku,
        unitPrice: variant.price,
        quantity,
      },
    };
  };
  const orders = [
    { method: 'MIDTRANS' as const, status: 'PAID' as const, picks: [lineOf(0, 1), lineOf(20, 2)] },
    { method: 'COD' as const, status: 'DELIVERED' as const, picks: [lineOf(30, 3)] },
  ];
  for (const order of orders) {
    const bySeller = new Map<string, (typeof order.picks)[number]['line'][]>();
    for (const pick of order.picks) bySeller.set(pick.sellerId, [...(bySeller.get(pick.sellerId) ?? []), pick.line]);
    const placed = await OrderService.createForSeed(em, {
      buyerId,
      paymentMethod: order.method,
      status: order.status,
      shippingAddress: address,
      sellerOrders: [...bySeller].map(([sellerId, lines]) => ({
        sellerId,
        shippingOption: 'Kurir lokal',
        shippingFee: 15000,
        lines,
      })),
    });
    // Both demo orders are paid: online, or in cash on delivery.
    em.create(Payment, {
      orderId: placed.id,
      method: order.method,
      status: 'PAID',
      amount: placed.totalAmount,
      transactionStatus: order.method === 'MIDTRANS' ? 'settlement' : null,
    });
    await em.flush();
  }
  return orders.length;
}
