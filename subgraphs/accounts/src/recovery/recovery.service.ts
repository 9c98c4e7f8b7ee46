import {
  ConflictError,
  enqueueNotification,
  requirePerson,
  UnauthenticatedError,
  UserInputError,
  validate,
  type NotificationData,
} from '@kampung/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccountsContext } from '../env.js';
import { SessionService } from '../sessions/session.service.js';
import { SignInThrottle, signInKeys, type SignInKeys } from '../throttle/throttle.service.js';
import { hashPassword } from '../users/password.js';
import { User } from '../users/user.entity.js';
import { toUserType, UserService } from '../users/user.service.js';
import type { AuthPayload, UserType } from '../users/user.type.js';
import {
  consumeSecret,
  countWrongCode,
  hashCode,
  hashLinkToken,
  newCode,
  newLinkToken,
  storeSecret,
  type SecretPurpose,
} from './one-time-secret.js';
import {
  confirmContactChangeSchema,
  requestContactChangeSchema,
  requestPasswordResetSchema,
  requestSignInCodeSchema,
  resetPasswordSchema,
  signInWithCodeSchema,
  verifyPhoneSchema,
} from './recovery.validation.js';

const LINK_OR_CODE_INVALID = {
  id: 'Tautan atau kode tidak berlaku (salah, sudah dipakai, atau lewat 15 menit). Minta yang baru',
  en: 'The link or code is not valid (wrong, already used or older than 15 minutes). Ask for a new one',
};
const CODE_INVALID = {
  id: 'Nomor HP atau kode salah, atau kode sudah tidak berlaku',
  en: 'The phone number or code is wrong, or the code is no longer valid',
};

/**
 * Password reset, phone verification, contact change and sign-in by one-time code (decision
 * 027). Requests answer the same whether or not an account matches; secrets are stored
 * hashed, good once for 15 minutes; the message carrying one is an outbox event written in
 * the same transaction (the only events whose data hold a code or a link token).
 */
export class RecoveryService {
  constructor(private readonly context: AccountsContext) {}

  private get em() {
    return this.context.em as EntityManager;
  }

  private link(path: string): string {
    return `${this.context.env.STOREFRONT_URL.replace(/\/$/, '')}${path}`;
  }

  /** Request throttling: per typed email/phone (existing or not, so the answer stays neutral) and per client address. */
  private requestKeys(kind: string, identifier: string): SignInKeys {
    const keys = signInKeys(identifier, this.context.clientAddress);
    return {
      account: `${kind}:${identifier}`,
      address: keys.address ? keys.address.replace(/^address:/, `address:${kind}:`) : null,
    };
  }

  /** A user holding this phone number, verified. */
  private verifiedPhoneOwner(em: EntityManager, phone: string): Promise<User | null> {
    return em.findOne(User, { phone, phoneVerifiedAt: { $ne: null } });
  }

  /** Always true, whether or not an account has this email or verified phone. */
  async requestPasswordReset(input: { email?: string | null; phone?: string | null }): Promise<boolean> {
    const data = validate(requestPasswordResetSchema, input);
    const identifier = (data.email ?? data.phone)!;
    await new SignInThrottle(this.em).claimAttempt(this.requestKeys('reset-request', identifier));
    await this.em.transactional(async (tx) => {
      const user = data.email
        ? await tx.findOne(User, { email: data.email })
        : await this.verifiedPhoneOwner(tx, data.phone!);
      if (!user) return;
      if (data.email) {
        const token = newLinkToken();
        await storeSecret(tx, { userId: user.id, purpose: 'PASSWORD_RESET', hash: hashLinkToken(token) });
        this.notify(tx, 'account.password_reset', user.id, {
          resetUrl: this.link(`/atur-ulang-sandi?token=${token}`),
          toEmail: user.email,
        });
      } else {
        const code = newCode();
        await storeSecret(tx, { userId: user.id, purpose: 'PASSWORD_RESET', hash: hashCode(user.id, code) });
        this.notify(tx, 'account.one_time_code', user.id, { code, purpose: 'PASSWORD_RESET', toPhone: user.phone });
      }
    });
    return true;
  }

