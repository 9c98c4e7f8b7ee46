import {
  ForbiddenError,
  isRegencyAdmin,
  requireViewer,
  UserInputError,
  villageCodeFilter,
  type Viewer,
} from '@kampung/shared';
import { OrdersClient } from '../clients/orders.client.js';
import type { SellersContext } from '../env.js';
import { Seller } from '../sellers/seller.entity.js';
import type { VillageMarketFigures } from './figures.type.js';

/** The longest period asked at once (a year and a day). */
const MAX_PERIOD_MS = 367 * 24 * 3600 * 1000;

/**
 * Which villages' figures the viewer may read: every village for the regency admin, the villages
 * of their district(s) for a district officer. Village staff and everyone else: FORBIDDEN.
 */
function figuresScope(viewer: Viewer): 'ALL' | string[] {
  if (isRegencyAdmin(viewer)) return 'ALL';
  const districts = (viewer.service ? [] : (viewer.memberships ?? []))
    .filter((m) => m.role === 'DISTRICT_OFFICER')
    .map((m) => m.place);
  if (!districts.length)
    throw new ForbiddenError({
      id: 'Hanya untuk petugas kecamatan dan admin kabupaten',
      en: 'District officers and regency administrators only',
    });
  return districts;
}

/** Active shops and paid sales per village (decision 023). */
export class MarketFiguresService {
  constructor(private readonly context: SellersContext) {}

  async byVillage(from: Date, to: Date): Promise<VillageMarketFigures[]> {
    const scope = figuresScope(requireViewer(this.context.viewer));
    if (!(from < to) || to.getTime() - from.getTime() > MAX_PERIOD_MS)
      throw UserInputError.field('to', {
        id: 'Periode harus berakhir setelah awalnya, paling lama satu tahun',
        en: 'The period must end after it starts, and last a year at most',
      });
    const shops = await this.context.em.find(
      Seller,
      { createdAt: { $lt: to }, ...villageCodeFilter(scope) },
      { fields: ['id', 'villageCode', 'verificationStatus'] },
    );
    if (!shops.length) return [];
    const villageOf = new Map(shops.map((shop) => [shop.id, shop.villageCode]));
    const figures = new Map<string, VillageMarketFigures>();
    const of = (villageCode: string) => {
      let row = figures.get(villageCode);
      if (!row) figures.set(villageCode, (row = { villageCode, activeShops: 0, salesRupiah: 0 }));
      return row;
    };
    for (const shop of shops) if (shop.verificationStatus === 'VERIFIED') of(shop.villageCode).activeShops++;
    for (const sales of await new OrdersClient(this.context.env).salesBySeller(from, to)) {
      const villageCode = villageOf.get(sales.sellerId);
      if (villageCode) of(villageCode).salesRupiah += sales.salesRupiah;
    }
    return [...figures.values()].sort((a, b) => a.villageCode.localeCompare(b.villageCode));
  }
}
