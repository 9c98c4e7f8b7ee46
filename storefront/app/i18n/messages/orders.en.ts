import type { ordersId } from './orders.id';

export const ordersEn: Record<keyof typeof ordersId, string> = {
};
