import { Link } from '@remix-run/react';
import { readFragment, type FragmentOf } from '../graphql/graphql';
import { ServiceCardFragment } from '../graphql/services';
import { plural, useT, type TFunction } from '../i18n';
import { formatRupiah, slaParts } from '../utils/format';

export function slaText(t: TFunction, hours: number): string {
  const { unit, count } = slaParts(hours);
  return plural(t, unit === 'days' ? 'time.days' : 'time.hours', count);
}

export function feeText(t: TFunction, fee: number): string {
  return fee === 0 ? t('service.free') : formatRupiah(fee);
}

export function ServiceCard({ data }: { data: FragmentOf<typeof ServiceCardFragment> }) {
  const { t } = useT();
  const service = readFragment(ServiceCardFragment, data);
  return (
    <article className="card service-card" data-testid="service-card">
      <h3 className="card-title">
        <Link to={`/layanan/${service.slug}`}>{service.name}</Link>
      </h3>
      <p>{service.summary}</p>
      <dl className="facts">
        <div>
          <dt>{t('service.sla')}</dt>
          <dd>{slaText(t, service.slaHours)}</dd>
        </div>
        <div>
          <dt>{t('service.fee')}</dt>
          <dd className={service.fee === 0 ? 'fee-free' : undefined}>{feeText(t, service.fee)}</dd>
        </div>
      </dl>
    </article>
  );
}
