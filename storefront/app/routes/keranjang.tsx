import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { FormAlert } from '../components/FormField';
import { cartCookie, guestCartToken } from '../server/cart.server';
import {
  AddToCartMutation,
  CartQuery,
  MergeCartMutation,
  RemoveCartLineMutation,
  UpdateCartLineMutation,
  type CartFieldsFragment,
} from '../graphql/orders';
import type { ResultOf } from '../graphql/graphql';
import { tFromMatches, useT, type MessageKey } from '../i18n';
import styles from '../styles/orders.css?url';
import { formatRupiah } from '../utils/format';
import { execute, query } from '../server/graphql.server';
import { getUser } from '../server/session.server';
import { addToCartForm, cartLineForm } from '../server/form-schemas.server';
import { formMessage, readForm } from '../server/forms.server';
import { getLocale } from '../server/locale.server';

type CartData = ResultOf<typeof CartFieldsFragment>;

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: styles }];
export const meta: MetaFunction = ({ matches }) => [
  { title: `${tFromMatches(matches)('ord.cart.title')} · ${tFromMatches(matches)('site.name')}` },
];

const clearCookie = async () => ({ 'Set-Cookie': await cartCookie.serialize('', { maxAge: 0 }) });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const token = await guestCartToken(request);
  if (user && token) {
    // Signed in with a guest cart still in the cookie: merge it into the account's cart.
    const merged = await execute(request, MergeCartMutation, { guestToken: token }, 'mutation');
    return data({ cart: merged.data?.mergeCart ?? null, signedIn: true }, { headers: await clearCookie() });
  }
  const { cart } = await query(request, CartQuery, { token: user ? null : token });
  return { cart, signedIn: !!user };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const user = await getUser(request);
  const token = user ? null : await guestCartToken(request);
  const intent = String(form.get('intent') ?? 'add');
  const locale = getLocale(request);
  let cart: CartData | undefined;
  let error: string | undefined;
  if (intent === 'add') {
    const result = await execute(request, AddToCartMutation, { ...readForm(addToCartForm, form), token }, 'mutation');
    cart = result.data?.addToCart;
    error = result.error && formMessage(result.error, locale);
  } else if (intent === 'update') {
    const result = await execute(
      request,
      UpdateCartLineMutation,
      { ...readForm(cartLineForm, form), token },
      'mutation',
    );
    cart = result.data?.updateCartLine;
    // A line that could not change stays as it is; only the API's refusal is shown.
    error = result.error?.kind === 'graphql' ? formMessage(result.error, locale) : undefined;
  } else if (intent === 'remove') {
    const result = await execute(
      request,
      RemoveCartLineMutation,
      { lineId: readForm(cartLineForm, form).lineId, token },
      'mutation',
    );
    cart = result.data?.removeCartLine;
  }
  const headers =
    !user && cart && cart.token !== token ? { 'Set-Cookie': await cartCookie.serialize(cart.token) } : undefined;
  if (error) return data({ error }, { status: 400, headers });
  const back = String(form.get('redirectTo') ?? '');
  return redirect(back.startsWith('/') && !back.startsWith('//') ? back : '/keranjang', { headers });
}

function Line({ line }: { line: CartData['lines'][number] }) {
  const { t } = useT();
  return (
    <li className="ord-line" data-testid="cart-line">
      <span>{line.title}</span>
      <span>{formatRupiah(line.lineTotal)}</span>
      <Form method="post" className="ord-inline">
        <input type="hidden" name="lineId" value={line.id} />
        <label>
          {t('ord.cart.quantity')}{' '}
          <input type="number" name="quantity" min={0} max={999} defaultValue={line.quantity} />
        </label>
        <span className="muted">× {formatRupiah(line.unitPrice)}</span>
        <button type="submit" name="intent" value="update">
          {t('ord.cart.update')}
        </button>
        <button type="submit" name="intent" value="remove" className="button-secondary">
          {t('ord.cart.remove')}
        </button>
      </Form>
      {line.problem && (
        <p className="ord-line-problem" role="status">
          {t(`ord.problem.${line.problem}` as MessageKey, {
            price: formatRupiah(line.seenPrice),
            count: line.available,
          })}
        </p>
      )}
    </li>
  );
}

export default function CartPage() {
  const { t } = useT();
  const { cart, signedIn } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const alert = result && 'error' in result ? <FormAlert message={result.error} /> : null;
  if (!cart || cart.lines.length === 0) {
    return (
      <section>
        <h1>{t('ord.cart.title')}</h1>
        {alert}
        <p>{t('ord.cart.empty')}</p>
        <Link to="/katalog">{t('ord.cart.browse')}</Link>
      </section>
    );
  }
  return (
    <section>
      <h1>{t('ord.cart.title')}</h1>
      {alert}
      <ul className="ord-lines">
        {cart.lines.map((line) => (
          <Line key={line.id} line={line} />
        ))}
      </ul>
      <p className="ord-total">
        {t('ord.cart.total')}: <span data-testid="cart-total">{formatRupiah(cart.itemsTotal)}</span>
      </p>
      {cart.hasProblems ? (
        <p role="alert">{t('ord.cart.fixFirst')}</p>
      ) : (
        <Link className="button" to={signedIn ? '/checkout' : '/masuk'}>
          {t('ord.cart.checkout')}
        </Link>
      )}
    </section>
  );
}
