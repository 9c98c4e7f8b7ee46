import { hash, verify } from '@node-rs/argon2';
import {
  isStaff, jwtConfigOf, orderByKeys, requireViewer, signUserToken, UnauthenticatedError, UserInputError, validate,
  type JwtConfig, type RequestContext, type Role, type Viewer,
} from '@kampung/shared';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { User } from './user.entity.js';
import type { AuthPayload, SignInInput, SignUpInput, UserType } from './user.type.js';
import { signInSchema, signUpSchema } from './user.validation.js';

const WRONG_CREDENTIALS = { id: 'Email atau kata sandi salah', en: 'Email or password is wrong' };
/** Verified against when the email is unknown, so that both failures take the same time. */
const DUMMY_HASH = hash('not-a-real-password-0000');

export function toUserType(user: User, viewer: Viewer | null): UserType {
  const canSeePrivate = viewer?.userId === user.id || isStaff(viewer) || !!viewer?.service;
  return {
    id: user.id,
    name: user.name,
    roles: user.roles,
    createdAt: user.createdAt,
    email: canSeePrivate ? user.email : null,
    phone: canSeePrivate ? user.phone : null,
  };
}

export class UserService {
  private readonly jwt: JwtConfig;

  constructor(private readonly context: RequestContext) {
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
      passwordHash: await hash(data.password),
      roles: ['BUYER'],
    });
    try {
      await this.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw UserInputError.field('email', { id: 'Email sudah terdaftar, silakan masuk', en: 'This email is already registered, please sign in' });
      }
      throw error;
    }
    return this.issue(user);
  }

  async signIn(input: SignInInput): Promise<AuthPayload> {
    const data = validate(signInSchema, input);
    const user = await this.em.findOne(User, { email: data.email });
    const valid = await verify(user?.passwordHash ?? (await DUMMY_HASH), data.password);
    if (!user || !valid) throw new UnauthenticatedError(WRONG_CREDENTIALS);
    return this.issue(user);
  }

  async me(): Promise<UserType | null> {
    if (!this.context.viewer || this.context.viewer.service) return null;
    const user = await this.byId(this.context.viewer.userId);
    return user ? toUserType(user, this.context.viewer) : null;
  }

  /** Batched: every reference to a user in one request is one query. */
  async byId(id: string): Promise<User | null> {
    return this.context.loaders
      .get<string, User | null>('User.byId', async (ids) => orderByKeys(ids, await this.em.find(User, { id: { $in: [...ids] } }), (u) => u.id))
      .load(id);
  }

  async reference(id: string): Promise<UserType | null> {
    const user = await this.byId(id);
    return user ? toUserType(user, this.context.viewer) : null;
  }

  /** Internal: another subgraph grants a role (sellers grants SELLER when a shop is registered). */
  async grantRole(userId: string, role: Role): Promise<UserType> {
    const user = await this.em.findOneOrFail(User, { id: userId });
    if (!user.roles.includes(role)) user.roles = [...user.roles, role];
    await this.em.flush();
    return toUserType(user, this.context.viewer);
  }

  /** A fresh token with the user's current roles, e.g. after becoming a seller. */
  async refreshToken(): Promise<AuthPayload> {
    const viewer = requireViewer(this.context.viewer);
    const user = await this.byId(viewer.userId);
    if (!user) throw new UnauthenticatedError();
    return this.issue(user);
  }

  private async issue(user: User): Promise<AuthPayload> {
    const token = await signUserToken({ userId: user.id, roles: user.roles }, this.jwt);
    return { token, user: toUserType(user, { userId: user.id, roles: user.roles }) };
  }
}
