import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { Notice } from '../components/Notice';
import { serviceForm } from '../server/form-schemas.server';
import { parseForm, toFormErrors } from '../server/forms.server';
import { ServiceEditor, type EditableService } from '../components/services/ServiceEditor';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import { EditServiceQuery, UpdateServiceMutation } from '../graphql/services';
import { useT } from '../i18n';
import styles from '../styles/services.css?url';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];

async function load(request: Request, slug: string): Promise<EditableService> {
  const { service } = await query(request, EditServiceQuery, { slug });
  if (!service) throw new Response('Not Found', { status: 404 });
  return service;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  return { service: await load(request, params.slug ?? '') };
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, STAFF_ROLES);
  const locale = getLocale(request);
  const service = await load(request, params.slug ?? '');
  const parsed = parseForm(serviceForm, await request.formData(), locale);
  if (parsed.errors) return data({ saved: false, error: Object.values(parsed.errors.fields)[0] }, { status: 400 });
  const result = await execute(request, UpdateServiceMutation, { id: service.id, input: parsed.data }, 'mutation');
  if (result.error) {
    const errors = toFormErrors(result.error, locale, { under: 'answers.' });
    return data({ saved: false, error: errors.form ?? Object.values(errors.fields)[0] }, { status: 400 });
  }
  return { saved: true, error: undefined };
}

export default function EditService() {
  const { t } = useT();
  const { service } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section>
      <h1>{service.name}</h1>
      {actionData?.saved && <Notice>{t('svc.staff.saved')}</Notice>}
      <FormAlert message={actionData?.error} />
      <ServiceEditor service={service} />
    </section>
  );
}
