import {
  data,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { PhotoUpload } from '../components/catalog/PhotoUpload';
import { attributesFrom, ProductFields } from '../components/catalog/ProductFields';
import { FormAlert, FormField } from '../components/FormField';
import {
  AdjustStockMutation,
  ArchiveMutation,
  PublishMutation,
  SellerDashboardQuery,
  UnpublishMutation,
  UpdateProductMutation,
} from '../graphql/catalog';
import { useT } from '../i18n';
import styles from '../styles/catalog.css?url';
import { requireSignedIn } from '../server/auth.server';
import { upload, type UploadResult } from '../server/upload.server';
import { formatRupiah } from '../utils/format';
import { adjustStockForm, newVariantForm, productEditForm } from '../server/form-schemas.server';
import { parseForm, readForm, toFormErrors } from '../server/forms.server';
import { execute, query } from '../server/graphql.server';
import { getLocale } from '../server/locale.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
const FIELDS = [
  'title',
  'categorySlug',
  'description',
  'attributes',
  'price',
  'delta',
  'reason',
  'photo',
  'sku',
  'name',
  'stock',
  'weightGrams',
] as const;
const MAX_PHOTO = 5 * 1024 * 1024;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireSignedIn(request);
  const dashboard = await query(request, SellerDashboardQuery, {});
  const product = dashboard.myProducts.edges.find((e) => e.node.id === params.id)?.node;
  if (!product) throw new Response('Not Found', { status: 404 });
  return { product, categories: dashboard.categories };
}

type Errors = { fields: Partial<Record<string, string>>; form?: string };

/** Why a photo was not taken: products' own message, else one for the reason. */
function uploadMessage(result: Extract<UploadResult, { ok: false }>): { id: string; en: string } {
  if (result.reason === 'unavailable') return { id: 'Layanan tidak tersedia', en: 'Service unavailable' };
  if (result.reason === 'tooBig') return { id: 'Foto terlalu besar', en: 'The photo is too large' };
  return result.message ?? { id: 'Gagal mengunggah', en: 'Upload failed' };
}
const fail = (errors: Errors, status = 400) => data({ errors }, { status });

export async function action({ request, params }: ActionFunctionArgs) {
  const locale = getLocale(request);
  const id = params.id ?? '';
  let form: FormData;
  try {
    form = request.headers.get('content-type')?.startsWith('multipart/form-data')
      ? await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_PHOTO }))
      : await request.formData();
  } catch {
    // larger than 5 MB: refused before it reaches products
    return fail({ fields: { photo: locale === 'en' ? 'A photo may be at most 5 MB' : 'Foto maksimal 5 MB' } }, 413);
  }
  const intent = String(form.get('intent') ?? '');
  if (intent === 'upload') {
    const photo = form.get('photo');
    await requireSignedIn(request);
    if (!(photo instanceof Blob) || photo.size === 0)
      return fail({ fields: { photo: locale === 'en' ? 'Choose a photo' : 'Pilih foto' } });
    const result = await upload(request, { kind: 'productPhoto', productId: id }, photo);
    if (!result.ok) {
      const message = uploadMessage(result);
      return fail({ fields: { photo: locale === 'en' ? message.en : message.id } }, result.status);
    }
    return redirect(`/penjual/produk/${id}`);
  }
  const simple = { publish: PublishMutation, unpublish: UnpublishMutation, archive: ArchiveMutation } as const;
  let result: { error?: Parameters<typeof toFormErrors>[0] };
  if (intent === 'publish') result = await execute(request, simple.publish, { id }, 'mutation');
  else if (intent === 'unpublish') result = await execute(request, simple.unpublish, { id }, 'mutation');
  else if (intent === 'archive') {
    result = await execute(request, simple.archive, { id }, 'mutation');
  } else if (intent === 'adjust') {
    const adjust = parseForm(adjustStockForm, form, locale);
    if (adjust.errors) return fail(adjust.errors);
    result = await execute(request, AdjustStockMutation, adjust.data, 'mutation');
  } else if (intent === 'addVariant') {
    const { product } = await loader({ request, params, context: {} });
    const parsed = parseForm(newVariantForm, form, locale);
    if (parsed.errors) return fail(parsed.errors);
    const added = parsed.data;
    const variants = [
      ...product.variants.map(({ sku, name, options, price, stock, weightGrams }) => ({
        sku,
        name,
        options,
        price,
        stock,
        weightGrams,
      })),
      added,
    ];
    result = await execute(request, UpdateProductMutation, { id, input: { variants } }, 'mutation');
  } else {
    const { product } = await loader({ request, params, context: {} });
    const variants = product.variants.map((v) => ({
      sku: v.sku,
      name: v.name,
      options: v.options,
      stock: v.stock,
      weightGrams: v.weightGrams,
      price: Number(form.get(`price-${v.sku}`) ?? v.price),
    }));
    const fields = readForm(productEditForm, form);
    const input = { ...fields, attributes: attributesFrom(form), variants };
    result = await execute(request, UpdateProductMutation, { id, input }, 'mutation');
  }
  if (result.error) return fail(toFormErrors(result.error, locale, { known: [...FIELDS] }));
  return redirect(`/penjual/produk/${id}`);
}

