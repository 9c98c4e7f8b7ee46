import type { Shop } from '../../graphql/catalog';
import { useT } from '../../i18n';

export function StatusBanner({ shop }: { shop: Shop }) {
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
