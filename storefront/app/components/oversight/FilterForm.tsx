import { Form } from '@remix-run/react';
import { useT } from '../../i18n';
import type { OversightFilters } from './filters';

/** A GET form: the filters go to the URL, so the page works without JavaScript and links can be shared. */
export function FilterForm({
  filters,
  districts,
  services,
}: {
  filters: OversightFilters;
  districts: { code: string; name: string }[] | null;
  services: { id: string; name: string }[];
}) {
  const { t } = useT();
  return (
    <Form method="get" className="ovs-filters">
      <label>
        {t('ovs.filter.from')}
        <input type="month" name="dari" defaultValue={filters.fromMonth} />
      </label>
      <label>
        {t('ovs.filter.to')}
        <input type="month" name="sampai" defaultValue={filters.toMonth} />
      </label>
      <label>
        {t('ovs.filter.service')}
        <select name="layanan" defaultValue={filters.serviceId ?? ''}>
          <option value="">{t('ovs.filter.all')}</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {districts && (
        <label>
          {t('ovs.filter.district')}
          <select name="kecamatan" defaultValue={filters.districtCode ?? ''}>
            <option value="">{t('ovs.filter.all')}</option>
            {districts.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {filters.orderBy !== 'CODE' && <input type="hidden" name="urut" value={filters.orderBy} />}
      {filters.descending && <input type="hidden" name="turun" value="1" />}
      <button type="submit" className="button">
        {t('ovs.filter.apply')}
      </button>
    </Form>
  );
}
