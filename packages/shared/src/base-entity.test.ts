import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { CreatedEntity, TimestampedEntity } from './base-entity.js';
import { testOrm } from './test-orm.js';

@Entity({ tableName: 'notes' })
class Note extends TimestampedEntity<'id'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id: number;

  @Property({ type: 'text' })
  text: string;
}

@Entity({ tableName: 'marks' })
class Mark extends CreatedEntity {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: number;
}

let db: Awaited<ReturnType<typeof testOrm>>;
beforeAll(async () => {
  db = await testOrm(
    inject('databaseUrl'),
    [Note, Mark],
    `create table notes (id serial primary key, text text not null,
       created_at timestamptz(3) not null default now(), updated_at timestamptz(3) not null default now());
     create table marks (id int primary key, created_at timestamptz(3) not null default now());`,
  );
});
afterAll(() => db?.close());

describe('TimestampedEntity and CreatedEntity', () => {
  it('map to created_at / updated_at timestamptz(3) columns with default now(), on the child table', () => {
    const meta = db.orm.getMetadata().get(Note.name);
    expect(meta.tableName).toBe('notes');
    expect(meta.properties.createdAt).toMatchObject({ fieldNames: ['created_at'], type: 'Date', defaultRaw: 'now()' });
    expect(meta.properties.updatedAt).toMatchObject({ fieldNames: ['updated_at'], type: 'Date', defaultRaw: 'now()' });
    expect(meta.properties.updatedAt?.onUpdate).toBeTypeOf('function');
    expect(db.orm.getMetadata().get(Mark.name).properties).not.toHaveProperty('updatedAt');
  });

  it('fill both on create (optional in em.create) and move updatedAt alone on a change', async () => {
    const em = db.orm.em.fork();
    const note = em.create(Note, { text: 'first' });
    await em.flush();
    const { createdAt, updatedAt } = note;
    expect(createdAt).toBeInstanceOf(Date);
    await new Promise((resolve) => setTimeout(resolve, 5));
    note.text = 'second';
    await em.flush();
    const row = await db.orm.em.fork().findOneOrFail(Note, { id: note.id });
    expect(row.createdAt.getTime()).toBe(createdAt.getTime());
    expect(row.updatedAt.getTime()).toBeGreaterThan(updatedAt.getTime());
  });

  it('keep createdAt given by the caller (the seed writes past dates)', async () => {
    const em = db.orm.em.fork();
    const past = new Date('2026-01-02T03:04:05.678Z');
    em.create(Mark, { id: 1, createdAt: past });
    await em.flush();
    expect((await db.orm.em.fork().findOneOrFail(Mark, { id: 1 })).createdAt.toISOString()).toBe(past.toISOString());
  });

  it('schema generator sees the inherited columns exactly as declared', async () => {
    const sql = await db.orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(sql.trim()).toBe('');
  });
});
