import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType('Holiday', {
  description: 'A day with no office hours: a national public holiday or joint leave (cuti bersama)',
})
export class HolidayType {
  @Field(() => String, { description: 'Local date, YYYY-MM-DD' })
  date: string;

  @Field(() => String, { description: 'Indonesian name' })
  name: string;

  @Field(() => String)
  nameEn: string;

  @Field(() => Boolean, { description: 'Cuti bersama rather than a public holiday proper' })
  jointLeave: boolean;
}

@InputType()
export class HolidayInput {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  nameEn: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  jointLeave?: boolean | null;
}
