import { Form } from '@remix-run/react';
import { useT } from '../../i18n';

export type VillageOption = { code: string; name: string; districtName: string };

/**
 * A GET form choosing the village (`?desa=<code>`): works without JavaScript. Hidden when there
 * is nothing to choose between.
 */
export function VillagePicker({
  villages,
  villageCode,
  label,
}: {
  villages: VillageOption[];
  villageCode: string | null;
  label?: string;
}) {
  const { t } = useT();
  if (villages.length < 2) return null;
  return (
    <Form method="get" className="svc-actions" data-testid="village-picker">
      <label>
        {label ?? t('svc.village.choose')}{' '}
        <select name="desa" defaultValue={villageCode ?? undefined}>
          {villages.map((v) => (
            <option key={v.code} value={v.code}>
              {v.name}
              {v.districtName ? ` (${v.districtName})` : ''}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="submit" className="button button-light">
        {t('svc.village.show')}
      </button>
    </Form>
  );
}
