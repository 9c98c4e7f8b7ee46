import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AUDIENCES, MODULE_KINDS, type Audience, type ModuleKind } from './training.entities.js';

export const AudienceEnum = Object.fromEntries(AUDIENCES.map((a) => [a, a])) as { [K in Audience]: K };
registerEnumType(AudienceEnum, { name: 'CourseAudience' });
export const ModuleKindEnum = Object.fromEntries(MODULE_KINDS.map((k) => [k, k])) as { [K in ModuleKind]: K };
registerEnumType(ModuleKindEnum, { name: 'CourseModuleKind', description: 'Text, a video link or a file' });

@ObjectType('CourseModule')
export class CourseModuleType {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => String) title: string;
  @Field(() => ModuleKindEnum) kind: ModuleKind;
  @Field(() => String) body: string;
  @Field(() => String, { nullable: true }) url: string | null;
}

@ObjectType('CourseProgress')
export class CourseProgressType {
  @Field(() => Boolean) enrolled: boolean;
  @Field(() => [ID], { description: 'Modules marked done' }) done: string[];
  @Field(() => Int) total: number;
}

@ObjectType('CourseStats')
export class CourseStatsType {
  @Field(() => Int) enrolments: number;
  @Field(() => Int, { description: 'Enrolments with every module done' }) completions: number;
}

@InputType('CourseModuleInput')
export class CourseModuleInput {
  @Field(() => String) title: string;
  @Field(() => ModuleKindEnum) kind: ModuleKind;
  @Field(() => String, { defaultValue: '' }) body: string;
  @Field(() => String, { nullable: true }) url?: string | null;
}

@InputType('CourseInput')
export class CourseInput {
  @Field(() => String) slug: string;
  @Field(() => String) title: string;
  @Field(() => String) summary: string;
  @Field(() => AudienceEnum) audience: Audience;
  @Field(() => Boolean) published: boolean;
  @Field(() => [CourseModuleInput]) modules: CourseModuleInput[];
  @Field(() => String, {
    nullable: true,
    description:
      'New courses only: the village (default: the one the author works for; the regency admin without one: regency-wide). Kept on edit',
  })
  villageCode?: string | null;
}

@ObjectType('Course')
export class CourseType {
  @Field(() => ID) id: string;
  @Field(() => String) slug: string;
  @Field(() => String) title: string;
  @Field(() => String) summary: string;
  @Field(() => AudienceEnum) audience: Audience;
  @Field(() => Boolean) published: boolean;
  @Field(() => String, { nullable: true, description: 'The village that runs it; null: regency-wide' })
  villageCode: string | null;
}
