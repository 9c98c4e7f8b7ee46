import { data, redirect, type ActionFunctionArgs, type LinksFunction, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useSearchParams } from '@remix-run/react';
import { FormAlert, FormField } from '../components/FormField';
import { Notice } from '../components/Notice';
import { RequestPasswordResetMutation } from '../graphql/notifications';
import { tFromMatches, useT } from '../i18n';
import { toFormErrors } from '../server/forms.server';
import { execute } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import styles from '../styles/notifications.css?url';

/**
 * "Lupa kata sandi?": a reset link by email, or a code to a verified phone (decision 027). The
 * answer is the same whether or not an account matches; the phone's code is entered on
 * /atur-ulang-sandi together with the new password.
 */
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('recovery.forgot.title')} · ${tFromMatches(matches)('site.name')}` },
];

export async function action({ request }: ActionFunctionArgs) {
  const locale = getLocale(request);
  const form = await request.formData();
  const byPhone = form.get('intent') === 'phone';
  const email = String(form.get('email') ?? '').trim();
  const phone = String(form.get('phone') ?? '').trim();
  const input = byPhone ? { phone } : { email };
  const result = await execute(request, RequestPasswordResetMutation, { input }, 'mutation');
  if (result.error) {
    const status = result.error.kind === 'network' ? 503 : result.error.code === 'TOO_MANY_REQUESTS' ? 429 : 400;
    const errors = toFormErrors(result.error, locale);
    // The API names `email` when neither was given; on the phone form that is the phone field.
    if (byPhone && errors.fields.email) errors.fields = { phone: errors.fields.email };
    return data({ errors, byPhone, email, phone, sentTo: null }, { status });
  }
  if (!byPhone) return redirect('/lupa-sandi?terkirim=1');
  return data({ errors: null, byPhone, email, phone, sentTo: phone });
}

export default function ForgotPassword() {
  const { t } = useT();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errors = actionData?.errors;
  const emailErrors = actionData && !actionData.byPhone ? errors : null;
  const phoneErrors = actionData?.byPhone ? errors : null;
  if (actionData?.sentTo)
    return (
      <section className="auth-page" aria-labelledby="forgot-title">
        <h1 id="forgot-title">{t('recovery.reset.title')}</h1>
        <Notice>{t('recovery.forgot.sent')}</Notice>
        <p>{t('recovery.reset.codeIntro')}</p>
        <Form method="post" action="/atur-ulang-sandi" noValidate className="form">
          <FormField
            name="phone"
            type="tel"
            label={t('recovery.phone')}
            autoComplete="tel"
            inputMode="tel"
            required
            defaultValue={actionData.sentTo}
          />
          <FormField
            name="code"
            label={t('recovery.code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
          />
          <FormField
            name="newPassword"
            type="password"
            label={t('recovery.newPassword')}
            hint={t('recovery.newPasswordHint')}
            autoComplete="new-password"
            required
          />
          <button type="submit" className="button button-block">
            {t('recovery.reset.save')}
          </button>
        </Form>
      </section>
    );
  return (
    <section className="auth-page" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('recovery.forgot.title')}</h1>
      {params.get('terkirim') && (
        <Notice>
          <span data-testid="reset-sent">{t('recovery.forgot.sent')}</span>
        </Notice>
      )}
      <p>{t('recovery.forgot.intro')}</p>
      <FormAlert message={emailErrors?.form} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="intent" value="email" />
        <FormField
          name="email"
          type="email"
          label={t('auth.email')}
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={actionData?.email}
          error={emailErrors?.fields.email}
        />
        <button type="submit" className="button button-block">
          {t('recovery.forgot.send')}
        </button>
      </Form>

      <section className="notif-section" aria-labelledby="by-phone-title">
        <h2 id="by-phone-title">{t('recovery.forgot.byPhone')}</h2>
        <p>{t('recovery.forgot.byPhoneIntro')}</p>
        <FormAlert message={phoneErrors?.form} />
        <Form method="post" noValidate className="form">
          <input type="hidden" name="intent" value="phone" />
          <FormField
            name="phone"
            type="tel"
            label={t('recovery.phone')}
            hint={t('auth.phoneHint')}
            autoComplete="tel"
            inputMode="tel"
            required
            defaultValue={actionData?.phone}
            error={phoneErrors?.fields.phone}
          />
          <button type="submit" className="button button-block button-ghost">
            {t('recovery.forgot.sendCode')}
          </button>
        </Form>
      </section>
      <p className="auth-switch">
        <Link to="/masuk" className="tap-link">
          {t('auth.signIn')}
        </Link>
      </p>
    </section>
  );
}
