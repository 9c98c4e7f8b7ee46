import {
  bilingual,
  ConflictError,
  ForbiddenError,
  isStaff,
  NotFoundError,
  requirePerson,
  validate,
  type RequestContext,
} from '@kampung/shared';
import { z } from 'zod';
import { AUDIENCES, Course, CourseModule, MODULE_KINDS } from './training.entities.js';

export const courseInputSchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      bilingual(
        'Slug hanya huruf kecil, angka dan tanda hubung',
        'Slug may only have lower-case letters, digits and hyphens',
      ),
    )
    .max(120),
  title: z
    .string()
    .trim()
    .min(3, bilingual('Judul minimal 3 karakter', 'The title needs at least 3 characters'))
    .max(200),
  summary: z.string().trim().min(1).max(400),
  audience: z.enum(AUDIENCES),
  published: z.boolean(),
  modules: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(200),
        kind: z.enum(MODULE_KINDS),
        body: z.string().trim().max(20000).default(''),
        url: z.url(bilingual('Tautan tidak valid', 'The link is not valid')).nullish(),
      }),
    )
    .min(1, bilingual('Minimal satu modul', 'At least one module'))
    .max(50),
});
export type CourseInput = z.input<typeof courseInputSchema>;

/**
 * Staff curate courses. Modules are matched by position, so progress on a module that
 * stays survives an edit; modules beyond the new count are removed with their progress.
 */
export async function saveCourse(context: RequestContext, id: string | null, input: CourseInput): Promise<Course> {
  if (!isStaff(requirePerson(context.viewer)))
    throw new ForbiddenError({ id: 'Hanya staf desa', en: 'Village staff only' });
  const data = validate(courseInputSchema, input);
  return context.em.transactional(async (tx) => {
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
