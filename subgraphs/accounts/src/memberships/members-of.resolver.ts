import { requireService, UserInputError, type PlaceRole, type RequestContext } from '@kampung/shared';
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Membership } from './membership.entity.js';
import { PlaceRoleEnum } from './membership.type.js';

@Directive('@inaccessible')
@ObjectType('PlaceMember', { description: 'Internal (services): who holds a role at a place' })
export class PlaceMemberType {
  @Field(() => ID)
  userId: string;

  @Field(() => PlaceRoleEnum)
  role: PlaceRole;

  @Field(() => String)
  placeCode: string;
}

const PLACE_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/**
 * The people to tell about a place's work (staff reminders and escalation, decision 031):
 * the holders of the given roles at exactly that place. Service tokens only.
 */
@Resolver()
export class MembersOfResolver {
  @Directive('@inaccessible')
  @Query(() => [PlaceMemberType], { description: 'Internal (services): holders of roles at a place' })
  async internalMembersOf(
    @Arg('placeCode', () => String) placeCode: string,
    @Arg('roles', () => [PlaceRoleEnum]) roles: PlaceRole[],
    @Ctx() ctx: RequestContext,
  ): Promise<PlaceMemberType[]> {
    requireService(ctx.viewer);
    if (!PLACE_CODE.test(placeCode))
      throw UserInputError.field('placeCode', {
        id: 'Kode wilayah tidak dikenal (35.10.06.2003)',
        en: 'Unknown place code (35.10.06.2003)',
      });
    if (!roles.length) return [];
    const members = await ctx.em.find(
      Membership,
      { placeCode, role: { $in: roles } },
      { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 500 },
    );
    return members.map((m) => ({ userId: m.userId, role: m.role, placeCode: m.placeCode }));
  }
}
