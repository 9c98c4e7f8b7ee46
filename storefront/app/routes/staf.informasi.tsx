import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import { SavePostMutation, SetPostPublishedMutation, StaffPostsQuery } from '../graphql/services';
import { useT, type MessageKey } from '../i18n';
import styles from '../styles/services.css?url';
import { errorResponse, execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import { postForm, publishForm } from '../server/form-schemas.server';
import { parseForm, readForm, toFormErrors } from '../server/forms.server';
import { upload } from '../server/upload.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
const KINDS = ['NEWS', 'EVENT', 'TOURISM', 'CULINARY'];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  return query(request, StaffPostsQuery, {});
}

/** A cover the services subgraph refuses or cannot take leaves the post without one, as before. */
async function uploadCover(request: Request, file: FormDataEntryValue | null): Promise<string | null> {
  if (!file || typeof file === 'string' || file.size === 0) return null;
  const result = await upload(request, { kind: 'cover' }, file);
  return result.ok ? result.key : null;
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const form = await request.formData();
  if (form.get('intent') === 'publish') {
    const result = await execute(request, SetPostPublishedMutation, readForm(publishForm, form), 'mutation');
    if (result.error) throw errorResponse(result.error);
    return redirect('/staf/informasi');
  }
  const post = parseForm(postForm, form, getLocale(request));
  if (post.errors) return data({ errors: post.errors }, { status: 400 });
  const input = { ...post.data, coverKey: await uploadCover(request, form.get('cover')) };
  const result = await execute(request, SavePostMutation, { input }, 'mutation');
  if (result.error)
    return data({ errors: toFormErrors(result.error, getLocale(request), { under: 'answers.' }) }, { status: 400 });
  return redirect('/staf/informasi');
}

export default function StaffPosts() {
  const { t } = useT();
  const { staffPosts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const field = (name: string, label: string, input = <input id={`post-${name}`} name={name} required />) => (
    <div className="field">
      <label htmlFor={`post-${name}`}>{label}</label>
      {input}
      {actionData?.errors.fields[name] && <p className="field-error">{actionData.errors.fields[name]}</p>}
    </div>
  );
  return (
    <section>
      <h1>{t('svc.staff.posts')}</h1>
      <table className="svc-table">
        <tbody>
          {staffPosts.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/informasi/${p.slug}`}>{p.title}</Link>
              </td>
              <td>{t(`svc.info.${p.kind}` as MessageKey)}</td>
              <td className="muted">{p.villageCode ?? t('ovs.regencyWide')}</td>
              <td>
                <Form method="post">
                  <input type="hidden" name="intent" value="publish" />
                  <input type="hidden" name="id" value={p.id} />
                  <input type="hidden" name="published" value={String(!p.publishedAt)} />
                  <button className="button button-light" type="submit">
                    {p.publishedAt ? t('svc.staff.unpublish') : t('svc.staff.publish')}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('svc.staff.newPost')}</h2>
      <FormAlert message={actionData?.errors.form} />
      <Form method="post" encType="multipart/form-data" className="svc-form">
        {field('title', 'Judul / Title')}
        {field('slug', 'Slug')}
        {field(
          'kind',
          'Jenis / Kind',
          <select id="post-kind" name="kind">
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`svc.info.${k}` as MessageKey)}
              </option>
            ))}
          </select>,
        )}
        {field('summary', 'Ringkasan / Summary')}
        {field('body', 'Isi / Body', <textarea id="post-body" name="body" rows={6} required />)}
        {field('eventAt', t('svc.info.when'), <input id="post-eventAt" name="eventAt" type="datetime-local" />)}
        {field('place', t('svc.info.place'), <input id="post-place" name="place" />)}
        {field(
          'cover',
          t('svc.staff.cover'),
          <input id="post-cover" name="cover" type="file" accept="image/jpeg,image/png" />,
        )}
        <button className="button" type="submit">
          {t('svc.staff.save')}
        </button>
      </Form>
    </section>
  );
}
