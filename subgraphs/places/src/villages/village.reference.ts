import type { RequestContext } from '@kampung/shared';
import { toVillageType, VillageService } from './village.service.js';

/** `{ __typename: "Village", code }` → the village, or null when the code is unknown. */
export const resolveVillageReference = async (reference: { code?: unknown }, context: RequestContext) => {
  if (typeof reference.code !== 'string') return null;
  const village = await new VillageService(context).load(reference.code);
  return village ? toVillageType(village) : null;
};
