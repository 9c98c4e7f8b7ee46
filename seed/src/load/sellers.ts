import { Seller, whatsappSchema } from '@kampung/sellers';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sellers } from '../data/index.js';
import { seedId } from '../ids.js';

export async function seedSellers(em: EntityManager): Promise<number> {
  await em.upsertMany(
    Seller,
    sellers.map((seller) => ({
      id: seedId('seller', seller.key),
      ownerUserId: seedId('user', seller.ownerKey),
      name: seller.name,
      slug: seller.slug,
      villageCode: seller.villageCode,
      village: seller.village,
      district: seller.district,
      whatsapp: whatsappSchema.parse(seller.whatsapp),
      address: seller.address,
      description: seller.description,
      verificationStatus: seller.verificationStatus,
    })),
    { onConflictFields: ['id'], onConflictAction: 'merge' },
  );
  return sellers.length;
}
