/** Indonesian texts of the services pages (default locale). */
export const servicesId = {
} as const;
