import { useT } from '../../i18n';

interface Option {
  code: string;
  name: string;
}

type Props = {
  districts: Option[];
  /** The villages of the chosen kecamatan. */
  villages: Option[];
  district?: string;
  village?: string;
  /** Field names: `kecamatan`/`desa` in the catalogue URL, `kecamatan`/`villageCode` in the shop form. */
  districtName?: string;
  villageName?: string;
  /** Whether a village must be chosen (the shop form), or "all" is a choice (the catalogue). */
  required?: boolean;
  villageError?: string;
};

/**
 * Kecamatan, then desa: two plain selects. Without JavaScript the form is sent once to list the
 * chosen kecamatan's villages (the page renders them from the codes it was given).
 */
export function PlaceSelects({
  districts,
  villages,
  district = '',
  village = '',
  districtName = 'kecamatan',
  villageName = 'desa',
  required = false,
  villageError,
}: Props) {
  const { t } = useT();
  return (
    <>
      <label className="field">
        <span>{t('place.district')}</span>
        <select name={districtName} defaultValue={district} required={required} data-testid="pick-district">
          <option value="">{required ? t('place.chooseDistrict') : t('cat.all')}</option>
          {districts.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('place.village')}</span>
        <select
          name={villageName}
          defaultValue={village}
          key={district}
          required={required}
          disabled={!district}
          aria-invalid={villageError ? true : undefined}
          aria-describedby={villageError ? `${villageName}-error` : undefined}
          data-testid="pick-village"
        >
          <option value="">
            {!district ? t('place.districtFirst') : required ? t('place.chooseVillage') : t('cat.all')}
          </option>
          {villages.map((v) => (
            <option key={v.code} value={v.code}>
              {v.name}
            </option>
          ))}
        </select>
        {villageError && (
          <span className="field-error" id={`${villageName}-error`}>
            {villageError}
          </span>
        )}
      </label>
    </>
  );
}
