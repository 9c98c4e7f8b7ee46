import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Category')
export class CategoryType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  slug: string;

  @Field(() => String, { description: 'Indonesian name' })
  name: string;

  @Field(() => String, { description: 'English name' })
  nameEn: string;
}
