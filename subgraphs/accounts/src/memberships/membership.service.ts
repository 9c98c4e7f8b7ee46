import {
  ConflictError,
  DISTRICT_CODE_PATTERN,
  groupByKeys,
  HOME_REGENCY_CODE,
  isInside,
  isRegencyAdmin,
  isUuid,
  keysetPage,
  mapConnection,
  NotFoundError,
  PLACE_LEVEL_OF_ROLE,
  REGENCY_CODE_PATTERN,
  requireRegencyAdmin,
  UserInputError,
  validate,
  VILLAGE_CODE_PATTERN,
  type Connection,
  type Membership as PlaceMembership,
  type PlaceRole,
  type Role,
  type Viewer,
} from '@kampung/shared';
import { LockMode, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { PlacesClient } from '../clients/places.client.js';
import type { AccountsContext } from '../env.js';
import { User } from '../users/user.entity.js';
import { Membership } from './membership.entity.js';
import type { GrantMembershipInput, MembershipType } from './membership.type.js';
import { grantMembershipSchema, membershipsFilterSchema } from './membership.validation.js';

const S = '"accounts"."sessions"';

/**
 * The coarse roles of a token (decision 020): BUYER and SELLER as stored; STAFF iff the user
 * holds a village or district membership, ADMIN iff a regency admin membership.
 */
export function derivedRoles(stored: readonly Role[], memberships: readonly { role: PlaceRole }[]): Role[] {
  const roles: Role[] = stored.filter((role) => role === 'BUYER' || role === 'SELLER');
  if (memberships.some((m) => m.role !== 'REGENCY_ADMIN')) roles.push('STAFF');
  if (memberships.some((m) => m.role === 'REGENCY_ADMIN')) roles.push('ADMIN');
  return roles;
}

export const toMembershipType = (membership: Membership): MembershipType => ({
  id: membership.id,
  role: membership.role,
  placeCode: membership.placeCode,
  createdAt: membership.createdAt,
  userId: membership.userId,
});

const LEVEL_PATTERN = { village: VILLAGE_CODE_PATTERN, district: DISTRICT_CODE_PATTERN, regency: REGENCY_CODE_PATTERN };
const LEVEL_NAME = {
  village: { id: 'kode desa (35.10.06.2003)', en: 'a village code (35.10.06.2003)' },
  district: { id: 'kode kecamatan (35.10.06)', en: 'a district code (35.10.06)' },
  regency: { id: `kode kabupaten (${HOME_REGENCY_CODE})`, en: `the regency code (${HOME_REGENCY_CODE})` },
};

export class MembershipService {
  constructor(private readonly context: AccountsContext) {}

  private get em() {
    return this.context.em;
  }

  /** Batched: the memberships of every user a request touches, in one query. */
  async ofUser(userId: string): Promise<Membership[]> {
    return this.context.loaders
      .get<string, Membership[]>('Membership.byUser', async (ids) =>
        groupByKeys(
          ids,
          await this.em.find(Membership, { userId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
          (m) => m.userId,
        ),
      )
      .load(userId);
  }

  /** A user's memberships as the token carries them. */
  async claimsOf(userId: string): Promise<PlaceMembership[]> {
    const rows = await this.em.find(Membership, { userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return rows.map((m) => ({ role: m.role, place: m.placeCode }));
  }

  /** `User.memberships`: the user themself and the regency admin see them; anyone else an empty list. */
  async visibleOf(userId: string, viewer: Viewer | null): Promise<MembershipType[]> {
    if (!viewer || viewer.service) return [];
    if (viewer.userId !== userId && !isRegencyAdmin(viewer)) return [];
    return (await this.ofUser(userId)).map(toMembershipType);
  }

  /** Regency admin: grants a role at a place; granting one the user already holds returns it unchanged. */
  async grant(input: GrantMembershipInput): Promise<MembershipType> {
    const admin = requireRegencyAdmin(this.context.viewer);
    const data = validate(grantMembershipSchema, input);
    await this.checkPlace(data.role, data.placeCode);
    const user = await this.em.findOne(User, { email: data.email });
    if (!user) throw new NotFoundError({ id: 'Akun dengan email ini', en: 'An account with this email' });
    const key = { userId: user.id, role: data.role, placeCode: data.placeCode };
    const existing = await this.em.findOne(Membership, key);
    if (existing) return toMembershipType(existing);
    const membership = this.em.create(Membership, { ...key, grantedBy: admin.userId });
    try {
      await this.em.flush();
    } catch (error) {
      // Granted at the same moment by another request: the one that won is the answer.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      this.em.clear();
      return toMembershipType(await this.em.findOneOrFail(Membership, key));
    }
    this.context.logger.info(
      { membershipId: membership.id, role: membership.role, placeCode: membership.placeCode, by: admin.userId },
      'membership granted',
    );
    return toMembershipType(membership);
  }

  /**
   * Regency admin: withdraws a membership and ends the holder's live sessions, so the access
   * tokens that still carry it stop working at once (decision 020). The last regency admin stays.
   */
  async revoke(id: string): Promise<MembershipType> {
    const admin = requireRegencyAdmin(this.context.viewer);
    const notFound = () => new NotFoundError({ id: 'Keanggotaan', en: 'Membership' });
    if (!isUuid(id)) throw notFound();
    const revoked = await this.em.transactional(async (tx) => {
      const membership = await tx.findOne(Membership, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!membership) throw notFound();
      if (membership.role === 'REGENCY_ADMIN') {
        const admins = await tx.count(Membership, { role: 'REGENCY_ADMIN' });
        if (admins <= 1)
          throw new ConflictError({
            id: 'Admin kabupaten terakhir tidak dapat dicabut',
            en: 'The last regency administrator cannot be revoked',
          });
      }
      const shown = toMembershipType(membership);
      tx.remove(membership);
      await tx.flush();
      await tx.execute(
        `update ${S} set revoked_at = now(), revoked_reason = 'membership' where user_id = ? and revoked_at is null`,
        [membership.userId],
      );
      return shown;
    });
    this.context.logger.info({ membershipId: id, by: admin.userId }, 'membership revoked');
    return revoked;
  }

  /** Regency admin: the memberships at a place and inside it (all without one), newest first. */
  async list(
    placeCode: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<MembershipType>> {
    requireRegencyAdmin(this.context.viewer);
    const filter = validate(membershipsFilterSchema, { placeCode });
    const where: FilterQuery<Membership> = filter.placeCode
      ? { $or: [{ placeCode: filter.placeCode }, { placeCode: { $like: `${filter.placeCode}.%` } }] }
      : {};
    return mapConnection(await keysetPage(this.em, Membership, { where, first, after }), toMembershipType);
  }

  /** The code must be of the role's level, inside the regency, and known to places. */
  private async checkPlace(role: PlaceRole, placeCode: string): Promise<void> {
    const level = PLACE_LEVEL_OF_ROLE[role];
    const wrong = (message: { id: string; en: string }) => UserInputError.field('placeCode', message);
    if (!LEVEL_PATTERN[level].test(placeCode))
      throw wrong({
        id: `Peran ${role} memerlukan ${LEVEL_NAME[level].id}`,
        en: `Role ${role} needs ${LEVEL_NAME[level].en}`,
      });
    if (!isInside(placeCode, HOME_REGENCY_CODE))
      throw wrong({ id: 'Wilayah ini di luar kabupaten', en: 'This place is outside the regency' });
    if (level === 'regency') return;
    const places = new PlacesClient(this.context.env);
    const known =
      level === 'village'
        ? (await places.village(placeCode)) !== null
        : (await places.region(placeCode))?.level === 'DISTRICT';
    if (!known) throw wrong({ id: 'Kode wilayah tidak dikenal', en: 'Unknown place code' });
  }
}
