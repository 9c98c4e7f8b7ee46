import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './support/client.js';
import { ACTORS, closeDatabase, codeOf, createCast, type Actor, type Cast } from './support/authz/cast.js';
import { buildWorld, tidyWorld, type World } from './support/authz/fixtures.js';
import { MUTATIONS, type CellContext } from './support/authz/mutations.js';
import {
  buildPlaceWorlds,
  createPlaceCast,
  outcomeOf,
  PLACE_ACTORS,
  PLACE_MUTATIONS,
  PLACE_QUERIES,
  PLACES,
  runPlaceQuery,
  SIDES,
  type PlaceActor,
  type PlaceCast,
  type PlaceWorlds,
} from './support/authz/place-cells.js';
import { classify, PUBLIC_QUERIES, QUERIES, runQuery } from './support/authz/queries.js';

/**
 * Who may do and see what, through the gateway: every role × every mutation, and every query
 * that returns private data. The expected outcome of each cell is in the tables in
 * support/authz/{mutations,queries}.ts; the completeness test fails when the API grows a
 * mutation or query the tables do not cover.
 */
let cast: Cast;
let world: World;
let placeCast: PlaceCast;
let places: PlaceWorlds;
const cells: Record<Actor, number> = { anonymous: 0, buyer: 0, sellerA: 0, sellerB: 0, staff: 0, admin: 0 };
/** The own place / other place cells (support/authz/place-cells.ts), by office role. */
const placeCells = Object.fromEntries(PLACE_ACTORS.map((a) => [a, 0])) as Record<PlaceActor, number>;

beforeAll(async () => {
  cast = await createCast();
  world = await buildWorld(cast);
  placeCast = await createPlaceCast(cast);
  places = await buildPlaceWorlds(placeCast);
}, 180_000);

afterAll(async () => {
  if (cast && world) await tidyWorld(cast, world);
  await closeDatabase();
  const roles = Object.values(cells).reduce((sum, n) => sum + n, 0);
  const byPlace = Object.values(placeCells).reduce((sum, n) => sum + n, 0);
  console.info(
    `authorization matrix: ${roles + byPlace} cells checked; role × operation ${roles} (${ACTORS.map((a) => `${a} ${cells[a]}`).join(', ')}); own place / other place ${byPlace} (${PLACE_ACTORS.map((a) => `${a} ${placeCells[a]}`).join(', ')})`,
  );
});

describe('the matrix covers the whole API', () => {
  it('has a row for every Mutation field and classifies every Query field', async () => {
    // Introspection stays a raw string: gql.tada does not type __schema.
    const result = await callApi('{ __schema { mutationType { fields { name } } queryType { fields { name } } } }');
    const mutations: string[] = result.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    const queries: string[] = result.data!.__schema.queryType.fields.map((f: { name: string }) => f.name);
    expect(mutations.length).toBeGreaterThan(40);
    const covered = new Set(MUTATIONS.map((row) => row.field));
    expect(
      mutations.filter((name) => !covered.has(name)),
      'mutations without a matrix row',
    ).toEqual([]);
    const classified = new Set([...QUERIES.map((row) => row.field), ...Object.keys(PUBLIC_QUERIES)]);
    expect(
      queries.filter((name) => !classified.has(name)),
      'queries neither in the private matrix nor listed as public',
    ).toEqual([]);
    // A row for a field the API no longer has is a stale row.
    expect([...covered].filter((name) => !name.includes('/') && !mutations.includes(name))).toEqual([]);
    expect([...classified].filter((name) => !queries.includes(name))).toEqual([]);
  });
});

describe('who may see private data (role × query)', () => {
  for (const row of QUERIES) {
    it.each(ACTORS)(`${row.label} as %s`, async (actor) => {
      const result = await runQuery(row, world, cast, cast.tokens[actor]);
      expect(
        result.errors?.some(
          (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || 'stacktrace' in (e.extensions ?? {}),
        ) ?? false,
      ).toBe(false);
      expect(classify(result, row.secrets(world, cast))).toBe(row.expected[actor]);
      cells[actor]++;
    });
  }
});

describe('who may do what (role × mutation), and a refusal writes nothing', () => {
  for (const row of MUTATIONS) {
    it.each(ACTORS)(`${row.label ?? row.field} as %s`, async (actor) => {
      const base: CellContext = { cast, world, actor, token: cast.tokens[actor], userId: userIdOf(actor) };
      const swapped = (await row.actors?.(base))?.[actor];
      const cell: CellContext = swapped ? { ...base, ...swapped } : base;
      const target = (await row.prepare?.(cell)) ?? {};
      const before = await row.written(target, cell);
      const result = await row.run(target, cell);
      const outcome = typeof result === 'string' ? result : codeOf(result);
      expect(outcome, typeof result === 'string' ? undefined : JSON.stringify(result.errors)).toBe(row.expected[actor]);
      const after = await row.written(target, cell);
      if (outcome === 'OK') expect(after, 'an accepted mutation changes the rows the check reads').not.toEqual(before);
      else expect(after, 'a refused mutation writes nothing').toEqual(before);
      cells[actor]++;
    });
  }
});

describe('own place / other place: office roles by place (own: Tampo in Cluring; other: Kenjo in Glagah)', () => {
  for (const row of PLACE_QUERIES)
    for (const side of SIDES)
      it.each(PLACE_ACTORS)(`${row.label}, ${side} place (${PLACES[side].name}) as %s`, async (actor) => {
        expect(await runPlaceQuery(row, side, places, placeCast.tokens[actor])).toBe(row.expected[side][actor]);
        placeCells[actor]++;
      });
  for (const row of PLACE_MUTATIONS)
    for (const side of SIDES)
      it.each(PLACE_ACTORS)(`${row.label}, ${side} place (${PLACES[side].name}) as %s`, async (actor) => {
        const place = PLACES[side];
        const target = await row.prepare(place, places[side], placeCast);
        const before = await row.written(place, target, places[side]);
        try {
          const result = await row.run(place, target, places[side], placeCast.tokens[actor]);
          const outcome = outcomeOf(result);
          expect(outcome, JSON.stringify(result.errors)).toBe(row.expected[side][actor]);
          const after = await row.written(place, target, places[side]);
          if (outcome === 'OK')
            expect(after, 'an accepted mutation changes the rows the check reads').not.toEqual(before);
          else expect(after, 'a refused mutation writes nothing').toEqual(before);
        } finally {
          await row.restore?.(place, places[side], before);
        }
        placeCells[actor]++;
      });
});

function userIdOf(actor: Actor): string | undefined {
  switch (actor) {
    case 'anonymous':
      return undefined;
    case 'buyer':
      return cast.buyer.id;
    case 'sellerA':
      return cast.sellerA.userId;
    case 'sellerB':
      return cast.sellerB.userId;
    case 'staff':
      return cast.staff.id;
    case 'admin':
      return cast.admin.id;
  }
}
