import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { Notice } from '../components/Notice';
import { UnsubscribeEmailMutation } from '../graphql/notifications';
import { createT, tFromMatches, useT } from '../i18n';
import { formMessage } from '../server/forms.server';
import { execute } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';

/**
 * The unsubscribe link of an email (`?token=`, signed by notifications: user and event group).
 * Opening it changes nothing (mail scanners open links); the button below does. No sign-in needed.
 */
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('notif.unsub.title')} · ${tFromMatches(matches)('site.name')}` },
  { name: 'robots', content: 'noindex' },
];

export function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  return { token: params.get('token') ?? '', done: params.get('selesai') === '1' };
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = getLocale(request);
  const token = String((await request.formData()).get('token') ?? '');
  if (!token) return data({ error: createT(locale)('notif.unsub.invalid') }, { status: 400 });
  const result = await execute(request, UnsubscribeEmailMutation, { token }, 'mutation');
  if (result.error) return data({ error: formMessage(result.error, locale) }, { status: 400 });
  if (!result.data.unsubscribeEmail) return data({ error: createT(locale)('notif.unsub.invalid') }, { status: 400 });
  return redirect('/akun/notifikasi/berhenti?selesai=1');
}

export default function Unsubscribe() {
  const { t } = useT();
  const { token, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <section className="auth-page" aria-labelledby="unsub-title">
      <h1 id="unsub-title">{t('notif.unsub.title')}</h1>
      {done ? (
        <Notice>
          <span data-testid="unsubscribed">{t('notif.unsub.done')}</span>
        </Notice>
      ) : token ? (
        <>
          <FormAlert message={actionData?.error} />
          <p>{t('notif.unsub.text')}</p>
          <Form method="post" className="form">
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="button button-block">
              {t('notif.unsub.confirm')}
            </button>
          </Form>
        </>
      ) : (
        <FormAlert message={t('notif.unsub.invalid')} />
      )}
      <p className="auth-switch">
        <Link to="/akun/notifikasi/pengaturan" className="tap-link">
          {t('notif.unsub.settings')}
        </Link>
      </p>
    </section>
  );
}
