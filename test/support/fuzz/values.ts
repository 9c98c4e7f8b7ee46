import fc from 'fast-check';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';

/** Marks a field the generator leaves out of an input object (a missing required field). */
export const OMIT = Symbol('omit');

/** Strings that have broken other systems: sizes, Unicode oddities, injections. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u200f\u202eabc',
  '\u200b\u200c\u200d\ufeff',
  'e\u0301\u0301\u0301\u0301',
  'Z\u0351\u0357\u036b\u0310',
  '😀👩‍👩‍👧‍👦🇮🇩',
  '\ud800',
  'x\udfffy',
  '\uffff',
  '𝕏',
  '\r\n\t\u000b\u000c',
  '\\',
  '"',
  "'",
  '`',
  '${7*7}',
  '{{7*7}}',
  '<%= 7*7 %>',
  "' OR '1'='1",
  "'; drop table accounts.users; --",
  '" or ""="',
  '1; select pg_sleep(5)',
  '%',
  '_',
  '%%%%',
  '\\x00',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../../../etc/passwd',
  'file:///etc/passwd',
  'http://169.254.169.254/latest/meta-data/',
  '$where',
  '{"$gt": ""}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-0',
  'Ahmad Sembulung',
  'pembeli@kampung.test',
  '3510010101010001',
  '2026-13-45',
  '9'.repeat(400),
  'é'.repeat(300),
];

/** Sizes well past any column: 10⁵ and nearly 10⁶ characters (the latter is just under the gateway's body limit in ASCII). */
const HUGE_STRINGS = [100_000, 400_000, 900_000];

const hugeString = fc
  .constantFrom(...HUGE_STRINGS)
  .chain((length) =>
    fc.constantFrom('a', 'é', '😀', '\u200b', "'").map((unit) => unit.repeat(Math.ceil(length / unit.length))),
  );

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 120 }) },
  { weight: 1, arbitrary: hugeString },
);

export const plausibleString: fc.Arbitrary<string> = fc.constantFrom(
  'Batik Gajah Oling',
  'Kopi Lego',
  'Sembulung',
  'Cluring',
  'kain',
  'batik',
  'hasil-tani',
  'surat-keterangan-domisili',
  'uji coba fuzz',
  '081234567890',
  'Jl. Raya Sembulung 1',
  '68482',
  'Jawa Timur',
  'Banyuwangi',
  'kampung123',
  'JNE',
);

const INT_EDGES = [
  0,
  -1,
  1,
  2,
  5,
  100,
  101,
  1000,
  2 ** 31 - 1,
  -(2 ** 31),
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  1.5,
  -0.5,
  1e308,
  -1e308,
];

export const hostileInt: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INT_EDGES) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom('12', 'NaN', 'Infinity', '-Infinity', '1e308', '', '0x10') },
);

export const hostileFloat: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 0.1 + 0.2, 2 ** 53 + 1, 'NaN', 'Infinity', '1e309'),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const GARBAGE_IDS = [
  '',
  '1',
  '-1',
  '0',
  'null',
  'undefined',
  '00000000-0000-0000-0000-000000000000',
  '00000000-0000-0000-0000-00000000000g',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '{00000000-0000-0000-0000-000000000000}',
  "1' or '1'='1",
  'a'.repeat(5000),
  '\u0000',
];

/** Ids: real ones from the database, random uuids, and things that are not uuids at all. */
export function idArbitrary(pool: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    ...(pool.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...pool) }] : []),
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.constantFrom(...GARBAGE_IDS) },
    { weight: 1, arbitrary: fc.integer() },
  );
}

export const hostileDate: fc.Arbitrary<unknown> = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom(
    '2026-13-45T99:99:99Z',
    '0000-00-00',
    '275760-09-13T00:00:00.001Z',
    '-271821-04-20T00:00:00Z',
    'yesterday',
    '',
    1e15,
  ),
);

/** Something of the wrong kind entirely: an object for a scalar, a string for a list, a number for an object. */
export const wrongKind: fc.Arbitrary<unknown> = fc.constantFrom(
  {},
  { a: 1 },
  [],
  [1, 2],
  'x',
  42,
  true,
  [[[]]],
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
);

export interface ValueOptions {
  idPool: readonly string[];
  /** Real strings (slugs, codes) that lead past the first lookup. */
  stringPool?: readonly string[];
  /** How deep input objects may nest before the generator stops descending. */
  depth?: number;
}

/**
 * Values for an input type, from plausible to hostile: the right shape with edge-case
 * contents most of the time, a wrong kind, a missing required field or an extra one sometimes.
 */
export function valueFor(type: GraphQLInputType, options: ValueOptions): fc.Arbitrary<unknown> {
  const depth = options.depth ?? 0;
  const nullable = !isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  const shaped = shapedValue(inner, { ...options, depth: depth + 1 });
  return fc.oneof(
    { weight: 12, arbitrary: shaped },
    { weight: 1, arbitrary: wrongKind },
    { weight: nullable ? 2 : 1, arbitrary: fc.constant(null) },
  );
}

function shapedValue(type: GraphQLInputType, options: ValueOptions): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = valueFor(type.ofType, options);
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.constant([]) },
      // A huge list: a small item 5,000 times (a large one a few times, to keep the body near the limit, not gigabytes).
      {
        weight: 1,
        arbitrary: item.map((value) =>
          Array.from({ length: (JSON.stringify(value) ?? '').length < 200 ? 5_000 : 3 }, () => value),
        ),
      },
    );
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((value) => value.name);
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...names) },
      { weight: 1, arbitrary: fc.constantFrom('NOPE', names[0]!.toLowerCase(), '', 'DROP') },
    );
  }
  if (isInputObjectType(type)) {
    if ((options.depth ?? 0) > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record = Object.fromEntries(
      fields.map((field) => [
        field.name,
        fc.oneof({ weight: 8, arbitrary: valueFor(field.type, options) }, { weight: 1, arbitrary: fc.constant(OMIT) }),
      ]),
    );
    return fc
      .tuple(
        fc.record(record),
        fc.option(fc.constantFrom('extra', '__typename', 'id', 'ownerUserId', 'status'), { freq: 6 }),
      )
      .map(([value, extra]) => {
        const cleaned = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== OMIT));
        return extra ? { ...cleaned, [extra]: 'tambahan' } : cleaned;
      });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'String':
        return fc.oneof(
          { weight: 3, arbitrary: hostileString },
          { weight: 2, arbitrary: plausibleString },
          ...(options.stringPool?.length ? [{ weight: 2, arbitrary: fc.constantFrom(...options.stringPool) }] : []),
        );
      case 'ID':
        return idArbitrary(options.idPool);
      case 'Int':
        return fc.oneof({ weight: 3, arbitrary: hostileInt }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }) });
      case 'Float':
        return hostileFloat;
      case 'Boolean':
        return fc.oneof(
          { weight: 5, arbitrary: fc.boolean() },
          { weight: 1, arbitrary: fc.constantFrom('true', 0, 1) },
        );
      case 'DateTimeISO':
        return hostileDate;
      default:
        return fc.oneof(hostileString, hostileInt);
    }
  }
  return wrongKind;
}
