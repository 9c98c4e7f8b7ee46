import { Membership, User } from '@kampung/accounts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hash } from '@node-rs/argon2';
import { memberships, users } from '../data/users.js';
import { seedId } from '../ids.js';

const toE164 = (phone: string) => phone.replace(/^0/, '+62');

/**
 * Users and their office memberships, in bulk. Every demo account shares one password, so it
 * is hashed once per distinct password (argon2 is slow on purpose; ~40 hashes would cost
 * seconds of `npm start`). STAFF and ADMIN are not stored: tokens derive them from memberships.
 */
export async function seedAccounts(em: EntityManager): Promise<number> {
  const hashes = new Map<string, Promise<string>>();
  const hashOf = (password: string) => {
    let hashed = hashes.get(password);
    if (!hashed) hashes.set(password, (hashed = hash(password)));
    return hashed;
  };
  const rows = await Promise.all(
    users.map(async (user) => {
      const roles = user.roles.filter((role) => role === 'BUYER' || role === 'SELLER');
      return {
        id: seedId('user', user.key),
        email: user.email,
        name: user.name,
        phone: toE164(user.phone),
        passwordHash: await hashOf(user.password),
        roles: roles.length ? roles : ['BUYER' as const],
      };
    }),
  );
  await em.upsertMany(User, rows, { onConflictFields: ['id'], onConflictAction: 'merge' });
  await em.upsertMany(
    Membership,
    memberships.map((m) => ({
      id: seedId('membership', `${m.userKey}:${m.role}@${m.place}`),
      userId: seedId('user', m.userKey),
      role: m.role,
      placeCode: m.place,
    })),
    { onConflictFields: ['userId', 'role', 'placeCode'], onConflictAction: 'ignore' },
  );
  return rows.length;
}
