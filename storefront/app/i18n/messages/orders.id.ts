/** Indonesian texts of the orders pages (default locale). */
export const ordersId = {
} as const;
