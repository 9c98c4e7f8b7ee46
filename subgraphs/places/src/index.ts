import type { SubgraphDefinition } from '@kampung/shared';
import { Holiday } from './holidays/holiday.entity.js';
import { migrations } from './migrations/index.js';
import { Region } from './regions/region.entity.js';
import { buildPlacesSchema } from './schema.js';
import { Village } from './villages/village.entity.js';

export const subgraph: SubgraphDefinition = {
  name: 'places',
  defaultPort: 4006,
  entities: [Region, Village, Holiday],
  migrations,
  schema: buildPlacesSchema,
};

export { Holiday, Region, Village };
export { villageTypeOf } from './villages/village.entity.js';
export { HOME_REGENCY_CODE, levelOfCode } from './regions/region.codes.js';
export { importRegions, readRegions, type ImportResult } from './regions/regions.source.js';
