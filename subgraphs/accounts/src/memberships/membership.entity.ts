import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { CreatedEntity, PLACE_ROLES, type PlaceRole } from '@kampung/shared';
import { randomUUID } from 'node:crypto';
import { User } from '../users/user.entity.js';

/**
 * The place level each role is held at: a village code for village staff and heads, a district
 * code for a district officer, the regency code for a regency admin. Written as PostgreSQL prints
 * it back, so the drift test compares like with like (the migration has the readable form).
 */
export const PLACE_LEVEL_CHECK =
  "((role)::text = ANY ((ARRAY['VILLAGE_STAFF'::character varying, 'VILLAGE_HEAD'::character varying])::text[])) AND ((place_code)::text ~ '^[0-9]{2}[.][0-9]{2}[.][0-9]{2}[.][0-9]{4}$'::text)" +
  " OR (((role)::text = 'DISTRICT_OFFICER'::text) AND ((place_code)::text ~ '^[0-9]{2}[.][0-9]{2}[.][0-9]{2}$'::text))" +
  " OR (((role)::text = 'REGENCY_ADMIN'::text) AND ((place_code)::text ~ '^[0-9]{2}[.][0-9]{2}$'::text))";

/**
 * An office role held at a place (decision 020): village staff or head of a village, officer
 * of a district, admin of the regency. The coarse STAFF/ADMIN roles of a token derive from these.
 */
@Entity({ tableName: 'memberships' })
@Unique({ name: 'memberships_user_id_role_place_code_key', properties: ['userId', 'role', 'placeCode'] })
@Index({ name: 'memberships_place_code_created_at_id_index', properties: ['placeCode', 'createdAt', 'id'] })
@Check({ name: 'memberships_place_level_check', expression: PLACE_LEVEL_CHECK })
export class Membership extends CreatedEntity<'id' | 'grantedBy'> {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({
    entity: () => User,
    fieldName: 'user_id',
    mapToPk: true,
    deleteRule: 'cascade',
    updateRule: 'no action',
    foreignKeyName: 'memberships_user_id_fkey',
  })
  userId: string;

  @Enum({ items: () => [...PLACE_ROLES], type: 'string', columnType: 'varchar(16)' })
  role: PlaceRole;

  /** Kemendagri code of the place: `35.10.06.2003`, `35.10.06` or `35.10`. */
  @Property({ type: 'string', length: 13 })
  placeCode: string;

  /** The regency admin who granted it; null for memberships moved from the old roles. */
  @Property({ type: 'uuid', nullable: true })
  grantedBy: string | null = null;
}
