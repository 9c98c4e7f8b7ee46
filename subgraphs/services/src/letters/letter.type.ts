import { Field, ObjectType } from 'type-graphql';

@ObjectType('Letter', { description: 'The letter issued on completion of a letter service' })
export class LetterType {
  @Field(() => String, { description: 'e.g. 470/0001/429.501.01/2026' })
  number: string;

  @Field(() => Date)
  issuedAt: Date;

  @Field(() => String, { description: 'The code of the public verification page /verifikasi/<code>' })
  verificationCode: string;

  @Field(() => String)
  verificationUrl: string;

  @Field(() => String, { description: 'Download through the gateway: /files/services/<fileKey> with the bearer token' })
  fileKey: string;

  @Field(() => String, { description: 'SHA-256 of the PDF as issued' })
  sha256: string;
}

@ObjectType('LetterVerification', { description: 'Public: confirms a letter is genuine, without personal data' })
export class LetterVerificationType {
  @Field(() => Boolean)
  genuine: boolean;

  @Field(() => String)
  number: string;

  @Field(() => Date)
  issuedAt: Date;

  @Field(() => String)
  serviceName: string;

  @Field(() => String)
  applicantInitials: string;

  @Field(() => String)
  sha256: string;
}
