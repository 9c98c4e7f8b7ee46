import { data, type ActionFunctionArgs, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { Notice } from '../components/Notice';
import { toFormErrors } from '../server/forms.server';
import { readServiceInput } from '../server/service-input.server';
import { ServiceEditor, type EditableService } from '../components/services/ServiceEditor';
import { requireRole, STAFF_ROLES } from '../server/auth.server';
import { EditServiceQuery, UpdateServiceMutation } from '../graphql/services';
import { createT, useT } from '../i18n';
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
  const input = readServiceInput(await request.formData());
  if (!input) return data({ saved: false, error: createT(locale)('svc.staff.formJsonBad') }, { status: 400 });
  const result = await execute(request, UpdateServiceMutation, { id: service.id, input }, 'mutation');
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
