import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { isUniqueViolationOf, withUniqueCodeRetry } from './unique-code.js';
import { testOrm } from './test-orm.js';

@Entity({ tableName: 'tickets' })
class Ticket {
  @PrimaryKey({ type: 'integer' })
  id: number;

  @Property({ type: 'string' })
  code: string;

  @Property({ type: 'string' })
  holder: string;
}

let db: Awaited<ReturnType<typeof testOrm>>;
beforeAll(async () => {
  db = await testOrm(
    inject('databaseUrl'),
    [Ticket],
    `create table tickets (id serial primary key, code text not null, holder text not null,
       constraint tickets_code_unique unique (code), constraint tickets_holder_unique unique (holder));
     insert into tickets (code, holder) values ('TAKEN-1', 'siti'), ('TAKEN-2', 'budi');`,
  );
});
afterAll(() => db?.close());

/** Inserts a ticket in its own transaction, drawing the next code from `codes` each try. */
const issue = (codes: string[], holder: string, tries: string[]) => (attempt: number) => {
  const code = codes[attempt - 1]!;
  tries.push(code);
  return db.orm.em.fork().transactional(async (em) => {
    const ticket = em.create(Ticket, { code, holder });
    await em.flush();
    return ticket;
  });
};

describe('withUniqueCodeRetry', () => {
  it('draws a new code after a collision on the code constraint, and the failed try left nothing', async () => {
    const tries: string[] = [];
    const ticket = await withUniqueCodeRetry(issue(['TAKEN-1', 'TAKEN-2', 'FREE-1'], 'ani', tries), {
      constraint: 'tickets_code_unique',
    });
    expect(tries).toEqual(['TAKEN-1', 'TAKEN-2', 'FREE-1']);
    expect(ticket.code).toBe('FREE-1');
    expect(await db.orm.em.fork().count(Ticket, { holder: 'ani' })).toBe(1);
  });

  it('gives up after `attempts` collisions and throws the last one', async () => {
    const tries: string[] = [];
    const error = await withUniqueCodeRetry(issue(['TAKEN-1', 'TAKEN-2', 'FREE-2'], 'dewi', tries), {
      constraint: 'tickets_code_unique',
      attempts: 2,
    }).catch((e: unknown) => e);
    expect(tries).toEqual(['TAKEN-1', 'TAKEN-2']);
    expect(isUniqueViolationOf(error, 'tickets_code_unique')).toBe(true);
  });

  it('does not retry a violation of another constraint, nor any other error', async () => {
    const tries: string[] = [];
    const error = await withUniqueCodeRetry(issue(['FREE-3', 'FREE-4'], 'siti', tries), {
      constraint: 'tickets_code_unique',
    }).catch((e: unknown) => e);
    expect(tries).toEqual(['FREE-3']);
    expect(isUniqueViolationOf(error, 'tickets_holder_unique')).toBe(true);

    let calls = 0;
    const boom = new Error('boom');
    await expect(
      withUniqueCodeRetry(
        async () => {
          calls++;
          throw boom;
        },
        { constraint: 'tickets_code_unique' },
      ),
    ).rejects.toBe(boom);
    expect(calls).toBe(1);
  });

  it('recognises unique_violation raised by a raw query (node-postgres error, code 23505)', async () => {
    const error = await db.orm.em
      .fork()
      .getConnection()
      .execute(`insert into tickets (code, holder) values ('TAKEN-1', 'eko')`)
      .catch((e: unknown) => e);
    expect(isUniqueViolationOf(error, 'tickets_code_unique')).toBe(true);
    expect(isUniqueViolationOf(error, 'tickets_holder_unique')).toBe(false);
    const raw = Object.assign(new Error('duplicate key value violates unique constraint "tickets_code_unique"'), {
      code: '23505',
    });
    expect(isUniqueViolationOf(raw, 'tickets_code_unique')).toBe(true);
    expect(isUniqueViolationOf(Object.assign(new Error(raw.message), { code: '23503' }), 'tickets_code_unique')).toBe(
      false,
    );
  });
});
