import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by accounts; this subgraph contributes `User.orders`. */
@Directive('@key(fields: "id")')
@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;
}