  /** Sets a new password with a reset link's token or a phone code; every session of the user ends. */
  async resetPassword(input: {
    token?: string | null;
    phone?: string | null;
    code?: string | null;
    newPassword: string;
  }): Promise<boolean> {
    const data = validate(resetPasswordSchema, input);
    const passwordHash = await hashPassword(data.newPassword);
    const userId = data.token
      ? await this.em.transactional(async (tx) => {
          const used = await consumeSecret(tx, 'PASSWORD_RESET', hashLinkToken(data.token!));
          return used?.userId ?? null;
        })
      : await this.useCode('PASSWORD_RESET', data.phone!, data.code!);
    if (!userId)
      throw data.token
        ? UserInputError.field('token', LINK_OR_CODE_INVALID)
        : UserInputError.field('code', CODE_INVALID);
    await this.em.transactional(async (tx) => {
      await tx.execute('update "accounts"."users" set password_hash = ?, updated_at = now() where id = ?', [
        passwordHash,
        userId,
      ]);
      await tx.execute(
        `update "accounts"."sessions" set revoked_at = now(), revoked_reason = 'password-reset' where user_id = ? and revoked_at is null`,
        [userId],
      );
      // Other reset links and codes of this user stop working too.
      await tx.execute(
        `delete from "accounts"."one_time_secrets" where user_id = ? and purpose in ('PASSWORD_RESET', 'SIGN_IN') and used_at is null`,
        [userId],
      );
    });
    return true;
  }

  /** Always true: a code goes to the phone only when an account has verified it. */
  async requestSignInCode(input: { phone: string }): Promise<boolean> {
    const data = validate(requestSignInCodeSchema, input);
    await new SignInThrottle(this.em).claimAttempt(this.requestKeys('code-request', data.phone));
    await this.em.transactional(async (tx) => {
      const user = await this.verifiedPhoneOwner(tx, data.phone);
      if (!user) return;
      const code = newCode();
      await storeSecret(tx, { userId: user.id, purpose: 'SIGN_IN', hash: hashCode(user.id, code) });
      this.notify(tx, 'account.one_time_code', user.id, { code, purpose: 'SIGN_IN', toPhone: user.phone });
    });
    return true;
  }

  /** Signs in with the phone number and its code: the same AuthPayload as signIn. */
  async signInWithCode(input: { phone: string; code: string }): Promise<AuthPayload> {
    const data = validate(signInWithCodeSchema, input);
    const userId = await this.useCode('SIGN_IN', data.phone, data.code);
    if (!userId) throw new UnauthenticatedError(CODE_INVALID);
    const users = new UserService(this.context);
    const user = await this.em.findOneOrFail(User, { id: userId });
    return users.issue(user, await new SessionService(this.context).start(user.id));
  }

  /**
   * Checks a phone code, throttled like sign-in (per phone and per client address: a refused
   * attempt checks nothing) and at most 5 wrong tries per code. The user id, or null.
   */
  private async useCode(purpose: SecretPurpose, phone: string, code: string): Promise<string | null> {
    const keys = signInKeys(`code:${phone}`, this.context.clientAddress);
    const throttle = new SignInThrottle(this.em);
    await throttle.claimAttempt(keys);
    const userId = await this.em.transactional(async (tx) => {
      const user = await this.verifiedPhoneOwner(tx, phone);
      if (!user) return null;
      const used = await consumeSecret(tx, purpose, hashCode(user.id, code), user.id);
      if (!used) await countWrongCode(tx, purpose, user.id);
      return used?.userId ?? null;
    });
    if (userId) await throttle.attemptSucceeded(keys);
    return userId;
  }

  /** Sends a code to the signed-in user's phone number. */
  async requestPhoneVerification(): Promise<boolean> {
    const viewer = requirePerson(this.context.viewer);
    await new SignInThrottle(this.em).claimAttempt(this.requestKeys('verify-request', viewer.userId));
    await this.em.transactional(async (tx) => {
      const user = await tx.findOneOrFail(User, { id: viewer.userId });
      if (!user.phone)
        throw UserInputError.field('phone', {
          id: 'Isi nomor HP di profil terlebih dahulu',
          en: 'Add a phone number to your profile first',
        });
      if (user.phoneVerifiedAt)
        throw new ConflictError({ id: 'Nomor HP sudah terverifikasi', en: 'The phone number is already verified' });
      const code = newCode();
      await storeSecret(tx, {
        userId: user.id,
        purpose: 'PHONE_VERIFICATION',
        hash: hashCode(user.id, code),
        target: user.phone,
      });
      this.notify(tx, 'account.one_time_code', user.id, {
        code,
        purpose: 'PHONE_VERIFICATION',
        toPhone: user.phone,
      });
    });
    return true;
  }

  /** The code sent to the profile's phone: the number is verified (if it is still the same number). */
  async verifyPhone(input: { code: string }): Promise<UserType> {
    const viewer = requirePerson(this.context.viewer);
    const data = validate(verifyPhoneSchema, input);
    const keys = signInKeys(`verify:${viewer.userId}`, this.context.clientAddress);
    const throttle = new SignInThrottle(this.em);
    await throttle.claimAttempt(keys);
    const user = await this.em.transactional(async (tx) => {
      const used = await consumeSecret(tx, 'PHONE_VERIFICATION', hashCode(viewer.userId, data.code), viewer.userId);
      if (!used) {
        await countWrongCode(tx, 'PHONE_VERIFICATION', viewer.userId);
        return null;
      }
      const owner = await tx.findOneOrFail(User, { id: viewer.userId });
      if (!owner.phone || owner.phone !== used.target) return null;
      await this.takePhone(tx, owner, owner.phone);
      return owner;
    });
    if (!user) throw UserInputError.field(data.code ? 'code' : 'token', LINK_OR_CODE_INVALID);
    await throttle.attemptSucceeded(keys);
    return toUserType(user, viewer);
  }

