import {
  ConflictError,
  ForbiddenError,
  isStaff,
  isUuid,
  NotFoundError,
  requirePerson,
  validate,
} from '@kampung/shared';
import type { ServicesContext } from '../env.js';
import { Course, CourseModule, Enrolment, ModuleProgress } from './training.entities.js';
import type { CourseProgressType, CourseStatsType } from './training.type.js';
import { courseInputSchema, type CourseInput } from './training.validation.js';

/** Courses and progress; enrolling and marking a module done are idempotent. */
export class TrainingService {
  constructor(private readonly context: ServicesContext) {}

  private get em() {
    return this.context.em;
  }

  courses(): Promise<Course[]> {
    return this.em.find(Course, isStaff(this.context.viewer) ? {} : { published: true }, {
      orderBy: { title: 'asc', id: 'asc' },
    });
  }

  async bySlug(slug: string): Promise<Course | null> {
    const course = await this.em.findOne(Course, { slug });
    return course && (course.published || isStaff(this.context.viewer)) ? course : null;
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
    if (!isStaff(requirePerson(this.context.viewer)))
      throw new ForbiddenError({ id: 'Hanya staf desa', en: 'Village staff only' });
    const data = validate(courseInputSchema, input);
    return this.em.transactional(async (tx) => {
      const clash = await tx.findOne(Course, { slug: data.slug });
      if (clash && clash.id !== id) throw new ConflictError({ id: 'Slug sudah dipakai', en: 'The slug is taken' });
      let course = id ? await tx.findOne(Course, { id }) : null;
      if (id && !course) throw new NotFoundError({ id: 'Pelatihan', en: 'Course' });
      const { modules, ...fields } = data;
      course ??= tx.create(Course, fields);
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

  /** Staff: how many enrolled, and how many finished every module. */
  async stats(courseId: string): Promise<CourseStatsType> {
    if (!isStaff(requirePerson(this.context.viewer))) throw new ForbiddenError();
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
