import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { readAnswers } from '../server/answers.server';
import { toFormErrors } from '../server/forms.server';
import { DynamicField } from '../components/services/DynamicField';
import { requireSignedIn } from '../server/auth.server';
import { ServiceFormQuery, SubmitRequestMutation } from '../graphql/services';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/services.css?url';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import { chooseVillage } from '../server/village-choice.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data: d, matches }) => [
  { title: `${tFromMatches(matches)('svc.apply.title')} · ${d?.service.name ?? ''}` },
];

/** The form of the service as the chosen village (`?desa=`) offers it: its extra fields included. */
async function load(request: Request, slug: string) {
  const { villageCode, villages } = await chooseVillage(request);
  const { service } = await query(request, ServiceFormQuery, { slug, villageCode });
  if (!service || !service.active) throw new Response('Not Found', { status: 404 });
  const villageName = villages.find((v) => v.code === villageCode)?.name ?? villageCode;
  return { service, villageCode, villageName };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSignedIn(request);
  return load(request, params.slug ?? '');
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireSignedIn(request);
  const locale = getLocale(request);
  const { service, villageCode } = await load(request, params.slug ?? '');
  const { answers, values, errors } = await readAnswers(request, await request.formData(), service.formFields, locale);
  if (Object.keys(errors).length) return data({ errors: { fields: errors }, values }, { status: 400 });
  const result = await execute(
    request,
    SubmitRequestMutation,
    { slug: service.slug, answers, villageCode },
    'mutation',
  );
  if (result.error)
    return data({ errors: toFormErrors(result.error, locale, { under: 'answers.' }), values }, { status: 400 });
  return redirect(`/akun/permohonan/${result.data.submitServiceRequest.id}?baru=1`);
}

export default function Apply() {
  const { t } = useT();
  const { service, villageCode, villageName } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const errors: Record<string, string | undefined> = actionData?.errors.fields ?? {};
  const form = actionData && 'form' in actionData.errors ? (actionData.errors.form as string | undefined) : undefined;
  return (
    <section aria-labelledby="apply-title">
      <p className="eyebrow">{service.name}</p>
      <h1 id="apply-title">{t('svc.apply.title')}</h1>
      <p className="muted" data-testid="apply-village">
        {t('svc.village.applyTo', { name: villageName })}
      </p>
      {service.requirements.length > 0 && (
        <details>
          <summary>{t('service.requirements')}</summary>
          <ul className="checklist">
            {service.requirements.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
      <FormAlert message={form} />
      <Form
        method="post"
        action={`?desa=${encodeURIComponent(villageCode)}`}
        encType="multipart/form-data"
        noValidate
        className="svc-form"
      >
        {service.formFields.map((field) => (
          <DynamicField key={field.key} field={field} value={actionData?.values[field.key]} error={errors[field.key]} />
        ))}
        <button type="submit" className="button" disabled={submitting}>
          {t('svc.apply.submit')}
        </button>
      </Form>
    </section>
  );
}
