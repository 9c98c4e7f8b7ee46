import type { RequestContext } from '@kampung/shared';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { saveCourse } from './course.admin.js';
import {
  AUDIENCES,
  MODULE_KINDS,
  type Audience,
  type Course,
  type CourseModule,
  type ModuleKind,
} from './training.entities.js';
import { TrainingService, type CourseProgress } from './training.service.js';

const AudienceEnum = Object.fromEntries(AUDIENCES.map((a) => [a, a])) as { [K in Audience]: K };
registerEnumType(AudienceEnum, { name: 'CourseAudience' });
const ModuleKindEnum = Object.fromEntries(MODULE_KINDS.map((k) => [k, k])) as { [K in ModuleKind]: K };
registerEnumType(ModuleKindEnum, { name: 'CourseModuleKind', description: 'Text, a video link or a file' });

@ObjectType('CourseModule')
class CourseModuleType {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => String) title: string;
  @Field(() => ModuleKindEnum) kind: ModuleKind;
  @Field(() => String) body: string;
  @Field(() => String, { nullable: true }) url: string | null;
}

@ObjectType('CourseProgress')
class CourseProgressType {
  @Field(() => Boolean) enrolled: boolean;
  @Field(() => [ID], { description: 'Modules marked done' }) done: string[];
  @Field(() => Int) total: number;
}

@ObjectType('CourseStats')
class CourseStatsType {
  @Field(() => Int) enrolments: number;
  @Field(() => Int, { description: 'Enrolments with every module done' }) completions: number;
}

@InputType('CourseModuleInput')
class CourseModuleInput {
  @Field(() => String) title: string;
  @Field(() => ModuleKindEnum) kind: ModuleKind;
  @Field(() => String, { defaultValue: '' }) body: string;
  @Field(() => String, { nullable: true }) url?: string | null;
}

@InputType('CourseInput')
class CourseInput {
  @Field(() => String) slug: string;
  @Field(() => String) title: string;
  @Field(() => String) summary: string;
  @Field(() => AudienceEnum) audience: Audience;
  @Field(() => Boolean) published: boolean;
  @Field(() => [CourseModuleInput]) modules: CourseModuleInput[];
}

@ObjectType('Course')
export class CourseType {
  @Field(() => ID) id: string;
  @Field(() => String) slug: string;
  @Field(() => String) title: string;
  @Field(() => String) summary: string;
  @Field(() => AudienceEnum) audience: Audience;
  @Field(() => Boolean) published: boolean;
}

@Resolver(() => CourseType)
export class TrainingResolver {
  @Query(() => [CourseType], { description: 'Published courses (staff see all)' })
  courses(@Ctx() ctx: RequestContext): Promise<Course[]> {
    return new TrainingService(ctx).courses();
  }

  @Query(() => CourseType, { nullable: true })
  course(@Arg('slug', () => String) slug: string, @Ctx() ctx: RequestContext): Promise<Course | null> {
    return new TrainingService(ctx).bySlug(slug);
  }

  @Mutation(() => CourseType, { description: 'The signed-in user enrols (again: no change)' })
  enrolInCourse(@Arg('courseId', () => ID) courseId: string, @Ctx() ctx: RequestContext): Promise<Course> {
    return new TrainingService(ctx).enrol(courseId);
  }

  @Mutation(() => CourseType, { description: 'Marks a module done for the signed-in, enrolled user' })
  markModuleDone(@Arg('moduleId', () => ID) moduleId: string, @Ctx() ctx: RequestContext): Promise<Course> {
    return new TrainingService(ctx).markDone(moduleId);
  }

  @Mutation(() => CourseType, {
    description: 'Staff: create (no id) or edit a course and its modules (matched by position)',
  })
  saveCourse(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('input', () => CourseInput) input: CourseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Course> {
    return saveCourse(ctx, id, input);
  }

  @FieldResolver(() => [CourseModuleType])
  modules(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<CourseModule[]> {
    return new TrainingService(ctx).modules(course.id);
  }

  @FieldResolver(() => CourseProgressType, {
    nullable: true,
    description: 'The signed-in user’s progress; null when signed out',
  })
  myProgress(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<CourseProgress | null> {
    return new TrainingService(ctx).progress(course.id);
  }

  @FieldResolver(() => CourseStatsType, { description: 'Staff only' })
  stats(@Root() course: Course, @Ctx() ctx: RequestContext): Promise<{ enrolments: number; completions: number }> {
    return new TrainingService(ctx).stats(course.id);
  }
}
