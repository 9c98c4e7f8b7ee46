import { Field, InputType } from 'type-graphql';

@InputType({ description: 'The email, or the verified phone number, of the account (one of them)' })
export class RequestPasswordResetInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: "A new password with the reset link's token, or with the phone number and its code" })
export class ResetPasswordInput {
  @Field(() => String, { nullable: true, description: 'From the emailed link /atur-ulang-sandi?token=…' })
  token?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'The 6-digit code sent by WhatsApp or SMS' })
  code?: string | null;

  @Field(() => String)
  newPassword: string;
}

@InputType()
export class SignInWithCodeInput {
  @Field(() => String)
  phone: string;

  @Field(() => String)
  code: string;
}

@InputType({ description: 'A new email or a new phone number (one of them), confirmed on the new address first' })
export class RequestContactChangeInput {
  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: "The new email's link token, or the code sent to the new phone (one of them)" })
export class ConfirmContactChangeInput {
  @Field(() => String, { nullable: true })
  token?: string | null;

  @Field(() => String, { nullable: true })
  code?: string | null;
}
