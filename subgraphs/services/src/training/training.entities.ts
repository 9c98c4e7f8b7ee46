import { CreatedEntity } from '@kampung/shared';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export const AUDIENCES = ['UMKM', 'STAFF', 'PUBLIC'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const MODULE_KINDS = ['TEXT', 'VIDEO', 'FILE'] as const;
export type ModuleKind = (typeof MODULE_KINDS)[number];

/** A training course for UMKM, village staff or the public. */
@Entity({ tableName: 'courses' })
@Index({ name: 'courses_village_idx', properties: ['villageCode'] })
export class Course extends CreatedEntity<'id' | 'published' | 'villageCode'> {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'string', length: 120, unique: 'courses_slug_key' }) slug: string;
  @Property({ type: 'string', length: 200 }) title: string;
  @Property({ type: 'string', length: 400 }) summary: string;
  @Enum({ items: () => [...AUDIENCES], type: 'string', columnType: 'varchar(10)' }) audience: Audience;
  @Property({ type: 'boolean' }) published: boolean = true;
  /** The village that runs it; null: regency-wide (written by the regency admin). */
  @Property({ type: 'string', length: 13, nullable: true }) villageCode: string | null = null;
}

/** One module of a course: text, a video link or a file link. Removed with its course. */
@Entity({ tableName: 'course_modules' })
@Unique({ name: 'course_modules_course_id_position_key', properties: ['course', 'position'] })
export class CourseModule {
  [OptionalProps]?: 'id' | 'body' | 'url';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({
    entity: () => Course,
    foreignKeyName: 'course_modules_course_id_fkey',
    updateRule: 'no action',
    deleteRule: 'cascade',
  })
  course: Course;
  @Property({ type: 'integer' }) position: number;
  @Property({ type: 'string', length: 200 }) title: string;
  @Enum({ items: () => [...MODULE_KINDS], type: 'string', columnType: 'varchar(10)' }) kind: ModuleKind;
  @Property({ type: 'text' }) body: string = '';
  @Property({ type: 'string', length: 500, nullable: true }) url: string | null = null;
}

/** Removed with its course. */
@Entity({ tableName: 'enrolments' })
@Unique({ name: 'enrolments_course_id_user_id_key', properties: ['course', 'userId'] })
export class Enrolment extends CreatedEntity<'id'> {
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({
    entity: () => Course,
    foreignKeyName: 'enrolments_course_id_fkey',
    updateRule: 'no action',
    deleteRule: 'cascade',
  })
  course: Course;
  @Property({ type: 'uuid' }) userId: string;
}

/** Removed with its enrolment or module. */
@Entity({ tableName: 'module_progress' })
export class ModuleProgress {
  [OptionalProps]?: 'doneAt';
  @ManyToOne({
    entity: () => Enrolment,
    primary: true,
    foreignKeyName: 'module_progress_enrolment_id_fkey',
    updateRule: 'no action',
    deleteRule: 'cascade',
  })
  enrolment: Enrolment;
  @ManyToOne({
    entity: () => CourseModule,
    primary: true,
    foreignKeyName: 'module_progress_module_id_fkey',
    updateRule: 'no action',
    deleteRule: 'cascade',
  })
  module: CourseModule;
  @Property({ type: 'Date', length: 3, defaultRaw: 'now()' }) doneAt: Date = new Date();
}
