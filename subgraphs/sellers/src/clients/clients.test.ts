import { checkClientDocuments, staleClientTypes } from '@kampung/devtools';
import { describe, expect, it } from 'vitest';

describe("internal clients against their owners' committed SDL", () => {
  it('have introspections as `npm run schema` writes them now', async () => {
    expect(await staleClientTypes('sellers')).toEqual([]);
  });

  it('send only documents that fit the owner’s schema (gql.tada check)', () => {
    checkClientDocuments('sellers');
  }, 120_000);
});
