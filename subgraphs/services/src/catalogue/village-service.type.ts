import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { FormFieldInput, FormFieldType, ServiceType } from './catalogue.type.js';

@ObjectType('VillageService', {
  description:
    'An adoption: a village offers a regency template (with its overrides) or a service of its own. Staff of the village see these',
})
export class VillageServiceType {
  @Field(() => String, { description: 'Kemendagri code of the village, e.g. 35.10.06.2003' })
  villageCode: string;

  @Field(() => ID)
  serviceId: string;

  @Field(() => Int, { nullable: true, description: "Rupiah; null: the template's fee" })
  fee: number | null;

  @Field(() => Int, { nullable: true, description: "Promised working hours; null: the template's" })
  slaHours: number | null;

  @Field(() => String, { nullable: true, description: "Null: the template's office" })
  office: string | null;

  @Field(() => [String], { description: "Shown after the template's requirements" })
  extraRequirements: string[];

  @Field(() => [FormFieldType], { description: "Asked after the template's form fields" })
  extraFormFields: FormFieldType[];

  @Field(() => Boolean, { description: 'False once withdrawn' })
  active: boolean;

  @Field(() => Boolean, { description: "The village's own service rather than an adopted template" })
  own: boolean;

  @Field(() => Date)
  updatedAt: Date;
}

@InputType('VillageServiceInput', {
  description: "A village's overrides of a template: a field left out stays as it is; null goes back to the template",
})
export class VillageServiceInput {
  @Field(() => Int, { nullable: true }) fee?: number | null;
  @Field(() => Int, { nullable: true, description: 'Working hours' }) slaHours?: number | null;
  @Field(() => String, { nullable: true }) office?: string | null;
  @Field(() => [String], { nullable: true }) extraRequirements?: string[] | null;
  @Field(() => [FormFieldInput], { nullable: true }) extraFormFields?: FormFieldInput[] | null;
}

export { ServiceType };
