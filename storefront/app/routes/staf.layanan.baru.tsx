import { data, redirect, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { toFormErrors } from '../server/forms.server';
import { serviceForm } from '../server/form-schemas.server';
import { parseForm } from '../server/forms.server';
import { EMPTY_SERVICE, ServiceEditor } from '../components/services/ServiceEditor';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import { CatalogueQuery, CreateServiceMutation } from '../graphql/services';
import { useT } from '../i18n';
import styles from '../styles/services.css?url';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import { staffVillage } from '../server/village-choice.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const [{ serviceCategories }, { villageCode, villages, regency }] = await Promise.all([
    query(request, CatalogueQuery, {}),
    staffVillage(request),
  ]);
  return { categories: serviceCategories.map(({ code, name }) => ({ code, name })), villageCode, villages, regency };
}

/**
 * A new service starts unpublished; staff publish it from the catalogue list. Village staff add
 * their village's own service; the regency admin a regency template (or a village's service).
 */
export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const locale = getLocale(request);
  const form = await request.formData();
  const parsed = parseForm(serviceForm, form, locale);
  if (parsed.errors) return data({ error: Object.values(parsed.errors.fields)[0] }, { status: 400 });
  const input = parsed.data;
  const slug = String(form.get('slug') ?? '').trim();
  const result = await execute(
    request,
    CreateServiceMutation,
    {
      slug,
      categoryCode: String(form.get('categoryCode') ?? ''),
      input,
      villageCode: String(form.get('villageCode') ?? '').trim() || null,
    },
    'mutation',
  );
  if (result.error) {
    const errors = toFormErrors(result.error, locale, { under: 'answers.' });
    return data({ error: errors.form ?? Object.values(errors.fields)[0] }, { status: 400 });
  }
  return redirect('/staf/layanan');
}

export default function NewService() {
  const { t } = useT();
  const actionData = useActionData<typeof action>();
  const { categories, villageCode, villages, regency } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t('svc.staff.newService')}</h1>
      <FormAlert message={actionData?.error} />
      <ServiceEditor
        service={EMPTY_SERVICE}
        categories={categories}
        place={
          regency ? (
            <label>
              {t('svc.village.choose')}
              <select name="villageCode" defaultValue="">
                <option value="">{t('svc.new.template')}</option>
                {villages.map((v) => (
                  <option key={v.code} value={v.code}>
                    {v.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <input type="hidden" name="villageCode" value={villageCode ?? ''} />
          )
        }
      />
    </section>
  );
}
