import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { FormAlert, FormField } from '../components/FormField';
import { Notice } from '../components/Notice';
import { SignInMutation } from '../graphql/auth';
import { tFromMatches, useT } from '../i18n';
import { signInForm } from '../server/form-schemas.server';
import { parseForm, readFields, toFormErrors } from '../server/forms.server';
import { execute } from '../server/graphql.server';
import { getLocale, safeRedirect } from '../server/locale.server';
import { createUserSession, getUser } from '../server/session.server';

const FIELDS = ['email', 'password'] as const;

export const meta: MetaFunction = ({ matches }) => {
  const t = tFromMatches(matches);
  return [{ title: `${t('auth.signIn.title')} · ${t('site.name')}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect(safeRedirect(new URL(request.url).searchParams.get('redirectTo')));
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = getLocale(request);
  const form = await request.formData();
  const values = readFields(form, FIELDS);
  const parsed = parseForm(signInForm, values, locale);
  if (parsed.errors) return data({ errors: parsed.errors, email: values.email }, { status: 400 });

  const result = await execute(request, SignInMutation, { input: parsed.data }, 'mutation');
  if (result.error) {
    const status = result.error.kind === 'network' ? 503 : result.error.code === 'TOO_MANY_REQUESTS' ? 429 : 400;
    return data({ errors: toFormErrors(result.error, locale, { known: FIELDS }), email: values.email }, { status });
  }
  return createUserSession(request, result.data.signIn, safeRedirect(form.get('redirectTo')));
}

export default function SignIn() {
  const { t } = useT();
  const actionData = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const errors = actionData?.errors.fields ?? {};
  const [params] = useSearchParams();
  const redirectTo = params.get('redirectTo') ?? '';
  return (
    <section className="auth-page" aria-labelledby="signin-title">
      <h1 id="signin-title">{t('auth.signIn.title')}</h1>
      {params.get('sandi') === 'baru' && (
        <Notice>
          <span data-testid="password-changed">{t('recovery.reset.done')}</span>
        </Notice>
      )}
      <FormAlert message={actionData?.errors.form} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <FormField
          name="email"
          type="email"
          label={t('auth.email')}
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={actionData?.email}
          error={errors.email}
        />
        <FormField
          name="password"
          type="password"
          label={t('auth.password')}
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <button type="submit" className="button button-block" disabled={submitting}>
          {submitting ? t('auth.submitting') : t('auth.signIn')}
        </button>
      </Form>
      <p className="auth-switch">
        <Link to="/lupa-sandi" className="tap-link">
          {t('recovery.forgotLink')}
        </Link>
      </p>
      <p>
        <Link
          to={redirectTo ? `/masuk/hp?redirectTo=${encodeURIComponent(redirectTo)}` : '/masuk/hp'}
          className="tap-link"
        >
          {t('signin.byPhone')}
        </Link>
      </p>
      <p className="auth-switch">
        {t('auth.noAccount')} <Link to="/daftar">{t('auth.signUp')}</Link>
      </p>
    </section>
  );
}
