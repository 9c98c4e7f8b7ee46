import type { ShopFieldsFragment } from '../../graphql/catalog';
import type { ResultOf } from '../../graphql/graphql';
import { useT } from '../../i18n';

export function StatusBanner({ shop }: { shop: ResultOf<typeof ShopFieldsFragment> }) {
  const { t } = useT();
  return (
    <p
      className={`status-banner is-${shop.verificationStatus}`}
      role="status"
      data-testid="shop-status"
      data-status={shop.verificationStatus}
    >
      {t(`seller.status.${shop.verificationStatus}`, { reason: shop.rejectionReason ?? '' })}
    </p>
  );
}
