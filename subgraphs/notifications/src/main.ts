import { runSubgraph } from '@kampung/shared';
import { subgraph } from './index.js';

await runSubgraph(subgraph);
