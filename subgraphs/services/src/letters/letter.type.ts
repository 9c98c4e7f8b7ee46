import { Field, ObjectType } from 'type-graphql';

@ObjectType('LetterSignatory', { description: 'Who signed a letter, as printed on it' })
export class LetterSignatoryType {
  @Field(() => String, { nullable: true, description: 'Null when the office had not recorded the name' })
  name: string | null;

  @Field(() => String, { description: 'Kepala Desa, Lurah, Camat' })
  title: string;

  @Field(() => String, { description: 'The office: the village, or for a camat the district' })
  office: string;
}

@ObjectType('Letter', { description: 'The letter issued on completion of a letter service' })
export class LetterType {
  @Field(() => String, { description: "e.g. 470/0001/429.501.01/2026: the issuing village's own yearly sequence" })
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

  @Field(() => [LetterSignatoryType], {
    description: 'The village head, then the camat when the service needs the district; empty on older letters',
  })
  signatories: LetterSignatoryType[];
}

@ObjectType('LetterVerification', { description: 'Public: confirms a letter is genuine, without personal data' })
export class LetterVerificationType {
  @Field(() => Boolean)
  genuine: boolean;

  @Field(() => String, { description: 'The issuing village office (Kemendagri code)' })
  villageCode: string;

  @Field(() => String, { description: 'The issuing village, e.g. Sembulung' })
  villageName: string;

  @Field(() => String, { nullable: true, description: 'Its district (kecamatan), e.g. Cluring' })
  districtName: string | null;

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

  @Field(() => [LetterSignatoryType], { description: 'The village head, then the camat when co-signed' })
  signatories: LetterSignatoryType[];
}
