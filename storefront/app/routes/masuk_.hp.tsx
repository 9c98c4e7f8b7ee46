import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useSearchParams } from '@remix-run/react';
import { FormAlert, FormField } from '../components/FormField';
import { Notice } from '../components/Notice';
import { RequestSignInCodeMutation, SignInWithCodeMutation } from '../graphql/notifications';
import { tFromMatches, useT } from '../i18n';
import { toFormErrors } from '../server/forms.server';
import { execute } from '../server/graphql.server';
import { getLocale, safeRedirect } from '../server/locale.server';
import { createUserSession, getUser } from '../server/session.server';

/**
 * Signing in with a verified phone number and a one-time code (decision 027), the alternative to
 * a password for citizens without email: first the number (the same answer whether or not an
 * account has it), then the code sent by WhatsApp or SMS.
 */
const FIELDS = ['phone', 'code'] as const;

export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('signin.phone.title')} · ${tFromMatches(matches)('site.name')}` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect(safeRedirect(new URL(request.url).searchParams.get('redirectTo')));
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = getLocale(request);
  const form = await request.formData();
  const phone = String(form.get('phone') ?? '').trim();
  const status = (error: { kind: string; code?: string }) =>
    error.kind === 'network' ? 503 : error.code === 'TOO_MANY_REQUESTS' ? 429 : 400;
  if (form.get('intent') === 'code') {
    const code = String(form.get('code') ?? '').trim();
    const result = await execute(request, SignInWithCodeMutation, { input: { phone, code } }, 'mutation');
    if (result.error) {
      const errors = toFormErrors(result.error, locale, { known: FIELDS });
      // A wrong code answers UNAUTHENTICATED with the API's own message.
      return data({ errors, phone, codeSent: true }, { status: status(result.error) });
    }
    return createUserSession(request, result.data.signInWithCode, safeRedirect(form.get('redirectTo')));
  }
  const result = await execute(request, RequestSignInCodeMutation, { phone }, 'mutation');
  if (result.error)
    return data(
      { errors: toFormErrors(result.error, locale, { known: FIELDS }), phone, codeSent: false },
      { status: status(result.error) },
    );
  return data({ errors: null, phone, codeSent: true });
}

export default function SignInByPhone() {
  const { t } = useT();
  const actionData = useActionData<typeof action>();
  const redirectTo = useSearchParams()[0].get('redirectTo') ?? '';
  const errors = actionData?.errors?.fields ?? {};
  const codeSent = !!actionData?.codeSent;
  return (
    <section className="auth-page" aria-labelledby="phone-signin-title">
      <h1 id="phone-signin-title">{t('signin.phone.title')}</h1>
      {codeSent ? <Notice>{t('signin.phone.sent')}</Notice> : <p>{t('signin.phone.intro')}</p>}
      <FormAlert message={actionData?.errors?.form} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <input type="hidden" name="intent" value={codeSent ? 'code' : 'send'} />
        <FormField
          name="phone"
          type="tel"
          label={t('recovery.phone')}
          hint={t('auth.phoneHint')}
          autoComplete="tel"
          inputMode="tel"
          required
          readOnly={codeSent}
          defaultValue={actionData?.phone}
          error={errors.phone}
        />
        {codeSent && (
          <FormField
            name="code"
            label={t('recovery.code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            error={errors.code}
          />
        )}
        <button type="submit" className="button button-block">
          {codeSent ? t('auth.signIn') : t('recovery.forgot.sendCode')}
        </button>
      </Form>
      <p className="auth-switch">
        <Link to={redirectTo ? `/masuk?redirectTo=${encodeURIComponent(redirectTo)}` : '/masuk'} className="tap-link">
          {t('signin.byEmail')}
        </Link>
      </p>
    </section>
  );
}
