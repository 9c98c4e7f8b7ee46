import { User } from '@kampung/accounts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hash } from '@node-rs/argon2';
import { users } from '../data/index.js';
import { seedId } from '../ids.js';

const toE164 = (phone: string) => phone.replace(/^0/, '+62');

export async function seedAccounts(em: EntityManager): Promise<number> {
  const rows = await Promise.all(
    users.map(async (user) => ({
      id: seedId('user', user.key),
      email: user.email,
      name: user.name,
      phone: toE164(user.phone),
      passwordHash: await hash(user.password),
      roles: user.roles,
    })),
  );
  await em.upsertMany(User, rows, { onConflictFields: ['id'], onConflictAction: 'merge' });
  return rows.length;
}
