import type { RequestContext } from '@kampung/shared';
import { RegionService } from './region.service.js';

/** `{ __typename: "Region", code }` → the region, or null when the code is unknown. */
export const resolveRegionReference = (reference: { code?: unknown }, context: RequestContext) =>
  typeof reference.code === 'string' ? new RegionService(context).load(reference.code) : null;
