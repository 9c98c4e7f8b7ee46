import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ServicesContext } from '../env.js';
import type { Course, CourseModule } from './training.entities.js';
import { TrainingService } from './training.service.js';
import { CourseInput, CourseModuleType, CourseProgressType, CourseStatsType, CourseType } from './training.type.js';

@Resolver(() => CourseType)
export class TrainingResolver {
  @Query(() => [CourseType], {
    description: 'Published courses, of one village when asked (staff also see the drafts of their villages)',
  })
  courses(
    @Ctx() ctx: ServicesContext,
    @Arg('villageCode', () => String, { nullable: true }) villageCode?: string | null,
  ): Promise<Course[]> {
    return new TrainingService(ctx).courses(villageCode ?? null);
  }

  @Query(() => CourseType, { nullable: true })
  course(@Arg('slug', () => String) slug: string, @Ctx() ctx: ServicesContext): Promise<Course | null> {
    return new TrainingService(ctx).bySlug(slug);
  }

  @Mutation(() => CourseType, { description: 'The signed-in user enrols (again: no change)' })
  enrolInCourse(@Arg('courseId', () => ID) courseId: string, @Ctx() ctx: ServicesContext): Promise<Course> {
    return new TrainingService(ctx).enrol(courseId);
  }

  @Mutation(() => CourseType, { description: 'Marks a module done for the signed-in, enrolled user' })
  markModuleDone(@Arg('moduleId', () => ID) moduleId: string, @Ctx() ctx: ServicesContext): Promise<Course> {
    return new TrainingService(ctx).markDone(moduleId);
  }

  @Mutation(() => CourseType, {
    description: 'Staff: create (no id) or edit a course and its modules (matched by position)',
  })
  saveCourse(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('input', () => CourseInput) input: CourseInput,
    @Ctx() ctx: ServicesContext,
  ): Promise<Course> {
    return new TrainingService(ctx).save(id, input);
  }

  @FieldResolver(() => [CourseModuleType])
  modules(@Root() course: Course, @Ctx() ctx: ServicesContext): Promise<CourseModule[]> {
    return new TrainingService(ctx).modules(course.id);
  }

  @FieldResolver(() => CourseProgressType, {
    nullable: true,
    description: 'The signed-in user’s progress; null when signed out',
  })
  myProgress(@Root() course: Course, @Ctx() ctx: ServicesContext): Promise<CourseProgressType | null> {
    return new TrainingService(ctx).progress(course.id);
  }

  @FieldResolver(() => CourseStatsType, {
    nullable: true,
    description: 'Staff only; null for a course of a village they do not oversee',
  })
  stats(@Root() course: Course, @Ctx() ctx: ServicesContext): Promise<CourseStatsType | null> {
    return new TrainingService(ctx).stats(course.id);
  }
}
