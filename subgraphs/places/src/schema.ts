import { buildFederatedSchema, type ReferenceResolver } from '@kampung/shared';
import { HolidayResolver } from './holidays/holiday.resolver.js';
import { resolveRegionReference } from './regions/region.reference.js';
import { RegionResolver } from './regions/region.resolver.js';
import { resolveVillageReference } from './villages/village.reference.js';
import { VillageResolver } from './villages/village.resolver.js';

// Places' entities are keyed by `code`, not `id`.
const byCode = (resolve: (reference: { code?: unknown }, context: never) => unknown) =>
  resolve as unknown as ReferenceResolver;

export const buildPlacesSchema = () =>
  buildFederatedSchema({
    resolvers: [RegionResolver, VillageResolver, HolidayResolver],
    referenceResolvers: { Region: byCode(resolveRegionReference), Village: byCode(resolveVillageReference) },
  });
