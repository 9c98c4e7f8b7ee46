/** Indonesian texts of the catalog pages (default locale). */
export const catalogId = {
} as const;
