import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The accounts user, to which sellers adds `shop`. */
@Directive('@key(fields: "id")')
@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;
}
