import {
  type Connection,
  definedOnly,
  firstFreeSlug,
  ForbiddenError,
  canOverseeVillage,
  isUuid,
  keysetPage,
  mapConnection,
  NotFoundError,
  orderByKeys,
  requireViewer,
  slugify,
  UserInputError,
  validate,
  type Viewer,
  violatedUniqueConstraint,
} from '@kampung/shared';
import type { SellersContext } from '../env.js';
import { AccountsClient } from '../clients/accounts.client.js';
import { PlacesClient } from '../clients/places.client.js';
import { recordSellerStatus, wakeStatusOutbox } from '../status-outbox/status-outbox.js';
import { Seller } from './seller.entity.js';
import type { RegisterShopInput, SellerType, UpdateShopInput } from './seller.type.js';
import { shopFieldsSchema, updateShopSchema, type RegisterShopData } from './seller.validation.js';

const SHOP = { id: 'Toko', en: 'Shop' };
const ALREADY_HAS_SHOP = { id: 'Anda sudah memiliki toko', en: 'You already have a shop' };
const SLUG_ATTEMPTS = 3;

/** The owner, other services, and the offices over the shop's village (its staff, its district, the regency). */
const canManage = (seller: Seller, viewer: Viewer | null) =>
  viewer?.userId === seller.ownerUserId || !!viewer?.service || canOverseeVillage(viewer, seller.villageCode);

/** Shops not (yet) verified are shown only to their owner, the offices over their village and other services. */
const isVisible = (seller: Seller, viewer: Viewer | null) =>
  seller.verificationStatus === 'VERIFIED' || canManage(seller, viewer);

export function toSellerType(seller: Seller, viewer: Viewer | null): SellerType {
  return {
    id: seller.id,
    ownerUserId: seller.ownerUserId,
    name: seller.name,
    slug: seller.slug,
    villageCode: seller.villageCode,
    village: seller.village,
    district: seller.district,
    whatsapp: seller.whatsapp,
    // A home-based shop's street address is its owner's home: only the owner, staff and services see it.
    address: canManage(seller, viewer) ? seller.address : null,
    description: seller.description,
    logoUrl: seller.logoUrl,
    verificationStatus: seller.verificationStatus,
    rejectionReason: canManage(seller, viewer) ? seller.rejectionReason : null,
    createdAt: seller.createdAt,
  };
}

export class SellerService {
  constructor(private readonly context: SellersContext) {}

  private get em() {
    return this.context.em;
  }

  private get viewer() {
    return this.context.viewer;
  }

  async bySlug(slug: string): Promise<SellerType> {
    const seller = await this.em.findOne(Seller, { slug });
    if (!seller || !isVisible(seller, this.viewer)) throw new NotFoundError(SHOP);
    return toSellerType(seller, this.viewer);
  }

  /** Verified shops, newest first. */
  async list(first: number | null | undefined, after: string | null | undefined): Promise<Connection<SellerType>> {
    const page = await keysetPage(this.em, Seller, { where: { verificationStatus: 'VERIFIED' }, first, after });
    return mapConnection(page, (seller) => toSellerType(seller, this.viewer));
  }

  /** A reference from another subgraph (e.g. `Product.seller`): any status, public fields only. */
  async reference(id: string): Promise<SellerType | null> {
    const seller = await this.byId(id);
    return seller ? toSellerType(seller, this.viewer) : null;
  }

  /** `User.shop`: null when the user has none, or when it is not verified and the viewer may not see it. */
  async shopOf(userId: string): Promise<SellerType | null> {
    const seller = await this.byOwner(userId);
    return seller && isVisible(seller, this.viewer) ? toSellerType(seller, this.viewer) : null;
  }

  /** Internal: the shop of a user in any status (products asks this before listing a product). */
  async ownedBy(userId: string): Promise<SellerType | null> {
    const seller = await this.byOwner(userId);
    return seller ? toSellerType(seller, this.viewer) : null;
  }

  async register(input: RegisterShopInput): Promise<SellerType> {
    const viewer = requireViewer(this.viewer);
    if (viewer.service) throw new ForbiddenError();
    const data = validate(shopFieldsSchema, input);
    if (await this.byOwner(viewer.userId)) throw UserInputError.field('_', ALREADY_HAS_SHOP);
    const seller = await this.insert({ ...data, ...(await this.placeOf(data.villageCode)) }, viewer.userId);
    await wakeStatusOutbox();
    await this.grantSellerRole(viewer.userId);
    return toSellerType(seller, viewer);
  }

