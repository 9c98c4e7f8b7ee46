import type { RequestContext } from '@kampung/shared';
import { OrderLine } from '../orders/order-line.entity.js';
import type { Order } from '../orders/order.entity.js';
import { SellerOrder } from '../orders/seller-order.entity.js';

/** The Snap `createTransaction` body: goods and shipping as items that add up exactly to gross_amount. */
export async function snapParameters(
  em: RequestContext['em'],
  order: Order,
  storefrontUrl: string,
): Promise<Record<string, unknown>> {
  const parts = await em.find(SellerOrder, { order }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const lines = await em.find(OrderLine, { sellerOrder: { $in: parts.map((part) => part.id) } });
  const items = [
    ...lines.map((line) => ({
      id: line.sku.slice(0, 50),
      price: line.unitPrice,
      quantity: line.quantity,
      name: line.title.slice(0, 50),
    })),
    ...parts
      .filter((part) => part.shippingFee > 0)
      .map((part, index) => ({
        id: `ONGKIR-${index + 1}`,
        price: part.shippingFee,
        quantity: 1,
        name: `Ongkos kirim: ${part.shippingOption}`.slice(0, 50),
      })),
  ];
  const sum = items.reduce((total, item) => total + item.price * item.quantity, 0);
  if (sum !== order.totalAmount) throw new Error(`item_details add up to ${sum}, not ${order.totalAmount}`);
  const address = order.shippingAddress;
  return {
    transaction_details: { order_id: order.id, gross_amount: order.totalAmount },
    item_details: items,
    customer_details: {
      first_name: address.recipientName,
      phone: address.phone,
      shipping_address: {
        first_name: address.recipientName,
        phone: address.phone,
        address: `${address.street}, ${address.village}, ${address.district}`,
        city: address.regency,
        postal_code: address.postalCode,
        country_code: 'IDN',
      },
    },
    callbacks: { finish: `${storefrontUrl.replace(/\/$/, '')}/pembayaran/selesai?order_id=${order.id}` },
  };
}
