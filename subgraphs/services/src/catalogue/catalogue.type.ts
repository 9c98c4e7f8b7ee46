import { connectionType } from '@kampung/shared';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FORM_FIELD_TYPES, type FormFieldKind } from './form-field.js';

export const FormFieldKindEnum = Object.fromEntries(FORM_FIELD_TYPES.map((t) => [t, t])) as { [K in FormFieldKind]: K };
registerEnumType(FormFieldKindEnum, {
  name: 'FormFieldKind',
  description: 'NIK and KK are 16-digit numbers; FILE is an uploaded document',
});

@ObjectType('FormField', { description: 'One field of a service’s online application form' })
export class FormFieldType {
  @Field(() => String, { description: 'Key of the answer' })
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => FormFieldKindEnum)
  type: FormFieldKind;

  @Field(() => Boolean)
  required: boolean;

  @Field(() => String, { nullable: true })
  help?: string | null;

  @Field(() => [String], { nullable: true, description: 'The choices of a CHOICE field' })
  options?: string[] | null;
}

@ObjectType('ServiceCategory')
export class ServiceCategoryType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'e.g. PELAYANAN_PUBLIK' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  description: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Service')
export class ServiceType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  slug: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  summary: string;

  @Field(() => String)
  description: string;

  @Field(() => [String])
  requirements: string[];

  @Field(() => [String])
  steps: string[];

  @Field(() => Int, { description: 'Promised time in working hours (office hours of the village)' })
  slaHours: number;

  @Field(() => Int, { description: 'Rupiah, usually 0' })
  fee: number;

  @Field(() => String)
  office: string;

  @Field(() => String)
  openingHours: string;

  @Field(() => Boolean, { description: 'Only staff see inactive services' })
  active: boolean;

  @Field(() => Boolean)
  featured: boolean;

  @Field(() => Boolean, { description: 'Ends in a letter (surat) issued by the village office' })
  isLetter: boolean;

  @Field(() => Boolean, {
    description:
      'Set by the regency on templates: the district head (camat) co-signs after the village, before the request completes',
  })
  needsDistrictCosign: boolean;

  @Field(() => String, {
    description:
      'Statement of the letter; {nama}, {keperluan}, {desa}, {alamat} are filled in. Empty: the standard text',
  })
  letterTemplate: string;

  @Field(() => [FormFieldType])
  formFields: FormFieldType[];

  @Field(() => String, {
    nullable: true,
    description:
      'Null: a regency-wide template that villages adopt; set: the code of the village that owns the service',
  })
  villageCode: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The village whose terms these are (fee, slaHours, office, requirements, formFields with its overrides); null: the template as the regency publishes it',
  })
  offeredIn: string | null;
}

export const ServiceConnection = connectionType(ServiceType, 'Service');

@InputType('FormFieldInput')
export class FormFieldInput {
  @Field(() => String) key: string;
  @Field(() => String) label: string;
  @Field(() => FormFieldKindEnum) type: FormFieldKind;
  @Field(() => Boolean) required: boolean;
  @Field(() => String, { nullable: true }) help?: string | null;
  @Field(() => [String], { nullable: true }) options?: string[] | null;
}

@InputType('ServiceInput')
export class ServiceInputType {
  @Field(() => String) name: string;
  @Field(() => String) summary: string;
  @Field(() => String) description: string;
  @Field(() => [String]) requirements: string[];
  @Field(() => [String]) steps: string[];
  @Field(() => Int) slaHours: number;
  @Field(() => Int) fee: number;
  @Field(() => String) office: string;
  @Field(() => String) openingHours: string;
  @Field(() => Boolean) isLetter: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Templates only (regency admin): the camat co-signs. Left out: unchanged (false for a new service)',
  })
  needsDistrictCosign?: boolean | null;
  @Field(() => String, { nullable: true, description: '{nama}, {keperluan}, {desa}, {alamat}' }) letterTemplate?:
    string | null;
  @Field(() => [FormFieldInput]) formFields: FormFieldInput[];
}
