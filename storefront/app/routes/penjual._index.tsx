import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { attributesFrom, ProductFields } from '../components/catalog/ProductFields';
import { PlaceSelects } from '../components/catalog/PlaceSelects';
import { StatusBanner } from '../components/catalog/StatusBanner';
import { FormAlert, FormField } from '../components/FormField';
import { CreateProductMutation, RegisterShopMutation, SellerDashboardQuery } from '../graphql/catalog';
import { tFromMatches, useT } from '../i18n';
import styles from '../styles/catalog.css?url';
import { formatRupiah } from '../utils/format';
import { newProductForm, shopForm } from '../server/form-schemas.server';
import { parseForm, readFields, toFormErrors } from '../server/forms.server';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';
import { requireSignedIn } from '../server/auth.server';
import { loadPlacePicker, type PlaceOption } from '../server/place-picker.server';
import { districtParam, villageParam } from '../utils/place-codes';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('seller.title')} · ${tFromMatches(matches)('site.name')}` },
];

const SHOP_FIELDS = ['name', 'kecamatan', 'villageCode', 'whatsapp', 'address', 'description', 'logoUrl'] as const;
/** The shop form's text fields; the place is picked with two selects (kecamatan, then desa). */
const SHOP_TEXT_FIELDS = ['name', 'whatsapp', 'address', 'description', 'logoUrl'] as const;
const PRODUCT_FIELDS = [
  'title',
  'categorySlug',
  'description',
  'sku',
  'variantName',
  'optionName',
  'optionValue',
  'price',
  'stock',
  'weightGrams',
  'attributes',
] as const;

type Errors = { fields: Partial<Record<string, string>>; form?: string };
const fail = (errors: Errors, values: Record<string, string>, villages?: PlaceOption[]) =>
  data({ errors, values, villages }, { status: 400 });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSignedIn(request);
  const dashboard = await query(request, SellerDashboardQuery, {});
  // Only a user without a shop sees the registration form and its place pickers.
  const district = districtParam(new URL(request.url).searchParams.get('kecamatan'));
  const places = dashboard.myShop ? null : await loadPlacePicker(request, district);
  return { ...dashboard, places, district: district ?? '' };
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = getLocale(request);
  const form = await request.formData();
  const intent = form.get('intent');
  if (intent === 'register' || intent === 'pick-district') {
    const values = readFields(form, SHOP_FIELDS);
    const district = districtParam(values.kecamatan);
    // A desa from another kecamatan (the kecamatan was changed) is not kept.
    values.villageCode = villageParam(values.villageCode, district) ?? '';
    const villages = district ? (await loadPlacePicker(request, district)).villages : [];
    // "Show villages" (the no-JavaScript way): the same form again, its values kept, with the desa list.
    if (intent === 'pick-district') return data({ errors: { fields: {} } as Errors, values, villages });
    const shop = parseForm(shopForm, form, locale);
    if (shop.errors) return fail(shop.errors, values, villages);
    const input = { ...shop.data, villageCode: values.villageCode };
    const result = await execute(request, RegisterShopMutation, { input }, 'mutation');
    if (result.error) return fail(toFormErrors(result.error, locale, { known: [...SHOP_FIELDS] }), values, villages);
    return redirect('/penjual');
  }
  const values = readFields(form, PRODUCT_FIELDS);
  const product = parseForm(newProductForm, form, locale);
  if (product.errors) return fail(product.errors, values);
  const input = { ...product.data, attributes: attributesFrom(form) };
  const result = await execute(request, CreateProductMutation, { input }, 'mutation');
  if (result.error) return fail(toFormErrors(result.error, locale, { known: [...PRODUCT_FIELDS] }), values);
  return redirect(`/penjual/produk/${result.data.createProduct.id}`);
}

export default function SellerDashboard() {
  const { t } = useT();
  const { myShop, myProducts, categories, places, district } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Record<string, string | undefined> = actionData?.errors.fields ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  if (!myShop) {
    return (
      <section aria-labelledby="register-title" className="auth-page">
        <h1 id="register-title">{t('seller.register')}</h1>
        <p className="muted">{t('seller.registerLead')}</p>
        <FormAlert message={actionData?.errors.form} />
        <Form method="post" className="form" noValidate>
          {SHOP_TEXT_FIELDS.map((name) => (
            <FormField
              key={name}
              name={name}
              label={t(`seller.${name}`)}
              defaultValue={values[name]}
              error={errors[name]}
              required={!['address', 'logoUrl', 'description'].includes(name)}
              type={name === 'whatsapp' ? 'tel' : 'text'}
            />
          ))}
          <fieldset data-testid="shop-place">
            <legend>{t('seller.village')}</legend>
            <PlaceSelects
              districts={places?.districts ?? []}
              villages={actionData?.villages ?? places?.villages ?? []}
              district={values.kecamatan ?? district}
              village={values.villageCode}
              villageName="villageCode"
              villageError={errors.villageCode}
              required
            />
            <button type="submit" name="intent" value="pick-district" className="button button-light" formNoValidate>
              {t('place.showVillages')}
            </button>
          </fieldset>
          <button type="submit" name="intent" value="register" className="button">
            {t('seller.register')}
          </button>
        </Form>
      </section>
    );
  }
  return (
    <section aria-labelledby="seller-title">
      <h1 id="seller-title">{myShop.name}</h1>
      <StatusBanner shop={myShop} />
      <p>
        <Link to={`/toko/${myShop.slug}`}>{t('cat.visitShop')}</Link>
      </p>
      <h2>{t('seller.products')}</h2>
      {myProducts.edges.length === 0 ? (
        <p className="muted">{t('seller.noProducts')}</p>
      ) : (
        <table className="seller-table">
          <thead>
            <tr>
              <th>{t('seller.productTitle')}</th>
              <th>{t('seller.status')}</th>
              <th>{t('seller.stock')}</th>
              <th>{t('cat.price')}</th>
            </tr>
          </thead>
          <tbody>
            {myProducts.edges.map(({ node }) => (
              <tr key={node.id} data-testid="my-product">
                <td>
                  <Link to={`/penjual/produk/${node.id}`}>{node.title}</Link>
                </td>
                <td>{t(`seller.pstatus.${node.status}`)}</td>
                <td>{node.totalStock}</td>
                <td>{formatRupiah(node.priceFrom)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {myShop.verificationStatus === 'VERIFIED' && (
        <>
          <h2>{t('seller.newProduct')}</h2>
          <FormAlert message={actionData?.errors.form} />
          <Form method="post" className="form" noValidate>
            <ProductFields categories={categories} errors={errors} values={values} />
            <h3>{t('seller.variant')}</h3>
            <FormField name="sku" label={t('seller.sku')} required defaultValue={values.sku} error={errors.sku} />
            <FormField
              name="variantName"
              label={t('seller.variantName')}
              defaultValue={values.variantName}
              error={errors.name}
            />
            <FormField name="optionName" label={t('seller.optionName')} defaultValue={values.optionName} />
            <FormField name="optionValue" label={t('seller.optionValue')} defaultValue={values.optionValue} />
            <FormField
              name="price"
              label={t('seller.priceRp')}
              inputMode="numeric"
              required
              defaultValue={values.price}
              error={errors.price}
            />
            <FormField
              name="stock"
              label={t('seller.stock')}
              inputMode="numeric"
              required
              defaultValue={values.stock}
              error={errors.stock}
            />
            <FormField
              name="weightGrams"
              label={t('seller.weight')}
              inputMode="numeric"
              required
              defaultValue={values.weightGrams}
              error={errors.weightGrams}
            />
            <button type="submit" name="intent" value="create" className="button">
              {t('seller.create')}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}
