import { randomUUID } from 'node:crypto';
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { FormAlert, FormField } from '../components/FormField';
import { requireSignedIn } from '../server/auth.server';
import { CheckoutMutation, CheckoutPageQuery } from '../graphql/orders';
import { addressForm, paymentForm } from '../server/form-schemas.server';
import { parseForm, readForm, toFormErrors } from '../server/forms.server';
import { getLocale } from '../server/locale.server';
import { tFromMatches, useT, type MessageKey } from '../i18n';
import styles from '../styles/orders.css?url';
import { formatRupiah } from '../utils/format';
import { execute, query } from '../server/graphql.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('ord.checkout.title')} · ${tFromMatches(matches)('site.name')}` },
];

const ADDRESS_FIELDS = [
  'recipientName',
  'phone',
  'street',
  'village',
  'district',
  'regency',
  'province',
  'postalCode',
] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSignedIn(request, { back: '/checkout' });
  const page = await query(request, CheckoutPageQuery, {});
  if (!page.cart || page.cart.lines.length === 0 || page.cart.hasProblems) throw redirect('/keranjang');
  const sellers = [...new Set(page.cart.lines.map((line) => line.sellerId).filter((id): id is string => !!id))];
  // One key per checkout form: a double submit or a retry after a lost answer places one order.
  return { ...page, sellers, checkoutKey: randomUUID() };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function action({ request }: ActionFunctionArgs) {
  await requireSignedIn(request, { back: '/checkout' });
  const form = await request.formData();
  const locale = getLocale(request);
  const shippingAddress = readForm(addressForm, form);
  const payment = parseForm(paymentForm, { paymentMethod: String(form.get('paymentMethod') ?? 'COD') }, locale);
  if (payment.errors) return data({ errors: payment.errors, values: shippingAddress }, { status: 400 });
  const sellers = form.getAll('sellerId').map(String);
  const shipping = sellers.map((sellerId) => ({ sellerId, option: String(form.get(`shipping-${sellerId}`) ?? '') }));
  const key = String(form.get('idempotencyKey') ?? '');
  const input = {
    shippingAddress,
    shipping,
    paymentMethod: payment.data.paymentMethod,
    ...(UUID.test(key) ? { idempotencyKey: key } : {}),
  };
  let result = await execute(request, CheckoutMutation, { input }, 'mutation');
  // The same form sent again while its first submission is still being placed: wait for that
  // one and show its order, rather than a "try again" message.
  for (
    let attempt = 0;
    input.idempotencyKey &&
    attempt < 10 &&
    result.error?.kind === 'graphql' &&
    result.error.code === 'CONFLICT' &&
    result.error.retryable;
    attempt++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    result = await execute(request, CheckoutMutation, { input }, 'mutation');
  }
  if (result.error) {
    const errors = toFormErrors(result.error, locale, { under: 'shippingAddress.' });
    return data({ errors, values: shippingAddress }, { status: 400 });
  }
  const { redirectUrl, order } = result.data.checkout;
  return redirect(redirectUrl ?? `/akun/pesanan/${order.id}`);
}

export default function CheckoutPage() {
  const { t } = useT();
  const { cart, paymentMethods, shippingOptions, sellers, checkoutKey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== 'idle';
  const fieldError = (name: string) => result?.errors.fields[name];
  return (
    <section>
      <h1>{t('ord.checkout.title')}</h1>
      <FormAlert message={result ? (result.errors.form ?? t('ord.checkout.error')) : undefined} />
      <Form method="post" noValidate>
        <input type="hidden" name="idempotencyKey" value={checkoutKey} />
        <fieldset>
          <legend>{t('ord.checkout.address')}</legend>
          <div className="ord-grid">
            {ADDRESS_FIELDS.map((name) => (
              <FormField
                key={name}
                name={name}
                label={t(`ord.field.${name}` as MessageKey)}
                error={fieldError(name)}
                defaultValue={
                  result?.values?.[name] ??
                  (name === 'regency' ? 'Banyuwangi' : name === 'province' ? 'Jawa Timur' : '')
                }
                autoComplete={name === 'phone' ? 'tel' : name === 'postalCode' ? 'postal-code' : undefined}
                required
              />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('ord.checkout.shipping')}</legend>
          {sellers.map((sellerId, index) => (
            <div className="field" key={sellerId}>
              <input type="hidden" name="sellerId" value={sellerId} />
              <label htmlFor={`shipping-${sellerId}`}>
                {t('ord.checkout.shop', { n: index + 1 })}:{' '}
                {cart!.lines
                  .filter((l) => l.sellerId === sellerId)
                  .map((l) => l.title)
                  .join(', ')}
              </label>
              <select id={`shipping-${sellerId}`} name={`shipping-${sellerId}`} defaultValue="KURIR_LOKAL">
                {shippingOptions.map((option) => (
                  <option key={option.code} value={option.code}>
                    {option.label} — {formatRupiah(option.fee)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('ord.checkout.payment')}</legend>
          {paymentMethods.map((method, index) => (
            <label key={method} className="ord-inline">
              <input type="radio" name="paymentMethod" value={method} defaultChecked={index === 0} />{' '}
              {t(`ord.pay.${method}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <p className="ord-total">
          {t('ord.cart.total')}: {formatRupiah(cart!.itemsTotal)}
        </p>
        <button type="submit" disabled={busy}>
          {t('ord.checkout.submit')}
        </button>
      </Form>
    </section>
  );
}
