import { randomBytes } from 'node:crypto';
import { isUuid, NotFoundError, requirePerson, UserInputError, violatedUniqueConstraint } from '@kampung/shared';
import { ProductsClient, type CatalogVariant } from '../clients/products.client.js';
import type { OrdersContext } from '../env.js';
import { Cart, CartLine } from './cart.entity.js';
import type { CartLineProblem, CartLineType, CartType } from './cart.type.js';

const PRODUCT = { id: 'Produk', en: 'Product' };
const LINE = { id: 'Baris keranjang', en: 'Cart line' };
const MAX_QUANTITY = 999;
const MAX_LINES = 50;

export interface CartView extends CartType {
  variants: Map<string, CatalogVariant>;
}

function problemOf(line: CartLine, variant: CatalogVariant | undefined): CartLineProblem | null {
  if (!variant || variant.productStatus !== 'ACTIVE') return 'UNAVAILABLE';
  if (variant.price !== line.seenPrice) return 'PRICE_CHANGED';
  if (variant.stock < line.quantity) return 'INSUFFICIENT_STOCK';
  return null;
}

/** Carts for guests (by token) and signed-in buyers (one each). Prices always come from products. */
export class CartService {
  private readonly products: ProductsClient;
  constructor(private readonly context: OrdersContext) {
    this.products = new ProductsClient(context.env);
  }

  private get em() {
    return this.context.em;
  }

  /** The signed-in buyer's cart, or the guest's by token; null when there is none yet. */
  async find(token: string | null | undefined): Promise<Cart | null> {
    const viewer = this.context.viewer;
    if (viewer && !viewer.service) return this.em.findOne(Cart, { buyerId: viewer.userId });
    if (!token || token.length > 64) return null;
    return this.em.findOne(Cart, { token, buyerId: null });
  }

  private async findOrCreate(token: string | null | undefined): Promise<Cart> {
    const found = await this.find(token);
    if (found) return found;
    const viewer = this.context.viewer;
    const buyerId = viewer && !viewer.service ? viewer.userId : null;
    const cart = this.em.create(Cart, { token: randomBytes(24).toString('base64url'), buyerId });
    try {
      await this.em.flush();
    } catch (error) {
      // The same buyer's cart created by a concurrent request: use that one.
      if (!buyerId || !violatedUniqueConstraint(error)) throw error;
      this.em.clear();
      return (await this.find(null))!;
    }
    return cart;
  }

  async view(cart: Cart | null): Promise<CartView | null> {
    if (!cart) return null;
    const lines = await this.em.find(CartLine, { cart }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const variants = await this.products.variants(lines.map((line) => line.variantId));
    const views: CartLineType[] = lines.map((line) => {
      const variant = variants.get(line.variantId);
      const unitPrice = variant?.price ?? line.seenPrice;
      return {
        id: line.id,
        variantId: line.variantId,
        productId: variant?.productId ?? null,
        sellerId: variant?.sellerId ?? null,
        title: variant ? `${variant.productTitle} — ${variant.name}` : '—',
        quantity: line.quantity,
        unitPrice,
        seenPrice: line.seenPrice,
        lineTotal: unitPrice * line.quantity,
        available: variant?.stock ?? 0,
        problem: problemOf(line, variant),
      };
    });
    return {
      id: cart.id,
      token: cart.token,
      lines: views,
      variants,
      itemsTotal: views.reduce((sum, line) => sum + line.lineTotal, 0),
      itemCount: views.reduce((sum, line) => sum + line.quantity, 0),
      hasProblems: views.some((line) => line.problem !== null),
    };
  }

  async add(token: string | null | undefined, variantId: string, quantity: number): Promise<CartView> {
    checkQuantity(quantity, 1);
    const variant = isUuid(variantId) ? (await this.products.variants([variantId])).get(variantId) : undefined;
    if (!variant || variant.productStatus !== 'ACTIVE') throw new NotFoundError(PRODUCT);
    const cart = await this.findOrCreate(token);
    const existing = await this.em.findOne(CartLine, { cart, variantId });
    const wanted = (existing?.quantity ?? 0) + quantity;
    checkStock(wanted, variant);
    if (existing) {
      existing.quantity = wanted;
      existing.seenPrice = variant.price;
    } else {
      if ((await this.em.count(CartLine, { cart })) >= MAX_LINES)
        throw UserInputError.field('variantId', {
          id: `Keranjang maksimal ${MAX_LINES} barang`,
          en: `At most ${MAX_LINES} items in a cart`,
        });
      this.em.create(CartLine, { cart, variantId, quantity, seenPrice: variant.price });
    }
    await this.em.flush();
    return (await this.view(cart))!;
  }

  /** Sets the quantity (0 removes the line) and confirms the current price. */
  async update(token: string | null | undefined, lineId: string, quantity: number): Promise<CartView> {
    checkQuantity(quantity, 0);
    const { cart, line } = await this.lineOf(token, lineId);
    if (quantity === 0) {
      this.em.remove(line);
    } else {
      const variant = (await this.products.variants([line.variantId])).get(line.variantId);
      if (!variant || variant.productStatus !== 'ACTIVE') throw new NotFoundError(PRODUCT);
      checkStock(quantity, variant);
      line.quantity = quantity;
      line.seenPrice = variant.price;
    }
    await this.em.flush();
    return (await this.view(cart))!;
  }

  async remove(token: string | null | undefined, lineId: string): Promise<CartView> {
    const { cart, line } = await this.lineOf(token, lineId);
    await this.em.remove(line).flush();
    return (await this.view(cart))!;
  }

  /** After sign-in: the guest cart's lines join the buyer's cart (quantities add up) and the guest cart goes. */
  async merge(guestToken: string): Promise<CartView> {
    requirePerson(this.context.viewer);
    const mine = await this.findOrCreate(null);
    const guest = guestToken.length <= 64 ? await this.em.findOne(Cart, { token: guestToken, buyerId: null }) : null;
    if (guest && guest.id !== mine.id) {
      await this.em.transactional(async (tx) => {
        const lines = await tx.find(CartLine, { cart: guest });
        const existing = new Map((await tx.find(CartLine, { cart: mine })).map((line) => [line.variantId, line]));
        for (const line of lines) {
          const target = existing.get(line.variantId);
          if (target) target.quantity = Math.min(MAX_QUANTITY, target.quantity + line.quantity);
          else
            tx.create(CartLine, {
              cart: tx.getReference(Cart, mine.id),
              variantId: line.variantId,
              quantity: line.quantity,
              seenPrice: line.seenPrice,
            });
        }
        await tx.flush();
        await tx.nativeDelete(Cart, { id: guest.id });
      });
    }
    return (await this.view(mine))!;
  }

  private async lineOf(token: string | null | undefined, lineId: string) {
    const cart = await this.find(token);
    const line = cart && isUuid(lineId) ? await this.em.findOne(CartLine, { id: lineId, cart }) : null;
    if (!cart || !line) throw new NotFoundError(LINE);
    return { cart, line };
  }
}

function checkQuantity(quantity: number, min: number) {
  if (!Number.isInteger(quantity) || quantity < min || quantity > MAX_QUANTITY) {
    throw UserInputError.field('quantity', {
      id: `Jumlah harus ${min}–${MAX_QUANTITY}`,
      en: `Quantity must be ${min}–${MAX_QUANTITY}`,
    });
  }
}

function checkStock(quantity: number, variant: CatalogVariant) {
  if (quantity > variant.stock) {
    throw UserInputError.field('quantity', {
      id: `Stok tersisa ${variant.stock}`,
      en: `Only ${variant.stock} left in stock`,
    });
  }
}
