import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { Notice } from '../components/Notice';
import { StatusBadge, Timeline, useDateTime } from '../components/services/status';
import { TrackRequestQuery } from '../graphql/services';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/services.css?url';
import { trackForm } from '../server/form-schemas.server';
import { readForm } from '../server/forms.server';
import { querySection } from '../server/graphql.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.track.title')} · ${tFromMatches(matches)('site.name')}` },
];

/** GET form: the code and the last four NIK digits; nothing personal is shown. */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { kode: code, nik } = readForm(trackForm, params);
  if (!code || !nik) return { code, nik, searched: false, tracked: null };
  const result = await querySection(request, TrackRequestQuery, { code, nik });
  return { code, nik, searched: true, tracked: result?.trackServiceRequest ?? null };
}

export default function Track() {
  const { t } = useT();
  const dateTime = useDateTime();
  const { code, nik, searched, tracked } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t('svc.track.title')}</h1>
      <Form method="get" className="svc-form">
        <div className="field">
          <label htmlFor="kode">{t('svc.track.code')}</label>
          <input id="kode" name="kode" defaultValue={code} required autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="nik">{t('svc.track.nik')}</label>
          <input
            id="nik"
            name="nik"
            defaultValue={nik}
            required
            inputMode="numeric"
            maxLength={4}
            pattern="[0-9]{4}"
            autoComplete="off"
          />
        </div>
        <button type="submit" className="button">
          {t('svc.track.submit')}
        </button>
      </Form>
      {searched && !tracked && <Notice tone="warning">{t('svc.track.notFound')}</Notice>}
      {tracked && (
        <article className="card" data-testid="tracked">
          <h2>{tracked.serviceName}</h2>
          <p>
            <StatusBadge status={tracked.status} /> · {t('svc.my.due')}: {dateTime(tracked.dueAt)}
          </p>
          <Timeline steps={tracked.steps.map((s, i) => ({ key: String(i), status: s.status, at: s.at }))} />
        </article>
      )}
    </section>
  );
}
