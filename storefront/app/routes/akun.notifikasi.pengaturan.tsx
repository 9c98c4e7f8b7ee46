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
import {
  ConfirmContactChangeMutation,
  NotificationSettingsQuery,
  RequestContactChangeMutation,
  RequestPhoneVerificationMutation,
  SetNotificationPreferenceMutation,
  VerifyPhoneMutation,
} from '../graphql/notifications';
import { tFromMatches, useT, type MessageKey } from '../i18n';
import { requireSignedIn } from '../server/auth.server';
import { formMessage, toFormErrors } from '../server/forms.server';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import type { SessionUser } from '../server/session.server';
import styles from '../styles/notifications.css?url';

const HERE = '/akun/notifikasi/pengaturan';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('notif.settings.title')} · ${tFromMatches(matches)('site.name')}` },
];

/** Groups a user can have news of: a shop's only for sellers, staff tasks only for office holders. */
function groupsFor(user: SessionUser): string[] {
  const office = !!user.memberships?.length || user.roles.includes('STAFF') || user.roles.includes('ADMIN');
  return [
    'ORDERS',
    'REQUESTS',
    'COMPLAINTS',
    ...(user.roles.includes('SELLER') ? ['SHOP'] : []),
    ...(office ? ['STAFF'] : []),
  ];
}

const CHANNELS = ['IN_APP', 'EMAIL', 'WHATSAPP', 'SMS'] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireSignedIn(request, { back: HERE });
  const settings = await query(request, NotificationSettingsQuery, {});
  return { ...settings, groups: groupsFor(user) };
}

type CodeStep = { codeFor: 'verify' | 'change'; phone: string };

export async function action({ request }: ActionFunctionArgs) {
  await requireSignedIn(request, { back: HERE });
  const locale = getLocale(request);
  const form = await request.formData();
  const intent = form.get('intent');
  const fail = (error: Parameters<typeof formMessage>[0], step?: CodeStep) =>
    data({ error: formMessage(error, locale), fieldErrors: toFormErrors(error, locale).fields, step }, { status: 400 });

  if (intent === 'save') {
    const { myNotificationPreferences } = await query(request, NotificationSettingsQuery, {});
    // Only what changed, and only what the user may change (in-app and account messages always go).
    for (const p of myNotificationPreferences) {
      if (!p.changeable) continue;
      const wanted = form.get(`${p.channel}:${p.group}`) === 'on';
      if (wanted === p.enabled) continue;
      const result = await execute(
        request,
        SetNotificationPreferenceMutation,
        { channel: p.channel, group: p.group, enabled: wanted },
        'mutation',
      );
      if (result.error) return fail(result.error);
    }
    return redirect(`${HERE}?disimpan=1`);
  }

  if (intent === 'send-code') {
    const { me } = await query(request, NotificationSettingsQuery, {});
    const result = await execute(request, RequestPhoneVerificationMutation, {}, 'mutation');
    if (result.error) return fail(result.error);
    return data({
      step: { codeFor: 'verify', phone: me?.phone ?? '' } satisfies CodeStep,
      error: undefined,
      fieldErrors: {},
    });
  }

  if (intent === 'add-phone') {
    const phone = String(form.get('phone') ?? '').trim();
    const result = await execute(request, RequestContactChangeMutation, { input: { phone } }, 'mutation');
    if (result.error) return fail(result.error);
    return data({ step: { codeFor: 'change', phone } satisfies CodeStep, error: undefined, fieldErrors: {} });
  }

  if (intent === 'verify') {
    const code = String(form.get('code') ?? '').trim();
    const step: CodeStep = {
      codeFor: form.get('codeFor') === 'change' ? 'change' : 'verify',
      phone: String(form.get('phone') ?? ''),
    };
    const result =
      step.codeFor === 'change'
        ? await execute(request, ConfirmContactChangeMutation, { input: { code } }, 'mutation')
        : await execute(request, VerifyPhoneMutation, { code }, 'mutation');
    if (result.error) return fail(result.error, step);
    return redirect(`${HERE}?terverifikasi=1`);
  }
  throw new Response('Bad Request', { status: 400 });
}

export default function NotificationSettings() {
  const { t } = useT();
  const { me, myNotificationPreferences: prefs, groups } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const step = actionData?.step;
  const fieldErrors: Record<string, string | undefined> = actionData?.fieldErrors ?? {};
  const pref = (channel: string, group: string) => prefs.find((p) => p.channel === channel && p.group === group);
  return (
    <section aria-labelledby="settings-title">
      <p>
        <Link to="/akun/notifikasi" className="tap-link">
          ← {t('notif.title')}
        </Link>
      </p>
      <h1 id="settings-title">{t('notif.settings.title')}</h1>
      {params.get('disimpan') && <Notice>{t('notif.settings.saved')}</Notice>}
      {params.get('terverifikasi') && <Notice>{t('notif.phone.verifiedNotice')}</Notice>}
      <FormAlert message={actionData?.error} />
      <p>{t('notif.settings.intro')}</p>
      {!me?.phoneVerified && <Notice tone="warning">{t('notif.settings.phoneNeeded')}</Notice>}

      <Form method="post" className="form" data-testid="preferences">
        <input type="hidden" name="intent" value="save" />
        <div className="notif-groups">
          {groups.map((group) => (
            <fieldset key={group} className="notif-group">
              <legend>{t(`notif.group.${group}` as MessageKey)}</legend>
              <div className="notif-channels">
                {CHANNELS.map((channel) => {
                  const p = pref(channel, group);
                  if (!p) return null;
                  return (
                    <label key={channel} data-disabled={p.changeable ? undefined : ''}>
                      <input
                        type="checkbox"
                        name={`${channel}:${group}`}
                        defaultChecked={p.enabled}
                        disabled={!p.changeable}
                      />
                      {t(`notif.channel.${channel}` as MessageKey)}
                    </label>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </div>
        <p className="hint">{t('notif.settings.account')}</p>
        <div>
          <button type="submit" className="button">
            {t('notif.settings.save')}
          </button>
        </div>
      </Form>

      <section className="notif-section" aria-labelledby="quiet-title">
        <h2 id="quiet-title">{t('notif.settings.quietTitle')}</h2>
        <p>{t('notif.settings.quiet')}</p>
      </section>

      <section className="notif-section" aria-labelledby="phone-title" data-testid="phone-section">
        <h2 id="phone-title">{t('notif.phone.title')}</h2>
        {me?.phone ? (
          <p>
            <strong>{me.phone}</strong>{' '}
            <span className={me.phoneVerified ? 'badge' : 'badge badge-muted'} data-testid="phone-state">
              {t(me.phoneVerified ? 'notif.phone.verified' : 'notif.phone.unverified')}
            </span>
          </p>
        ) : (
          <p>{t('notif.phone.none')}</p>
        )}
        {step ? (
          <Form method="post" className="notif-inline-form">
            <Notice>{t('notif.phone.codeSent', { phone: step.phone })}</Notice>
            <input type="hidden" name="intent" value="verify" />
            <input type="hidden" name="codeFor" value={step.codeFor} />
            <input type="hidden" name="phone" value={step.phone} />
            <FormField
              name="code"
              label={t('notif.phone.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              required
              error={fieldErrors.code ?? fieldErrors.token}
            />
            <div>
              <button type="submit" className="button">
                {t('notif.phone.verify')}
              </button>
            </div>
          </Form>
        ) : me?.phone && !me.phoneVerified ? (
          <Form method="post" className="notif-inline-form">
            <input type="hidden" name="intent" value="send-code" />
            <div>
              <button type="submit" className="button">
                {t('notif.phone.sendCode')}
              </button>
            </div>
          </Form>
        ) : me?.phone ? (
          <p>
            <Link to="/akun#kontak" className="tap-link">
              {t('notif.phone.change')}
            </Link>
          </p>
        ) : (
          <Form method="post" className="notif-inline-form">
            <input type="hidden" name="intent" value="add-phone" />
            <FormField
              name="phone"
              type="tel"
              label={t('notif.phone.new')}
              hint={t('auth.phoneHint')}
              autoComplete="tel"
              inputMode="tel"
              required
              error={fieldErrors.phone}
            />
            <div>
              <button type="submit" className="button">
                {t('notif.phone.add')}
              </button>
            </div>
          </Form>
        )}
      </section>
    </section>
  );
}
