import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A village's marketplace in a period, for the district and regency dashboards" })
export class VillageMarketFigures {
  @Field(() => String, { description: 'Kemendagri code of the village' })
  villageCode: string;

  @Field(() => Int, { description: 'Verified shops of the village at the end of the period' })
  activeShops: number;

  @Field(() => Float, {
    description: 'Whole rupiah: paid sales of its shops among orders placed in the period (items, not shipping)',
  })
  salesRupiah: number;
}
