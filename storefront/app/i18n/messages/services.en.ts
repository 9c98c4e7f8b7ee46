import type { servicesId } from './services.id';

export const servicesEn: Record<keyof typeof servicesId, string> = {
};
