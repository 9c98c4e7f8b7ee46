import pg from 'pg';

/** A rule the data must keep whatever requests came in; `sql` selects the rows that break it. */
export interface Invariant {
  name: string;
  sql: string;
}

export interface Violation {
  invariant: string;
  rows: Record<string, unknown>[];
}

/**
 * What no failed, refused, concurrent or interrupted request may leave behind: an order
 * half-written, stock gone negative or out of step, a request without its timeline, a
 * reference to a row that is not there. Each subgraph owns its schema; these read across
 * them only to check.
 */
export const INVARIANTS: Invariant[] = [
  // Orders: an order, its parts per shop and their lines are written together or not at all.
  {
    name: 'every order has at least one seller order',
    sql: `select o.id, o.code from orders.orders o where not exists (select 1 from orders.seller_orders s where s.order_id = o.id)`,
  },
  {
    name: 'every seller order has its order',
    sql: `select s.id from orders.seller_orders s where not exists (select 1 from orders.orders o where o.id = s.order_id)`,
  },
  {
    name: 'every seller order has at least one line',
    sql: `select s.id from orders.seller_orders s where not exists (select 1 from orders.order_lines l where l.seller_order_id = s.id)`,
  },
  {
    name: 'a line total is its unit price times its quantity',
    sql: `select id, unit_price, quantity, line_total from orders.order_lines where line_total <> unit_price * quantity or quantity <= 0`,
  },
  {
    name: 'a seller order total is the sum of its lines',
    sql: `select s.id, s.items_total, sum(l.line_total) as lines from orders.seller_orders s join orders.order_lines l on l.seller_order_id = s.id
          group by s.id having s.items_total <> sum(l.line_total)`,
  },
  {
    name: 'an order total is its parts plus shipping',
    sql: `select o.id, o.items_total, o.shipping_total, o.total_amount from orders.orders o
          join (select order_id, sum(items_total) as items, sum(shipping_fee) as shipping from orders.seller_orders group by order_id) s on s.order_id = o.id
          where o.items_total <> s.items or o.shipping_total <> s.shipping or o.total_amount <> o.items_total + o.shipping_total`,
  },
  {
    name: 'every order event belongs to an order (and its seller order to that order)',
    sql: `select e.id from orders.order_events e left join orders.seller_orders s on s.id = e.seller_order_id
          where not exists (select 1 from orders.orders o where o.id = e.order_id) or (e.seller_order_id is not null and s.order_id is distinct from e.order_id)`,
  },
  {
    name: 'a payment is for an existing order and its total',
    sql: `select p.id from orders.payments p left join orders.orders o on o.id = p.order_id where o.id is null or p.amount <> o.total_amount`,
  },
  {
    name: 'every buyer of an order exists',
    sql: `select o.id from orders.orders o where not exists (select 1 from accounts.users u where u.id = o.buyer_id)`,
  },
  {
    name: 'every seller of a seller order exists',
    sql: `select s.id from orders.seller_orders s where not exists (select 1 from sellers.sellers x where x.id = s.seller_id)`,
  },
  {
    name: 'every ordered variant exists',
    sql: `select l.id from orders.order_lines l where not exists (select 1 from products.product_variants v where v.id = l.variant_id)`,
  },
  {
    name: 'a review is for a line of its buyer, rated 1–5',
    sql: `select r.id from orders.reviews r join orders.order_lines l on l.id = r.order_line_id join orders.seller_orders s on s.id = l.seller_order_id
          join orders.orders o on o.id = s.order_id where o.buyer_id <> r.buyer_id or r.product_id <> l.product_id or r.rating not between 1 and 5`,
  },
  {
    name: 'cart lines hold 1–999 of an existing variant',
    sql: `select c.id from orders.cart_lines c where c.quantity not between 1 and 999 or not exists (select 1 from products.product_variants v where v.id = c.variant_id)`,
  },

  // Catalogue and stock.
  {
    name: 'every product has at least one variant',
    sql: `select p.id, p.slug from products.products p where not exists (select 1 from products.product_variants v where v.product_id = p.id)`,
  },
  {
    name: 'stock is never negative',
    sql: `select id, stock from products.product_variants where stock < 0 union all select id, resulting_stock from products.stock_adjustments where resulting_stock < 0`,
  },
  {
    name: 'a product total stock and lowest price match its variants',
    sql: `select p.id, p.stock_total, p.price_min from products.products p join (select product_id, sum(stock) as stock, min(price) as price from products.product_variants group by product_id) v
          on v.product_id = p.id where p.stock_total <> v.stock or p.price_min is distinct from v.price`,
  },
  {
    name: 'every product belongs to an existing shop and owner',
    sql: `select p.id from products.products p where not exists (select 1 from sellers.sellers s where s.id = p.seller_id and s.owner_user_id = p.owner_user_id)`,
  },
  {
    name: 'every held or committed stock reservation has its order',
    sql: `select r.id, r.order_id, r.state from products.stock_reservations r where r.state in ('RESERVED', 'COMMITTED')
          and not exists (select 1 from orders.orders o where o.id = r.order_id)`,
  },
  {
    name: 'every shop owner exists',
    sql: `select s.id from sellers.sellers s where not exists (select 1 from accounts.users u where u.id = s.owner_user_id)`,
  },

  // Village services.
  {
    name: 'every service request has its first timeline entry',
    sql: `select r.id, r.tracking_code from services.service_requests r where not exists
          (select 1 from services.service_request_events e where e.request_id = r.id and e.from_status is null)`,
  },
  {
    name: 'a service request status is its last timeline entry',
    sql: `select r.id, r.status, e.to_status from services.service_requests r
          join lateral (select to_status from services.service_request_events e where e.request_id = r.id order by created_at desc, (from_status is null) limit 1) e on true
          where e.to_status <> r.status`,
  },
  {
    name: 'every applicant exists',
    sql: `select r.id from services.service_requests r where not exists (select 1 from accounts.users u where u.id = r.applicant_id)`,
  },
  {
    name: 'a completed request has its completion time',
    sql: `select id from services.service_requests where status = 'COMPLETED' and completed_at is null`,
  },
];

/**
 * Runs every invariant and returns the broken ones, with a few offending rows each. Give a
 * database URL, or a connected client (to check inside a transaction of your own).
 */
export async function checkInvariants(
  database: string | pg.ClientBase,
  invariants: Invariant[] = INVARIANTS,
): Promise<Violation[]> {
  const client = typeof database === 'string' ? new pg.Client({ connectionString: database }) : database;
  if (typeof database === 'string') await (client as pg.Client).connect();
  try {
    const violations: Violation[] = [];
    for (const invariant of invariants) {
      const { rows } = await client.query<Record<string, unknown>>(`select * from (${invariant.sql}) broken limit 5`);
      if (rows.length > 0) violations.push({ invariant: invariant.name, rows });
    }
    return violations;
  } finally {
    if (typeof database === 'string') await (client as pg.Client).end();
  }
}

/** Row counts that a run of refused requests must leave as they were (compare before and after). */
export async function countRows(databaseUrl: string, tables: string[]): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ count: string }>(`select count(*) from ${table}`);
      counts[table] = Number(rows[0]!.count);
    }
    return counts;
  } finally {
    await client.end();
  }
}
