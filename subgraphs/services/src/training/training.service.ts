import {
  actingScope,
  ConflictError,
  ForbiddenError,
  isStaff,
  isUuid,
  NotFoundError,
  requirePerson,
  validate,
  villageCodeFilter,
} from '@kampung/shared';
import type { ServicesContext } from '../env.js';
import { canReadDraftsOf, canWriteFor, villageForNewContent } from '../oversight/place-rights.js';
import { Course, CourseModule, Enrolment, ModuleProgress } from './training.entities.js';
import type { CourseProgressType, CourseStatsType } from './training.type.js';
import { courseInputSchema, type CourseInput } from './training.validation.js';

/** Courses and progress; enrolling and marking a module done are idempotent. */
export class TrainingService {
  constructor(private readonly context: ServicesContext) {}

  private get em() {
    return this.context.em;
  }

  /**
   * Published courses (of one village when asked); staff also see the unpublished ones of the
   * villages they work for (the regency admin: all).
   */
  courses(villageCode: string | null = null): Promise<Course[]> {
    const viewer = this.context.viewer;
    const drafts = isStaff(viewer) ? [{ published: false, ...villageCodeFilter(actingScope(viewer)) }] : [];
    return this.em.find(
      Course,
      { $and: [{ $or: [{ published: true }, ...drafts] }, villageCode ? { villageCode } : {}] } as never,
      { orderBy: { title: 'asc', id: 'asc' } },
    );
  }

  async bySlug(slug: string): Promise<Course | null> {
    const course = await this.em.findOne(Course, { slug });
    return course && (course.published || canReadDraftsOf(this.context.viewer, course.villageCode)) ? course : null;
  }

  modules(courseId: string): Promise<CourseModule[]> {
    return this.em.find(CourseModule, { course: courseId }, { orderBy: { position: 'asc' } });
  }

  async enrol(courseId: string): Promise<Course> {
    const viewer = requirePerson(this.context.viewer);
    const course = isUuid(courseId) ? await this.em.findOne(Course, { id: courseId, published: true }) : null;
    if (!course) throw new NotFoundError({ id: 'Pelatihan', en: 'Course' });
    await this.em
      .getConnection()
      .execute(
        `insert into "services"."enrolments" ("id", "course_id", "user_id") values (gen_random_uuid(), ?, ?) on conflict do nothing`,
        [course.id, viewer.userId],
      );
    return course;
  }

  async markDone(moduleId: string): Promise<Course> {
    const viewer = requirePerson(this.context.viewer);
    const module = isUuid(moduleId)
      ? await this.em.findOne(CourseModule, { id: moduleId }, { populate: ['course'] })
      : null;
    if (!module) throw new NotFoundError({ id: 'Modul', en: 'Module' });
    const enrolment = await this.em.findOne(Enrolment, { course: module.course.id, userId: viewer.userId });
    if (!enrolment) throw new ForbiddenError({ id: 'Daftar ke pelatihan ini dulu', en: 'Enrol in this course first' });
    await this.em
      .getConnection()
      .execute(
        `insert into "services"."module_progress" ("enrolment_id", "module_id") values (?, ?) on conflict do nothing`,
        [enrolment.id, module.id],
      );
    return module.course;
  }

  /**
   * Staff curate courses. Modules are matched by position, so progress on a module that
   * stays survives an edit; modules beyond the new count are removed with their progress.
   */
  async save(id: string | null, input: CourseInput): Promise<Course> {
    const viewer = requirePerson(this.context.viewer);
    if (!isStaff(viewer)) throw new ForbiddenError({ id: 'Hanya staf desa', en: 'Village staff only' });
    const data = validate(courseInputSchema, input);
    return this.em.transactional(async (tx) => {
      let course = id && isUuid(id) ? await tx.findOne(Course, { id }) : null;
      if (id && (!course || !canWriteFor(viewer, course.villageCode)))
        throw new NotFoundError({ id: 'Pelatihan', en: 'Course' });
      const villageCode = course ? course.villageCode : villageForNewContent(viewer, data.villageCode);
      if (!canWriteFor(viewer, villageCode))
        throw new ForbiddenError({ id: 'Anda tidak bertugas di desa ini', en: 'You do not work for this village' });
      const clash = await tx.findOne(Course, { slug: data.slug });
      if (clash && clash.id !== id) throw new ConflictError({ id: 'Slug sudah dipakai', en: 'The slug is taken' });
      const { modules, villageCode: _named, ...fields } = data;
      course ??= tx.create(Course, { ...fields, villageCode });
      Object.assign(course, fields);
      const existing = await tx.find(CourseModule, { course: course.id }, { orderBy: { position: 'asc' } });
      modules.forEach((module, i) => {
        const values = { title: module.title, kind: module.kind, body: module.body, url: module.url ?? null };
        const current = existing[i];
        if (current) Object.assign(current, values);
        else tx.create(CourseModule, { ...values, course, position: i + 1 });
      });
      for (const extra of existing.slice(modules.length)) tx.remove(extra);
      return course;
    });
  }

  async progress(courseId: string): Promise<CourseProgressType | null> {
    const viewer = this.context.viewer;
    if (!viewer || viewer.service) return null;
    const total = await this.em.count(CourseModule, { course: courseId });
    const enrolment = await this.em.findOne(Enrolment, { course: courseId, userId: viewer.userId });
    if (!enrolment) return { enrolled: false, done: [], total };
    const done = await this.em.find(ModuleProgress, { enrolment: enrolment.id });
    return { enrolled: true, done: done.map((d) => d.module.id), total };
  }

  /**
   * Staff: how many enrolled, and how many finished every module. Null for a course of a village
   * the viewer does not oversee (a regency-wide course: any staff).
   */
  async stats(courseId: string): Promise<CourseStatsType | null> {
    const viewer = requirePerson(this.context.viewer);
    if (!isStaff(viewer)) throw new ForbiddenError();
    const course = isUuid(courseId) ? await this.em.findOne(Course, { id: courseId }) : null;
    if (!course || (course.villageCode !== null && !canReadDraftsOf(viewer, course.villageCode))) return null;
    const rows: { enrolments: number; completions: number }[] = await this.em.getConnection().execute(
      `select count(*)::int as enrolments,
         (count(*) filter (where (select count(*) from "services"."module_progress" p where p."enrolment_id" = e."id")
           >= (select count(*) from "services"."course_modules" m where m."course_id" = e."course_id")))::int as completions
       from "services"."enrolments" e where e."course_id" = ?`,
      [courseId],
    );
    return rows[0]!;
  }
}
