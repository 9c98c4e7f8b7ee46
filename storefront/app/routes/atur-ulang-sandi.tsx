import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert, FormField } from '../components/FormField';
import { ResetPasswordMutation } from '../graphql/notifications';
import { tFromMatches, useT } from '../i18n';
import { toFormErrors } from '../server/forms.server';
import { execute } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';

/**
 * Sets a new password with the emailed link's token (`?token=`), or with the phone number and
 * the code sent to it (the form of /lupa-sandi posts here). Every session ends (decision 027),
 * so the user signs in again on /masuk with a notice.
 */
const FIELDS = ['phone', 'code', 'newPassword'] as const;

export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('recovery.reset.title')} · ${tFromMatches(matches)('site.name')}` },
  { name: 'robots', content: 'noindex' },
];

export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get('token') ?? '' };
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = getLocale(request);
  const form = await request.formData();
  const token = String(form.get('token') ?? '').trim();
  const phone = String(form.get('phone') ?? '').trim();
  const code = String(form.get('code') ?? '').trim();
  const newPassword = String(form.get('newPassword') ?? '');
  const input = token ? { token, newPassword } : { phone, code, newPassword };
  const result = await execute(request, ResetPasswordMutation, { input }, 'mutation');
  if (result.error) {
    const status = result.error.kind === 'network' ? 503 : result.error.code === 'TOO_MANY_REQUESTS' ? 429 : 400;
    return data({ errors: toFormErrors(result.error, locale, { known: FIELDS }), phone }, { status });
  }
  return redirect('/masuk?sandi=baru');
}

export default function ResetPassword() {
  const { t } = useT();
  const { token } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors.fields ?? {};
  const byCode = !token;
  return (
    <section className="auth-page" aria-labelledby="reset-title">
      <h1 id="reset-title">{t('recovery.reset.title')}</h1>
      <FormAlert message={actionData?.errors.form} />
      {byCode && <p>{t('recovery.reset.codeIntro')}</p>}
      <Form method="post" noValidate className="form">
        {token ? (
          <input type="hidden" name="token" value={token} />
        ) : (
          <>
            <FormField
              name="phone"
              type="tel"
              label={t('recovery.phone')}
              autoComplete="tel"
              inputMode="tel"
              required
              defaultValue={actionData?.phone}
              error={errors.phone}
            />
            <FormField
              name="code"
              label={t('recovery.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              error={errors.code}
            />
          </>
        )}
        <FormField
          name="newPassword"
          type="password"
          label={t('recovery.newPassword')}
          hint={t('recovery.newPasswordHint')}
          autoComplete="new-password"
          required
          error={errors.newPassword}
        />
        <button type="submit" className="button button-block">
          {t('recovery.reset.save')}
        </button>
      </Form>
      <p className="auth-switch">
        {byCode && <>{t('recovery.reset.noToken')} </>}
        <Link to="/lupa-sandi" className="tap-link">
          {t('recovery.reset.again')}
        </Link>
      </p>
    </section>
  );
}
