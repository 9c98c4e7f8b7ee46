import { FormField } from '../FormField';
import type { MyProductFieldsFragment } from '../../graphql/catalog';
import type { ResultOf } from '../../graphql/graphql';
import { useT } from '../../i18n';

export const ATTRIBUTE_FIELDS = [
  'technique',
  'motif',
  'fabric',
  'dye',
  'unit',
  'originVillage',
  'harvestDate',
] as const;
export const TECHNIQUES = ['tulis', 'cap', 'printing', 'kombinasi'] as const;

type Props = {
  categories: { slug: string; name: string }[];
  product?: ResultOf<typeof MyProductFieldsFragment>;
  errors: Record<string, string | undefined>;
  values?: Record<string, string>;
};

/** Title, category, description and the attributes by category (batik: technique…; produce: unit…). */
export function ProductFields({ categories, product, errors, values = {} }: Props) {
  const { t } = useT();
  const attr = (name: string) => values[name] ?? product?.attributes.find((a) => a.name === name)?.value ?? '';
  return (
    <>
      <FormField
        name="title"
        label={t('seller.productTitle')}
        required
        defaultValue={values.title ?? product?.title}
        error={errors.title}
      />
      <div className="field">
        <label htmlFor="field-categorySlug">{t('cat.category')}</label>
        <select
          id="field-categorySlug"
          name="categorySlug"
          defaultValue={values.categorySlug ?? product?.category.slug ?? ''}
        >
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
        {errors.categorySlug && <p className="field-error">{errors.categorySlug}</p>}
      </div>
      <div className="field">
        <label htmlFor="field-description">{t('seller.productDescription')}</label>
        <textarea
          id="field-description"
          name="description"
          rows={4}
          defaultValue={values.description ?? product?.description}
          aria-invalid={errors.description ? true : undefined}
        />
        {errors.description && <p className="field-error">{errors.description}</p>}
      </div>
      <div className="field">
        <label htmlFor="field-technique">{t('cat.technique')}</label>
        <select id="field-technique" name="technique" defaultValue={attr('technique')}>
          <option value="">—</option>
          {TECHNIQUES.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <FormField name="motif" label={t('seller.motif')} defaultValue={attr('motif')} />
      <FormField name="fabric" label={t('seller.fabric')} defaultValue={attr('fabric')} />
      <FormField name="dye" label={t('seller.dye')} defaultValue={attr('dye')} />
      <FormField name="unit" label={t('seller.unit')} defaultValue={attr('unit')} />
      <FormField name="originVillage" label={t('seller.originVillage')} defaultValue={attr('originVillage')} />
      <FormField name="harvestDate" type="date" label={t('seller.harvestDate')} defaultValue={attr('harvestDate')} />
      {errors.attributes && <p className="field-error">{errors.attributes}</p>}
    </>
  );
}

/** Attribute pairs from the form's fields, empty ones left out. */
export function attributesFrom(form: FormData): { name: string; value: string }[] {
  return ATTRIBUTE_FIELDS.flatMap((name) => {
    const value = String(form.get(name) ?? '').trim();
    return value ? [{ name, value }] : [];
  });
}
