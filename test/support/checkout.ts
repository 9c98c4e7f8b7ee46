import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { callApi, signUpFresh } from './client.js';
import { graphql } from './graphql.js';

export const ADDRESS = {
  recipientName: 'Siti Aminah',
  phone: '081234567890',
  street: 'Jl. Raya Kemiren No. 5',
  village: 'Kemiren',
  district: 'Glagah',
  regency: 'Banyuwangi',
  province: 'Jawa Timur',
  postalCode: '68432',
};

export interface Shop {
  token: string;
  userId: string;
  shopId: string;
  email: string;
}

/** A fresh user with a fresh shop (pending verification is fine for orders). */
export async function freshShop(name = 'Toko Uji'): Promise<Shop> {
  const user = await signUpFresh('penjual');
  const result = await callApi(
    graphql('mutation($input: RegisterShopInput!) { registerShop(input: $input) { id } }'),
    {
      input: {
        name: `${name} ${randomUUID().slice(0, 8)}`,
        villageCode: '35.10.15.2004',
        whatsapp: '081234567891',
        description: 'Toko untuk pengujian checkout',
      },
    },
    { token: user.token },
  );
  if (!result.data?.registerShop) throw new Error(`registerShop failed: ${JSON.stringify(result.errors)}`);
  return { token: user.token, userId: user.id, shopId: result.data.registerShop.id, email: user.email };
}

/** An ACTIVE product with one variant, written straight into the products schema (a fixture). */
export async function freshVariant(
  db: pg.Client,
  shop: Shop,
  price: number,
  stock: number,
): Promise<{ productId: string; variantId: string }> {
  const productId = randomUUID();
  const variantId = randomUUID();
  const category = await db.query<{ id: string }>('select id from products.categories order by slug limit 1');
  await db.query(
    `insert into products.products (id, slug, title, description, category_id, seller_id, owner_user_id, status)
     values ($1, $2, $3, 'Produk uji checkout', $4, $5, $6, 'ACTIVE')`,
    [
      productId,
      `uji-checkout-${productId}`,
      `Kopi Uji ${productId.slice(0, 6)}`,
      category.rows[0]!.id,
      shop.shopId,
      shop.userId,
    ],
  );
  await db.query(
    `insert into products.product_variants (id, product_id, sku, name, price, stock, weight_grams) values ($1, $2, $3, '250 g', $4, $5, 300)`,
    [variantId, productId, `UJI-${variantId.slice(0, 18)}`, price, stock],
  );
  return { productId, variantId };
}

export async function connectDb(): Promise<pg.Client> {
  const db = new pg.Client({ connectionString: inject('system').databaseUrl });
  await db.connect();
  return db;
}

export const stockOf = async (db: pg.Client, variantId: string) =>
  Number(
    (await db.query<{ stock: number }>('select stock from products.product_variants where id = $1', [variantId]))
      .rows[0]!.stock,
  );

export const ADD = graphql(
  'mutation($variantId: ID!, $quantity: Int!, $token: String) { addToCart(variantId: $variantId, quantity: $quantity, token: $token) { id token itemsTotal hasProblems lines { id variantId sellerId quantity unitPrice problem } } }',
);
export const CHECKOUT = graphql(
  'mutation($input: CheckoutInput!) { checkout(input: $input) { redirectUrl order { id code status totalAmount itemsTotal shippingTotal paymentMethod } } }',
);
export const ORDER = graphql(
  'query($id: ID!) { order(id: $id) { id status totalAmount payment { status method } events { fromStatus toStatus sellerOrderId } sellerOrders { id status seller { id } } } }',
);

/** A buyer with one line in the cart who checks out, returning the order (or the errors). */
export async function buyOne(
  variantId: string,
  sellerId: string,
  paymentMethod: 'MIDTRANS' | 'COD' = 'MIDTRANS',
  quantity = 1,
) {
  const buyer = await signUpFresh('pembeli');
  const added = await callApi(ADD, { variantId, quantity }, { token: buyer.token });
  if (added.errors) throw new Error(`addToCart failed: ${JSON.stringify(added.errors)}`);
  const result = await callApi(
    CHECKOUT,
    { input: { shippingAddress: ADDRESS, shipping: [{ sellerId, option: 'KURIR_LOKAL' }], paymentMethod } },
    { token: buyer.token },
  );
  return { buyer, result };
}

export async function notify(body: Record<string, unknown>): Promise<Response> {
  const ordersUrl = inject('system').subgraphUrls.orders!.replace(/\/graphql$/, '');
  return fetch(`${ordersUrl}/payments/midtrans/notification`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function setFakeStatus(orderId: string, transactionStatus: string): Promise<void> {
  await fetch(`${inject('midtrans').url}/__control/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ order_id: orderId, transaction_status: transactionStatus }),
  });
}
