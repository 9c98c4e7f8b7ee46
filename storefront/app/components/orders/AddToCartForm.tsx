import { Form } from '@remix-run/react';
import { useT } from '../../i18n';

/** "Add to cart" for one variant; posts to /keranjang (guests get their cart cookie there). */
export function AddToCartForm({
  variantId,
  disabled,
  redirectTo,
}: {
  variantId: string;
  disabled?: boolean;
  redirectTo?: string;
}) {
  const { t } = useT();
  return (
    <Form method="post" action="/keranjang" className="ord-inline">
      <input type="hidden" name="intent" value="add" />
      <input type="hidden" name="variantId" value={variantId} />
      {redirectTo && <input type="hidden" name="redirectTo" value={redirectTo} />}
      <label>
        {t('ord.cart.quantity')} <input type="number" name="quantity" min={1} max={999} defaultValue={1} />
      </label>
      <button type="submit" disabled={disabled}>
        {t('ord.cart.add')}
      </button>
    </Form>
  );
}
