import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { ConfirmContactChangeMutation } from '../graphql/notifications';
import { tFromMatches, useT } from '../i18n';
import { requireSignedIn } from '../server/auth.server';
import { formMessage } from '../server/forms.server';
import { execute } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';

/**
 * The link sent to a new email (`?token=`, decision 027). Opening it changes nothing (mail
 * scanners open links); the signed-in owner confirms with the button.
 */
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('contact.confirm.title')} · ${tFromMatches(matches)('site.name')}` },
  { name: 'robots', content: 'noindex' },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  await requireSignedIn(request, { back: `${url.pathname}${url.search}` });
  return { token: url.searchParams.get('token') ?? '' };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireSignedIn(request);
  const locale = getLocale(request);
  const token = String((await request.formData()).get('token') ?? '');
  const result = await execute(request, ConfirmContactChangeMutation, { input: { token } }, 'mutation');
  if (result.error) return data({ error: formMessage(result.error, locale) }, { status: 400 });
  return redirect('/akun?kontak=baru#kontak');
}

export default function ConfirmContact() {
  const { t } = useT();
  const { token } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="auth-page" aria-labelledby="confirm-title">
      <h1 id="confirm-title">{t('contact.confirm.title')}</h1>
      <FormAlert message={actionData?.error} />
      <p>{t('contact.confirm.text')}</p>
      <Form method="post" className="form">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button button-block">
          {t('contact.confirm.button')}
        </button>
      </Form>
    </section>
  );
}