export default function EditProduct() {
  const { t } = useT();
  const { product, categories } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Record<string, string | undefined> = actionData?.errors.fields ?? {};
  return (
    <section aria-labelledby="edit-title">
      <p>
        <Link to="/penjual">← {t('seller.title')}</Link>
      </p>
      <h1 id="edit-title">{product.title}</h1>
      <p data-testid="product-status" data-status={product.status}>
        {t('seller.status')}: {t(`seller.pstatus.${product.status}`)}
      </p>
      <FormAlert message={actionData?.errors.form} />
      <Form method="post" className="inline-form">
        {product.status !== 'ACTIVE' && product.status !== 'ARCHIVED' && (
          <button className="button" name="intent" value="publish">
            {t('seller.publish')}
          </button>
        )}
        {product.status === 'ACTIVE' && (
          <button className="button button-light" name="intent" value="unpublish">
            {t('seller.unpublish')}
          </button>
        )}
        {product.status !== 'ARCHIVED' && (
          <button className="button button-light" name="intent" value="archive">
            {t('seller.archive')}
          </button>
        )}
      </Form>
      <h2>{t('seller.photos')}</h2>
      <div className="photo-strip">
        {product.photos.map((p, i) => (
          <img
            key={p.id}
            src={p.url}
            srcSet={p.srcset}
            sizes="6rem"
            alt={t('cat.photoOf', { n: i + 1, title: product.title })}
            data-testid="photo"
          />
        ))}
      </div>
      <PhotoUpload error={errors.photo} />
      <h2>{t('seller.stock')}</h2>
      {product.variants.map((v) => (
        <div key={v.id} className="card">
          <p>
            <strong>{v.name}</strong> ({v.sku}) — {formatRupiah(v.price)} — {t('seller.stock')}:{' '}
            <span data-testid={`stock-${v.sku}`}>{v.stock}</span>
          </p>
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="adjust" />
            <input type="hidden" name="variantId" value={v.id} />
            <FormField name="delta" id={`delta-${v.id}`} label={t('seller.delta')} inputMode="numeric" required />
            <FormField name="reason" id={`reason-${v.id}`} label={t('seller.reason')} required />
            <button className="button button-light">{t('seller.adjust')}</button>
          </Form>
          {v.stockHistory.length > 0 && (
            <details>
              <summary>{t('seller.history')}</summary>
              <ul>
                {v.stockHistory.map((h) => (
                  <li key={h.id}>
                    {new Date(h.createdAt).toLocaleString('id-ID')}: {h.delta > 0 ? `+${h.delta}` : h.delta} →{' '}
                    {h.resultingStock} ({h.reason})
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      ))}
      {(errors.delta || errors.reason) && (
        <p className="field-error" role="alert">
          {errors.delta ?? errors.reason}
        </p>
      )}
      <h2>{t('seller.addVariant')}</h2>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="addVariant" />
        <FormField name="sku" id="new-sku" label={t('seller.sku')} required error={errors.sku} />
        <FormField name="variantName" id="new-name" label={t('seller.variantName')} required error={errors.name} />
        <FormField name="optionName" id="new-option" label={t('seller.optionName')} />
        <FormField name="optionValue" id="new-value" label={t('seller.optionValue')} />
        <FormField
          name="price"
          id="new-price"
          label={t('seller.priceRp')}
          inputMode="numeric"
          required
          error={errors.price}
        />
        <FormField
          name="stock"
          id="new-stock"
          label={t('seller.stock')}
          inputMode="numeric"
          required
          error={errors.stock}
        />
        <FormField
          name="weightGrams"
          id="new-weight"
          label={t('seller.weight')}
          inputMode="numeric"
          required
          error={errors.weightGrams}
        />
        <button className="button button-light">{t('seller.addVariant')}</button>
      </Form>
      <h2>{t('seller.edit')}</h2>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="update" />
        <ProductFields categories={categories} product={product} errors={errors} />
        {product.variants.map((v) => (
          <FormField
            key={v.id}
            name={`price-${v.sku}`}
            label={`${t('seller.priceRp')} — ${v.name}`}
            inputMode="numeric"
            defaultValue={String(v.price)}
            error={errors.price}
          />
        ))}
        <button className="button">{t('seller.save')}</button>
      </Form>
    </section>
  );
}
