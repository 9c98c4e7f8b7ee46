import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link } from '@remix-run/react';
import { requireSignedIn } from '../server/auth.server';
import { tFromMatches, useT } from '../i18n';

export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('svc.account.title')} · ${tFromMatches(matches)('site.name')}` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSignedIn(request);
  return null;
}

export default function Account() {
  const { t } = useT();
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
      </ul>
    </section>
  );
}
