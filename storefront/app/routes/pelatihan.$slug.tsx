import {
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { requireSignedIn } from '../server/auth.server';
import { CourseQuery, EnrolMutation, MarkDoneMutation } from '../graphql/services';
import { useT, type MessageKey } from '../i18n';
import styles from '../styles/services.css?url';
import { errorResponse, execute, query } from '../server/graphql.server';
import { getUser } from '../server/session.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.course.title ?? 'Pelatihan' }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { course } = await query(request, CourseQuery, { slug: params.slug ?? '' });
  if (!course) throw new Response('Not Found', { status: 404 });
  return { course, signedIn: !!(await getUser(request)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireSignedIn(request);
  const form = await request.formData();
  const result =
    form.get('intent') === 'enrol'
      ? await execute(request, EnrolMutation, { id: String(form.get('courseId') ?? '') }, 'mutation')
      : await execute(request, MarkDoneMutation, { id: String(form.get('moduleId') ?? '') }, 'mutation');
  if (result.error) throw errorResponse(result.error);
  return redirect(`/pelatihan/${params.slug}`);
}

export default function CoursePage() {
  const { t } = useT();
  const { course, signedIn } = useLoaderData<typeof loader>();
  const progress = course.myProgress;
  const share = progress && progress.total ? progress.done.length / progress.total : 0;
  return (
    <article>
      <p className="eyebrow">{t(`svc.train.${course.audience}` as MessageKey)}</p>
      <h1>{course.title}</h1>
      <p className="lead">{course.summary}</p>
      {!signedIn && (
        <p>
          <Link className="button" to="/masuk">
            {t('svc.train.signIn')}
          </Link>
        </p>
      )}
      {signedIn && !progress?.enrolled && (
        <Form method="post">
          <input type="hidden" name="intent" value="enrol" />
          <input type="hidden" name="courseId" value={course.id} />
          <button className="button" type="submit">
            {t('svc.train.enrol')}
          </button>
        </Form>
      )}
      {progress?.enrolled && (
        <div data-testid="course-progress">
          <p>{t('svc.train.progress', { done: progress.done.length, total: progress.total })}</p>
          <div
            className="bar"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done.length}
          >
            <span style={{ width: `${share * 100}%` }} />
          </div>
        </div>
      )}
      <ol className="steps">
        {course.modules.map((m) => (
          <li key={m.id}>
            <h2 className="card-title">{m.title}</h2>
            <p>{m.body}</p>
            {m.url && (
              <p>
                <a href={m.url} rel="noopener noreferrer" target="_blank">
                  {t('svc.train.open')}
                </a>
              </p>
            )}
            {progress?.enrolled &&
              (progress.done.includes(m.id) ? (
                <span className="badge">{t('svc.train.isDone')}</span>
              ) : (
                <Form method="post">
                  <input type="hidden" name="moduleId" value={m.id} />
                  <button className="button button-light" type="submit">
                    {t('svc.train.done')}
                  </button>
                </Form>
              ))}
          </li>
        ))}
      </ol>
    </article>
  );
}
