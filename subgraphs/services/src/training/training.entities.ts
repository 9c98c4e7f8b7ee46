import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export const AUDIENCES = ['UMKM', 'STAFF', 'PUBLIC'] as const;
export type Audience = (typeof AUDIENCES)[number];
export const MODULE_KINDS = ['TEXT', 'VIDEO', 'FILE'] as const;
export type ModuleKind = (typeof MODULE_KINDS)[number];

/** A training course for UMKM, village staff or the public. */
@Entity({ tableName: 'courses' })
export class Course {
  [OptionalProps]?: 'id' | 'published' | 'createdAt';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Property({ type: 'string', length: 120, unique: true }) slug: string;
  @Property({ type: 'string', length: 200 }) title: string;
  @Property({ type: 'string', length: 400 }) summary: string;
  @Enum({ items: () => [...AUDIENCES], type: 'string' }) audience: Audience;
  @Property({ type: 'boolean' }) published: boolean = true;
  @Property({ type: 'Date', defaultRaw: 'now()' }) createdAt: Date = new Date();
}

/** One module of a course: text, a video link or a file link. */
@Entity({ tableName: 'course_modules' })
export class CourseModule {
  [OptionalProps]?: 'id' | 'body' | 'url';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Course }) course: Course;
  @Property({ type: 'integer' }) position: number;
  @Property({ type: 'string', length: 200 }) title: string;
  @Enum({ items: () => [...MODULE_KINDS], type: 'string' }) kind: ModuleKind;
  @Property({ type: 'text' }) body: string = '';
  @Property({ type: 'string', length: 500, nullable: true }) url: string | null = null;
}

@Entity({ tableName: 'enrolments' })
export class Enrolment {
  [OptionalProps]?: 'id' | 'createdAt';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Course }) course: Course;
  @Property({ type: 'uuid' }) userId: string;
  @Property({ type: 'Date', defaultRaw: 'now()' }) createdAt: Date = new Date();
}

@Entity({ tableName: 'module_progress' })
export class ModuleProgress {
  [OptionalProps]?: 'doneAt';
  @ManyToOne({ entity: () => Enrolment, primary: true }) enrolment: Enrolment;
  @ManyToOne({ entity: () => CourseModule, primary: true }) module: CourseModule;
  @Property({ type: 'Date', defaultRaw: 'now()' }) doneAt: Date = new Date();
}