  /** A new email gets a confirmation link, a new phone a code; the profile changes only once confirmed. */
  async requestContactChange(input: { email?: string | null; phone?: string | null }): Promise<boolean> {
    const viewer = requirePerson(this.context.viewer);
    const data = validate(requestContactChangeSchema, input);
    await new SignInThrottle(this.em).claimAttempt(this.requestKeys('change-request', viewer.userId));
    await this.em.transactional(async (tx) => {
      const user = await tx.findOneOrFail(User, { id: viewer.userId });
      if (data.email) {
        if (await tx.findOne(User, { email: data.email, id: { $ne: user.id } }))
          throw UserInputError.field('email', {
            id: 'Email sudah dipakai akun lain',
            en: 'Another account uses this email',
          });
        const token = newLinkToken();
        await storeSecret(tx, {
          userId: user.id,
          purpose: 'CONTACT_CHANGE',
          hash: hashLinkToken(token),
          target: data.email,
        });
        this.notify(tx, 'account.contact_change', user.id, {
          confirmUrl: this.link(`/akun/konfirmasi-kontak?token=${token}`),
          toEmail: data.email,
        });
      } else {
        if (await tx.findOne(User, { phone: data.phone!, phoneVerifiedAt: { $ne: null }, id: { $ne: user.id } }))
          throw UserInputError.field('phone', {
            id: 'Nomor HP sudah dipakai akun lain',
            en: 'Another account uses this phone number',
          });
        const code = newCode();
        await storeSecret(tx, {
          userId: user.id,
          purpose: 'CONTACT_CHANGE',
          hash: hashCode(user.id, code),
          target: data.phone,
        });
        this.notify(tx, 'account.one_time_code', user.id, { code, purpose: 'CONTACT_CHANGE', toPhone: data.phone! });
      }
    });
    return true;
  }

  /** The link token (new email) or the code (new phone): the profile takes the new address, verified. */
  async confirmContactChange(input: { token?: string | null; code?: string | null }): Promise<UserType> {
    const viewer = requirePerson(this.context.viewer);
    const data = validate(confirmContactChangeSchema, input);
    const keys = signInKeys(`change:${viewer.userId}`, this.context.clientAddress);
    const throttle = new SignInThrottle(this.em);
    await throttle.claimAttempt(keys);
    const user = await this.em.transactional(async (tx) => {
      const hash = data.token ? hashLinkToken(data.token) : hashCode(viewer.userId, data.code!);
      const used = await consumeSecret(tx, 'CONTACT_CHANGE', hash, viewer.userId);
      if (!used?.target) {
        if (data.code) await countWrongCode(tx, 'CONTACT_CHANGE', viewer.userId);
        return null;
      }
      const owner = await tx.findOneOrFail(User, { id: viewer.userId });
      if (used.target.includes('@')) {
        if (await tx.findOne(User, { email: used.target, id: { $ne: owner.id } }))
          throw UserInputError.field('email', {
            id: 'Email sudah dipakai akun lain',
            en: 'Another account uses this email',
          });
        owner.email = used.target;
        await tx.flush();
      } else {
        await this.takePhone(tx, owner, used.target);
      }
      return owner;
    });
    if (!user) throw UserInputError.field(data.token ? 'token' : 'code', LINK_OR_CODE_INVALID);
    await throttle.attemptSucceeded(keys);
    return toUserType(user, viewer);
  }

  /** The user now holds this phone, verified; a verified number belongs to one account only. */
  private async takePhone(tx: EntityManager, user: User, phone: string): Promise<void> {
    const other = await tx.findOne(User, { phone, phoneVerifiedAt: { $ne: null }, id: { $ne: user.id } });
    if (other)
      throw UserInputError.field('phone', {
        id: 'Nomor HP sudah dipakai akun lain',
        en: 'Another account uses this phone number',
      });
    user.phone = phone;
    user.phoneVerifiedAt = new Date();
    await tx.flush();
  }

  /** Urgent: codes and reset links ignore quiet hours. The message text itself is never logged. */
  private notify(
    tx: EntityManager,
    type: 'account.password_reset' | 'account.one_time_code' | 'account.contact_change',
    userId: string,
    data: NotificationData,
  ): void {
    enqueueNotification(tx, { type, recipientUserId: userId, data, urgent: true, link: null });
  }
}
