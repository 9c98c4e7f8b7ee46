import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
import { FormAlert, FormField } from '../components/FormField';
import { SignUpMutation } from '../graphql/auth';
import { tFromMatches, useT } from '../i18n';
import { signUpForm } from '../server/form-schemas.server';
import { parseForm, readFields, toFormErrors } from '../server/forms.server';
import { execute } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import { createUserSession, getUser } from '../server/session.server';

const FIELDS = ['name', 'email', 'password', 'phone'] as const;

export const meta: MetaFunction = ({ matches }) => {
  const t = tFromMatches(matches);
  return [{ title: `${t('auth.signUp.title')} · ${t('site.name')}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect('/');
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = getLocale(request);
  const { password, ...values } = readFields(await request.formData(), FIELDS);
  const parsed = parseForm(signUpForm, { ...values, password }, locale);
  if (parsed.errors) return data({ errors: parsed.errors, values }, { status: 400 });

  const input = parsed.data;
  const result = await execute(request, SignUpMutation, { input }, 'mutation');
  if (result.error) {
    const status = result.error.kind === 'network' ? 503 : 400;
    return data({ errors: toFormErrors(result.error, locale, { known: FIELDS }), values }, { status });
  }
  return createUserSession(request, result.data.signUp);
}

export default function SignUp() {
  const { t } = useT();
  const actionData = useActionData<typeof action>();
  const submitting = useNavigation().state === 'submitting';
  const errors = actionData?.errors.fields ?? {};
  const values = actionData?.values;
  return (
    <section className="auth-page" aria-labelledby="signup-title">
      <h1 id="signup-title">{t('auth.signUp.title')}</h1>
      <FormAlert message={actionData?.errors.form} />
      <Form method="post" noValidate className="form">
        <FormField
          name="name"
          label={t('auth.name')}
          autoComplete="name"
          required
          defaultValue={values?.name}
          error={errors.name}
        />
        <FormField
          name="email"
          type="email"
          label={t('auth.email')}
          autoComplete="email"
          inputMode="email"
          required
          defaultValue={values?.email}
          error={errors.email}
        />
        <FormField
          name="password"
          type="password"
          label={t('auth.password')}
          autoComplete="new-password"
          required
          error={errors.password}
        />
        <FormField
          name="phone"
          type="tel"
          label={t('auth.phone')}
          hint={t('auth.phoneHint')}
          autoComplete="tel"
          inputMode="tel"
          defaultValue={values?.phone}
          error={errors.phone}
        />
        <button type="submit" className="button button-block" disabled={submitting}>
          {submitting ? t('auth.submitting') : t('auth.signUp')}
        </button>
      </Form>
      <p className="auth-switch">
        {t('auth.haveAccount')} <Link to="/masuk">{t('auth.signIn')}</Link>
      </p>
    </section>
  );
}
