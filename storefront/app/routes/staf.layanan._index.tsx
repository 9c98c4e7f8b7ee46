import { redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import { SetPublishedMutation, StaffServicesQuery } from '../graphql/services';
import { useT } from '../i18n';
import styles from '../styles/services.css?url';
import { publishForm } from '../server/form-schemas.server';
import { readForm } from '../server/forms.server';
import { errorResponse, execute, query } from '../server/graphql.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  return query(request, StaffServicesQuery, {});
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const form = await request.formData();
  const result = await execute(request, SetPublishedMutation, readForm(publishForm, form), 'mutation');
  if (result.error) throw errorResponse(result.error);
  return redirect('/staf/layanan');
}

export default function StaffCatalogue() {
  const { t } = useT();
  const { staffServices } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t('svc.staff.catalogue')}</h1>
      <p>
        <Link className="button" to="/staf/layanan/baru">
          {t('svc.staff.newService')}
        </Link>
      </p>
      <table className="svc-table">
        <tbody>
          {staffServices.map((s) => (
            <tr key={s.id}>
              <td>
                <Link to={`/layanan/${s.slug}`}>{s.name}</Link> ·{' '}
                <Link to={`/staf/layanan/${s.slug}`}>{t('svc.staff.edit')}</Link>
              </td>
              <td>{s.active ? t('svc.staff.published') : t('svc.staff.draft')}</td>
              <td>
                <Form method="post">
                  <input type="hidden" name="id" value={s.id} />
                  <input type="hidden" name="published" value={String(!s.active)} />
                  <button type="submit" className="button button-light">
                    {s.active ? t('svc.staff.unpublish') : t('svc.staff.publish')}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
