import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react';
import { FormAlert, FormField } from '../components/FormField';
import { Notice } from '../components/Notice';
import { ConfirmContactChangeMutation, MyContactQuery, RequestContactChangeMutation } from '../graphql/notifications';
import { requireSignedIn } from '../server/auth.server';
import { toFormErrors } from '../server/forms.server';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/notifications.css?url';
import servicesStyles from '../styles/services.css?url';

const CONTACT_FIELDS = ['email', 'phone', 'code'] as const;

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: servicesStyles },
  { rel: 'stylesheet', href: styles },
];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.account.title')} · ${tFromMatches(matches)('site.name')}` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSignedIn(request, { back: '/akun' });
  return query(request, MyContactQuery, {});
}

/**
 * A new email or phone is confirmed on the new address first (decision 027): the email by the
 * link sent to it (/akun/konfirmasi-kontak), the phone by the code entered here.
 */
export async function action({ request }: ActionFunctionArgs) {
  await requireSignedIn(request, { back: '/akun' });
  const locale = getLocale(request);
  const form = await request.formData();
  const intent = form.get('intent');
  const value = (name: string) => String(form.get(name) ?? '').trim();
  if (intent === 'email' || intent === 'phone') {
    const input = intent === 'email' ? { email: value('email') } : { phone: value('phone') };
    const result = await execute(request, RequestContactChangeMutation, { input }, 'mutation');
    if (result.error) {
      const errors = toFormErrors(result.error, locale, { known: CONTACT_FIELDS });
      return data({ intent, errors, sent: null, phone: value('phone') }, { status: 400 });
    }
    return data({ intent, errors: null, sent: intent, phone: value('phone') });
  }
  if (intent === 'code') {
    const result = await execute(request, ConfirmContactChangeMutation, { input: { code: value('code') } }, 'mutation');
    if (result.error) {
      const errors = toFormErrors(result.error, locale, { known: CONTACT_FIELDS });
      return data({ intent, errors, sent: 'phone' as const, phone: value('phone') }, { status: 400 });
    }
    return redirect('/akun?kontak=baru#kontak');
  }
  throw new Response('Bad Request', { status: 400 });
}

export default function Account() {
  const { t } = useT();
  const { me } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errorsOf = (intent: string) => (actionData?.intent === intent ? actionData.errors : null);
  const emailErrors = errorsOf('email');
  const phoneErrors = errorsOf('phone') ?? errorsOf('code');
  return (
    <section>
      <h1>{t('svc.account.title')}</h1>
      <ul className="svc-links">
        <li>
          <Link className="card" to="/akun/pesanan">
            {t('svc.account.orders')}
          </Link>
        </li>
        <li>
          <Link className="card" to="/akun/permohonan">
            {t('svc.account.requests')}
          </Link>
        </li>
        <li>
          <Link className="card" to="/akun/notifikasi">
            {t('notif.title')}
          </Link>
        </li>
        <li>
          <Link className="card" to="/akun/notifikasi/pengaturan">
            {t('notif.settings.title')}
          </Link>
        </li>
      </ul>

      <section className="notif-section" id="kontak" aria-labelledby="contact-title">
        <h2 id="contact-title">{t('contact.title')}</h2>
        {params.get('kontak') === 'baru' && <Notice>{t('contact.changed')}</Notice>}
        <dl className="facts facts-row contact-facts">
          <div>
            <dt>{t('contact.email')}</dt>
            <dd>{me?.email ?? t('contact.none')}</dd>
          </div>
          <div>
            <dt>{t('contact.phone')}</dt>
            <dd>
              {me?.phone ?? t('contact.none')}{' '}
              {me?.phone && (
                <span className={me.phoneVerified ? 'badge' : 'badge badge-muted'}>
                  {t(me.phoneVerified ? 'notif.phone.verified' : 'notif.phone.unverified')}
                </span>
              )}
            </dd>
          </div>
        </dl>

        <FormAlert message={emailErrors?.form} />
        {actionData?.sent === 'email' && <Notice>{t('contact.emailSent')}</Notice>}
        <Form method="post" noValidate className="notif-inline-form">
          <input type="hidden" name="intent" value="email" />
          <FormField
            name="email"
            type="email"
            label={t('contact.newEmail')}
            autoComplete="email"
            inputMode="email"
            required
            error={emailErrors?.fields.email}
          />
          <div>
            <button type="submit" className="button button-ghost">
              {t('contact.changeEmail')}
            </button>
          </div>
        </Form>

        <FormAlert message={phoneErrors?.form} />
        {actionData?.sent === 'phone' ? (
          <Form method="post" noValidate className="notif-inline-form">
            <Notice>{t('contact.phoneSent')}</Notice>
            <input type="hidden" name="intent" value="code" />
            <input type="hidden" name="phone" value={actionData.phone} />
            <FormField
              name="code"
              label={t('notif.phone.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              error={phoneErrors?.fields.code}
            />
            <div>
              <button type="submit" className="button">
                {t('contact.confirmCode')}
              </button>
            </div>
          </Form>
        ) : (
          <Form method="post" noValidate className="notif-inline-form">
            <input type="hidden" name="intent" value="phone" />
            <FormField
              name="phone"
              type="tel"
              label={t('contact.newPhone')}
              hint={t('auth.phoneHint')}
              autoComplete="tel"
              inputMode="tel"
              required
              error={phoneErrors?.fields.phone}
            />
            <div>
              <button type="submit" className="button button-ghost">
                {t('contact.changePhone')}
              </button>
            </div>
          </Form>
        )}
      </section>
    </section>
  );
}
