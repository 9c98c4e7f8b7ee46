import { requireService, UserInputError } from '@kampung/shared';
import { Arg, Ctx, Directive, Field, Float, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { OrdersContext } from '../env.js';

/** A shop's paid sales in a period (the oversight figures of the marketplace, decision 023); internal only. */
@Directive('@inaccessible')
@ObjectType()
export class SellerSales {
  @Field(() => ID)
  sellerId: string;

  @Field(() => Float, { description: 'Whole rupiah: items of paid parts, shipping excluded (Float: may pass 2^31)' })
  salesRupiah: number;

  @Field(() => Float, { description: 'Paid shop parts (seller orders) counted' })
  orders: number;
}

/**
 * Statuses of a shop's part once it is paid (cash on delivery starts at PROCESSING) and not
 * cancelled, expired or refunded.
 */
export const PAID_PART_STATUSES = ['PAID', 'PROCESSING', 'ACCEPTED', 'SHIPPED', 'DELIVERED', 'COMPLETED'] as const;

@Resolver()
export class SalesResolver {
  @Directive('@inaccessible')
  @Query(() => [SellerSales], {
    description:
      "Internal (sellers' marketplace figures): each shop's paid sales among orders placed in [from, to); shops without any are left out",
  })
  async internalSalesBySeller(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() ctx: OrdersContext,
  ): Promise<SellerSales[]> {
    requireService(ctx.viewer);
    if (!(from < to))
      throw UserInputError.field('to', {
        id: 'Akhir periode harus setelah awalnya',
        en: 'The period must end after it starts',
      });
    const rows = await ctx.em.execute<{ seller_id: string; rupiah: string; orders: number }[]>(
      `select so.seller_id, sum(so.items_total)::bigint as rupiah, count(*)::int as orders
         from orders.seller_orders so join orders.orders o on o.id = so.order_id
        where o.created_at >= ? and o.created_at < ? and so.status in (${PAID_PART_STATUSES.map(() => '?').join(', ')})
        group by so.seller_id order by so.seller_id`,
      [from, to, ...PAID_PART_STATUSES],
    );
    return rows.map((row) => ({ sellerId: row.seller_id, salesRupiah: Number(row.rupiah), orders: row.orders }));
  }
}
