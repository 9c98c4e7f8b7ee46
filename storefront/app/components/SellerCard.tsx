import { readFragment, type FragmentOf } from '../graphql/graphql';
import { SellerCardFragment } from '../graphql/products';
import { useT } from '../i18n';
import { whatsAppLink } from '../utils/whatsapp';

type Props = { data: FragmentOf<typeof SellerCardFragment>; productTitle: string };

export function SellerCard({ data, productTitle }: Props) {
  const { t } = useT();
  const seller = readFragment(SellerCardFragment, data);
  const link = whatsAppLink(seller.whatsapp, t('product.whatsappText', { title: productTitle }));
  return (
    <aside className="card seller-card" aria-labelledby="seller-title">
      <p className="eyebrow">{t('product.seller')}</p>
      <h2 id="seller-title">{seller.name}</h2>
      <dl className="facts">
        <div>
          <dt>{t('product.village')}</dt>
          <dd>{seller.village}</dd>
        </div>
        <div>
          <dt>{t('product.district')}</dt>
          <dd>{seller.district}</dd>
        </div>
      </dl>
      {link ? (
        <a className="button button-whatsapp" href={link} target="_blank" rel="noopener noreferrer">
          {t('product.whatsapp')}
        </a>
      ) : (
        <p className="muted">{seller.whatsapp}</p>
      )}
    </aside>
  );
}
