import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { getLocale } from '../server/locale.server';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import type { VariablesOf } from '../graphql/graphql';
import { SaveCourseMutation, StaffCoursesQuery } from '../graphql/services';

type CourseInput = VariablesOf<typeof SaveCourseMutation>['input'];
import { createT, useT, type MessageKey } from '../i18n';
import styles from '../styles/services.css?url';
import { execute, query } from '../server/graphql.server';
import { courseForm } from '../server/form-schemas.server';
import { parseForm, toFormErrors } from '../server/forms.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  return query(request, StaffCoursesQuery, {});
}

const EXAMPLE = JSON.stringify([{ title: 'Modul 1', kind: 'TEXT', body: 'Isi modul', url: null }], null, 2);

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const locale = getLocale(request);
  const form = await request.formData();
  let modules: CourseInput['modules'];
  try {
    modules = JSON.parse(String(form.get('modules') ?? '[]'));
  } catch {
    return data({ error: createT(locale)('svc.staff.formJsonBad') }, { status: 400 });
  }
  const course = parseForm(courseForm, form, locale);
  if (course.errors) return data({ error: Object.values(course.errors.fields)[0] }, { status: 400 });
  const input = { ...course.data, published: true, modules };
  const result = await execute(request, SaveCourseMutation, { id: null, input }, 'mutation');
  if (result.error) {
    const errors = toFormErrors(result.error, locale, { under: 'answers.' });
    return data({ error: errors.form ?? Object.values(errors.fields)[0] }, { status: 400 });
  }
  return redirect('/staf/pelatihan');
}

export default function StaffCourses() {
  const { t } = useT();
  const { courses } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section>
      <h1>{t('svc.staff.courses')}</h1>
      <table className="svc-table">
        <thead>
          <tr>
            <th>{t('svc.train.title')}</th>
            <th />
            <th>{t('svc.staff.enrolments')}</th>
            <th>{t('svc.staff.completions')}</th>
          </tr>
        </thead>
        <tbody>
          {courses.map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={`/pelatihan/${c.slug}`}>{c.title}</Link>
              </td>
              <td>{t(`svc.train.${c.audience}` as MessageKey)}</td>
              <td>{c.stats?.enrolments ?? '—'}</td>
              <td>{c.stats?.completions ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('svc.staff.newCourse')}</h2>
      <FormAlert message={actionData?.error} />
      <Form method="post" className="svc-form">
        <div className="field">
          <label htmlFor="course-title">Judul / Title</label>
          <input id="course-title" name="title" required />
        </div>
        <div className="field">
          <label htmlFor="course-slug">Slug</label>
          <input id="course-slug" name="slug" required />
        </div>
        <div className="field">
          <label htmlFor="course-summary">Ringkasan / Summary</label>
          <input id="course-summary" name="summary" required />
        </div>
        <div className="field">
          <label htmlFor="course-audience">{t('svc.staff.audience')}</label>
          <select id="course-audience" name="audience">
            {['UMKM', 'STAFF', 'PUBLIC'].map((a) => (
              <option key={a} value={a}>
                {t(`svc.train.${a}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="course-modules">{t('svc.staff.modulesJson')}</label>
          <textarea id="course-modules" name="modules" rows={8} spellCheck={false} defaultValue={EXAMPLE} />
        </div>
        <button className="button" type="submit">
          {t('svc.staff.save')}
        </button>
      </Form>
    </section>
  );
}
