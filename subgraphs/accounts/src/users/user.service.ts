import {
  ACCESS_TOKEN_TTL_SECONDS,
  isStaff,
  jwtConfigOf,
  orderByKeys,
  requirePerson,
  signUserToken,
  UnauthenticatedError,
  UserInputError,
  validate,
  type JwtConfig,
  type Role,
  type Viewer,
} from '@kampung/shared';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { PlacesClient } from '../clients/places.client.js';
import type { AccountsContext } from '../env.js';
import { derivedRoles, MembershipService } from '../memberships/membership.service.js';
import { SessionService, type IssuedSession } from '../sessions/session.service.js';
import { SignInThrottle, signInKeys } from '../throttle/throttle.service.js';
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from './password.js';
import { User } from './user.entity.js';
import type { AuthPayload, SignInInput, SignUpInput, UpdateProfileInput, UserType } from './user.type.js';
import { accessTokenKeysOf } from '../tokens/access-token-keys.js';
import { signInSchema, signUpSchema, updateProfileSchema } from './user.validation.js';

const WRONG_CREDENTIALS = { id: 'Email atau kata sandi salah', en: 'Email or password is wrong' };

export function toUserType(user: User, viewer: Viewer | null): UserType {
  const canSeePrivate = viewer?.userId === user.id || isStaff(viewer) || !!viewer?.service;
  return {
    id: user.id,
    name: user.name,
    roles: user.roles,
    createdAt: user.createdAt,
    email: canSeePrivate ? user.email : null,
    phone: canSeePrivate ? user.phone : null,
    phoneVerified: canSeePrivate && !!user.phone && !!user.phoneVerifiedAt,
    villageCode: canSeePrivate ? user.villageCode : null,
    shownTo: viewer,
  };
}

export class UserService {
  private readonly jwt: JwtConfig;

  constructor(private readonly context: AccountsContext) {
    this.jwt = jwtConfigOf(context.env);
  }

  private get em() {
    return this.context.em;
  }

  async signUp(input: SignUpInput): Promise<AuthPayload> {
    const data = validate(signUpSchema, input);
    const user = this.em.create(User, {
      name: data.name,
      email: data.email,
      phone: data.phone ?? null,
      passwordHash: await hashPassword(data.password),
      roles: ['BUYER'],
    });
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw UserInputError.field('email', {
          id: 'Email sudah terdaftar, silakan masuk',
          en: 'This email is already registered, please sign in',
        });
      }
      throw error;
    }
    return this.issue(user, await new SessionService(this.context).start(user.id));
  }

  /**
   * Throttled per email and per address (a refused attempt checks no password); an unknown
   * email costs the same argon2 verification as a wrong password and gets the same answer.
   */
  async signIn(input: SignInInput): Promise<AuthPayload> {
    const data = validate(signInSchema, input);
    const keys = signInKeys(data.email, this.context.clientAddress);
    const throttle = new SignInThrottle(this.em);
    await throttle.claimAttempt(keys);
    const user = await this.em.findOne(User, { email: data.email });
    const valid = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), data.password);
    if (!user || !valid) throw new UnauthenticatedError(WRONG_CREDENTIALS);
    await throttle.attemptSucceeded(keys);
    if (needsRehash(user.passwordHash)) {
      user.passwordHash = await hashPassword(data.password);
      await this.em.flush();
    }
    return this.issue(user, await new SessionService(this.context).start(user.id));
  }

  /** Rotates the refresh token and issues an access token carrying the user's current roles. */
  async refreshSession(refreshToken: string): Promise<AuthPayload> {
    const session = await new SessionService(this.context).rotate(refreshToken.slice(0, 200));
    const user = await this.byId(session.userId);
    if (!user) throw new UnauthenticatedError();
    return this.issue(user, session);
  }

  async me(): Promise<UserType | null> {
    if (!this.context.viewer || this.context.viewer.service) return null;
    const user = await this.byId(this.context.viewer.userId);
    return user ? toUserType(user, this.context.viewer) : null;
  }

  /** Batched: every reference to a user in one request is one query. */
  async byId(id: string): Promise<User | null> {
    return this.context.loaders
      .get<string, User | null>('User.byId', async (ids) =>
        orderByKeys(ids, await this.em.find(User, { id: { $in: [...ids] } }), (u) => u.id),
      )
      .load(id);
  }

  async reference(id: string): Promise<UserType | null> {
    const user = await this.byId(id);
    return user ? toUserType(user, this.context.viewer) : null;
  }

  /** The signed-in person changes their name, phone or domicile village (checked with places). */
  async updateProfile(input: UpdateProfileInput): Promise<UserType> {
    const viewer = requirePerson(this.context.viewer);
    const data = validate(updateProfileSchema, input);
    if (data.villageCode && !(await new PlacesClient(this.context.env).village(data.villageCode)))
      throw UserInputError.field('villageCode', {
        id: 'Desa tidak dikenal di kabupaten ini',
        en: 'No village of the regency has this code',
      });
    const user = await this.em.findOne(User, { id: viewer.userId });
    if (!user) throw new UnauthenticatedError();
    if (data.name !== undefined) user.name = data.name;
    if (data.phone !== undefined && data.phone !== user.phone) {
      // A number typed into the profile is unverified until its code comes back (decision 027).
      user.phone = data.phone;
      user.phoneVerifiedAt = null;
    }
    if (data.villageCode !== undefined) user.villageCode = data.villageCode;
    await this.em.flush();
    return toUserType(user, viewer);
  }

  /**
   * Internal: another subgraph grants a stored role (sellers grants SELLER when a shop is
   * registered). STAFF and ADMIN are not stored: they come from memberships (decision 020).
   */
  async grantRole(userId: string, role: Role): Promise<UserType> {
    if (role !== 'BUYER' && role !== 'SELLER')
      throw UserInputError.field('role', {
        id: 'Peran kantor diberikan sebagai keanggotaan wilayah',
        en: 'Office roles are granted as memberships of a place',
      });
    const user = await this.em.findOneOrFail(User, { id: userId });
    if (!user.roles.includes(role)) user.roles = [...user.roles, role];
    await this.em.flush();
    return toUserType(user, this.context.viewer);
  }

  /** The access token carries the user's memberships and the coarse roles derived from them (decision 020). */
  async issue(user: User, session: IssuedSession): Promise<AuthPayload> {
    const memberships = await new MembershipService(this.context).claimsOf(user.id);
    const viewer: Viewer = {
      userId: user.id,
      roles: derivedRoles(user.roles, memberships),
      sessionId: session.sessionId,
      memberships,
    };
    const expiresAt = new Date((Math.floor(Date.now() / 1_000) + ACCESS_TOKEN_TTL_SECONDS) * 1_000);
    const { signing } = await accessTokenKeysOf(this.context.env);
    const token = await signUserToken(viewer, { ...this.jwt, signingKey: signing, expiresIn: expiresAt });
    return { token, expiresAt, refreshToken: session.refreshToken, user: toUserType(user, viewer) };
  }
}
