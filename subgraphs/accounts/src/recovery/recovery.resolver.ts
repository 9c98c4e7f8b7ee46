import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AccountsContext } from '../env.js';
import { AuthPayload, UserType } from '../users/user.type.js';
import { RecoveryService } from './recovery.service.js';
import {
  ConfirmContactChangeInput,
  RequestContactChangeInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignInWithCodeInput,
} from './recovery.type.js';

const NEUTRAL = 'Always true (the same answer whether or not an account matches); throttled per address and per client';

@Resolver()
export class RecoveryResolver {
  @Mutation(() => Boolean, { description: `Sends a reset link by email or a code by WhatsApp/SMS. ${NEUTRAL}` })
  requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<boolean> {
    return new RecoveryService(ctx).requestPasswordReset(input);
  }

  @Mutation(() => Boolean, { description: 'Sets a new password (link or code: once, 15 minutes); every session ends' })
  resetPassword(
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<boolean> {
    return new RecoveryService(ctx).resetPassword(input);
  }

  @Mutation(() => Boolean, { description: `Sends a sign-in code to a verified phone number. ${NEUTRAL}` })
  requestSignInCode(@Arg('phone', () => String) phone: string, @Ctx() ctx: AccountsContext): Promise<boolean> {
    return new RecoveryService(ctx).requestSignInCode({ phone });
  }

  @Mutation(() => AuthPayload, { description: 'Signs in with a phone number and the code sent to it' })
  signInWithCode(
    @Arg('input', () => SignInWithCodeInput) input: SignInWithCodeInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<AuthPayload> {
    return new RecoveryService(ctx).signInWithCode(input);
  }

  @Mutation(() => Boolean, { description: "Sends a code to the signed-in user's phone number" })
  requestPhoneVerification(@Ctx() ctx: AccountsContext): Promise<boolean> {
    return new RecoveryService(ctx).requestPhoneVerification();
  }

  @Mutation(() => UserType, { description: 'The code sent to the phone: the phone number is verified' })
  verifyPhone(@Arg('code', () => String) code: string, @Ctx() ctx: AccountsContext): Promise<UserType> {
    return new RecoveryService(ctx).verifyPhone({ code });
  }

  @Mutation(() => Boolean, { description: 'Sends a link to a new email or a code to a new phone number' })
  requestContactChange(
    @Arg('input', () => RequestContactChangeInput) input: RequestContactChangeInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<boolean> {
    return new RecoveryService(ctx).requestContactChange(input);
  }

  @Mutation(() => UserType, { description: 'Confirms the new email or phone: the profile takes it' })
  confirmContactChange(
    @Arg('input', () => ConfirmContactChangeInput) input: ConfirmContactChangeInput,
    @Ctx() ctx: AccountsContext,
  ): Promise<UserType> {
    return new RecoveryService(ctx).confirmContactChange(input);
  }
}
