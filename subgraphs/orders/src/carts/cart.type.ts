import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const CART_LINE_PROBLEMS = ['UNAVAILABLE', 'PRICE_CHANGED', 'INSUFFICIENT_STOCK'] as const;
export type CartLineProblem = (typeof CART_LINE_PROBLEMS)[number];
export const CartLineProblemEnum = Object.fromEntries(CART_LINE_PROBLEMS.map((v) => [v, v])) as {
  [K in CartLineProblem]: K;
};
registerEnumType(CartLineProblemEnum, {
  name: 'CartLineProblem',
  description:
    'UNAVAILABLE: the product is gone or not for sale; PRICE_CHANGED: the price differs from when it was added; INSUFFICIENT_STOCK: fewer left than wanted',
});

@ObjectType('CartLine')
export class CartLineType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  variantId: string;

  @Field(() => ID, { nullable: true })
  productId: string | null;

  @Field(() => ID, { nullable: true, description: 'The shop selling it' })
  sellerId: string | null;

  @Field(() => String, { description: 'Product title and variant name, as the catalogue has them now' })
  title: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => Int, { description: 'Rupiah: the current price, read from products' })
  unitPrice: number;

  @Field(() => Int, { description: 'Rupiah: the price when the buyer added or last confirmed it' })
  seenPrice: number;

  @Field(() => Int, { description: 'Rupiah: unitPrice × quantity' })
  lineTotal: number;

  @Field(() => Int, { description: 'Units in stock now' })
  available: number;

  @Field(() => CartLineProblemEnum, {
    nullable: true,
    description: 'Set when the buyer must look at this line before checkout',
  })
  problem: CartLineProblem | null;
}

@ObjectType('Cart')
export class CartType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "A guest's secret cart token (keep it in a cookie)" })
  token: string;

  @Field(() => [CartLineType])
  lines: CartLineType[];

  @Field(() => Int, { description: 'Rupiah, at current prices' })
  itemsTotal: number;

  @Field(() => Int)
  itemCount: number;

  @Field(() => Boolean, { description: 'Some line has a problem: checkout is refused until it is fixed' })
  hasProblems: boolean;
}