  /** The signed-in user's own shop in any status, or null. */
  async mine(): Promise<SellerType | null> {
    const viewer = requireViewer(this.viewer);
    const seller = await this.byOwner(viewer.userId);
    return seller ? toSellerType(seller, viewer) : null;
  }

  /** Only the owner; a new village (by its code) reaches products through the status outbox. */
  async update(input: UpdateShopInput): Promise<SellerType> {
    const viewer = requireViewer(this.viewer);
    if (viewer.service) throw new ForbiddenError();
    const changes = validate(updateShopSchema, input);
    // Asked before the transaction: no row stays locked while places answers.
    const place = changes.villageCode ? await this.placeOf(changes.villageCode) : {};
    const seller = await this.em.transactional(async (em) => {
      const seller = await em.findOne(Seller, { ownerUserId: viewer.userId });
      if (!seller) throw new NotFoundError(SHOP);
      const villageChanged = !!changes.villageCode && changes.villageCode !== seller.villageCode;
      em.assign(seller, { ...definedOnly(changes), ...place });
      await em.flush();
      if (villageChanged) {
        recordSellerStatus(em, seller);
        await em.flush();
      }
      return seller;
    });
    await wakeStatusOutbox();
    return toSellerType(seller, viewer);
  }

  /**
   * The names stored with a village code, from places (the owner of villages): BAD_USER_INPUT
   * naming villageCode when the regency has no such village.
   */
  private async placeOf(villageCode: string): Promise<{ villageCode: string; village: string; district: string }> {
    const village = await new PlacesClient(this.context.env).village(villageCode);
    if (!village)
      throw UserInputError.field('villageCode', {
        id: `Desa dengan kode ${villageCode} tidak ada di kabupaten ini`,
        en: `There is no village with code ${villageCode} in this regency`,
      });
    return { villageCode: village.code, village: village.name, district: village.district.name };
  }

  /** Batched: every reference to a shop in one request is one query. */
  private byId(id: string): Promise<Seller | null> {
    return this.context.loaders
      .get<string, Seller | null>('Seller.byId', async (ids) =>
        orderByKeys(ids, await this.em.find(Seller, { id: { $in: ids.filter(isUuid) } }), (s) => s.id),
      )
      .load(id);
  }

  private byOwner(userId: string): Promise<Seller | null> {
    return this.context.loaders
      .get<string, Seller | null>('Seller.byOwner', async (ids) =>
        orderByKeys(
          ids,
          await this.em.find(Seller, { ownerUserId: { $in: ids.filter(isUuid) } }),
          (s) => s.ownerUserId,
        ),
      )
      .load(userId);
  }

  /** Best effort: the shop stands even when accounts cannot be reached; the role can be granted again later. */
  private async grantSellerRole(userId: string): Promise<void> {
    try {
      await new AccountsClient(this.context.env).grantSellerRole(userId);
    } catch (error) {
      this.context.logger.warn({ err: error, userId }, 'could not grant the SELLER role; the shop is saved');
    }
  }

  /**
   * Saves the shop (and queues its status for products, in the same flush) under a free slug;
   * two shops registering the same name at once get a retry.
   */
  private async insert(
    data: RegisterShopData & { village: string; district: string },
    ownerUserId: string,
  ): Promise<Seller> {
    for (let attempt = 1; ; attempt++) {
      const seller = this.em.create(Seller, { ...data, ownerUserId, slug: await this.freeSlug(data.name) });
      recordSellerStatus(this.em, seller);
      try {
        await this.em.flush();
        return seller;
      } catch (error) {
        const constraint = violatedUniqueConstraint(error);
        if (constraint === 'sellers_owner_user_id_unique') throw UserInputError.field('_', ALREADY_HAS_SHOP);
        if (constraint !== 'sellers_slug_unique' || attempt === SLUG_ATTEMPTS) throw error;
        this.em.clear();
      }
    }
  }

  private async freeSlug(name: string): Promise<string> {
    const base = slugify(name, 90) || 'toko';
    const rows = await this.em
      .createQueryBuilder(Seller)
      .select('slug')
      .where({ slug: { $like: `${base}%` } })
      .execute<{ slug: string }[]>('all', false);
    return firstFreeSlug(base, new Set(rows.map((row) => row.slug)));
  }
}
