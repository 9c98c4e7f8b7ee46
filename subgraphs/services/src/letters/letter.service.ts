import { randomCode } from '@kampung/shared';
import { createHash } from 'node:crypto';
import { placesDirectory, type VillageOffice } from '../clients/places.client.js';
import type { ServicesContext, ServicesEnv } from '../env.js';
import { servicesFileStorage } from '../files/file-storage.js';
import { Upload } from '../files/upload.entity.js';
import { answerOfType } from '../requests/answers.js';
import type { ServiceRequest } from '../requests/service-request.entity.js';
import { Letter } from './letter.entity.js';
import { formatLetterNumber, initialsOf, nextLetterNumber, wibYear } from './letter-number.js';
import { renderLetterPdf } from './letter.pdf.js';
import type { LetterSignatoryType, LetterType, LetterVerificationType } from './letter.type.js';

type EntityManager = ServicesContext['em'];

/** The public page that confirms a letter, printed on it as a QR code. */
export const verificationUrlOf = (env: Pick<ServicesEnv, 'STOREFRONT_URL'>, code: string): string =>
  `${env.STOREFRONT_URL.replace(/\/$/, '')}/verifikasi/${code}`;

export class LetterService {
  constructor(private readonly context: ServicesContext) {}

  /**
   * Issues the letter of a completed letter request, inside the completing transaction `tx`:
   * the next number of the issuing village's year, the PDF with that village's letterhead, its
   * head as signatory (and its district head beside, when `cosigned`), the QR code, the file, its hash.
   */
  async issue(
    tx: EntityManager,
    request: ServiceRequest,
    issuedAt: Date,
    village: VillageOffice,
    cosigned = false,
  ): Promise<Letter> {
    const env = this.context.env;
    const year = wibYear(issuedAt);
    const sequence = await nextLetterNumber(tx, request.villageCode, year);
    // A village without a letter code yet numbers with its Kemendagri code: still unique.
    const number = formatLetterNumber(sequence, village.letterCode ?? village.code, year);
    const verificationCode = randomCode(20);
    const answers = request.answers;
    const name = String(answerOfType(request, 'TEXT', 'fullName') ?? '-');
    const headTitle = village.head?.title ?? (village.type === 'KELURAHAN' ? 'Lurah' : 'Kepala Desa');
    const cosigner = cosigned
      ? {
          name: village.districtHead?.name ?? null,
          title: village.districtHead?.title ?? 'Camat',
          district: village.districtName,
        }
      : null;
    const pdf = await renderLetterPdf({
      title: request.service.name,
      number,
      village: village.name,
      villageType: village.type,
      district: village.districtName,
      officeAddress: village.officeAddress,
      logo: await logoOf(village.logoUrl),
      head: village.head?.name ?? '-',
      headTitle,
      cosigner,
      issuedAt,
      applicant: { name, nik: String(answerOfType(request, 'NIK') ?? '-'), address: String(answers.address ?? '-') },
      purpose: String(answers.purpose ?? request.service.name),
      template: request.service.letterTemplate,
      verificationUrl: verificationUrlOf(env, verificationCode),
    });
    const key = `letters/${year}/${request.id}.pdf`;
    await servicesFileStorage(env).put(key, pdf, 'application/pdf');
    // Written now (not at flush): the letter row's foreign key needs it first.
    await tx.insert(Upload, {
      key,
      ownerId: request.applicantId,
      contentType: 'application/pdf',
      size: pdf.length,
      public: false,
      createdAt: issuedAt,
    });
    return tx.create(Letter, {
      request,
      villageCode: request.villageCode,
      number,
      verificationCode,
      fileKey: key,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      applicantInitials: initialsOf(name),
      issuedAt,
      signatoryName: village.head?.name ?? null,
      signatoryTitle: headTitle,
      cosignerName: cosigner?.name ?? null,
      cosignerTitle: cosigner?.title ?? null,
      cosignerDistrict: cosigner?.district ?? null,
    });
  }

  /** The letter of a request, with its verification link; null until one is issued. */
  async ofRequest(requestId: string): Promise<LetterType | null> {
    const letter = await this.context.em.findOne(Letter, { request: requestId });
    if (!letter) return null;
    const village = await placesDirectory(this.context.env)
      .village(letter.villageCode)
      .catch(() => null);
    return {
      ...letter,
      verificationUrl: verificationUrlOf(this.context.env, letter.verificationCode),
      signatories: signatoriesOf(letter, village?.name ?? letter.villageCode),
    };
  }

  /** Public: the facts printed on the letter, nothing personal beyond initials. */
  async verify(code: string): Promise<LetterVerificationType | null> {
    if (!/^[0-9A-Z]{20}$/.test(code.trim().toUpperCase())) return null;
    const letter = await this.context.em.findOne(
      Letter,
      { verificationCode: code.trim().toUpperCase() },
      { populate: ['request.service'] },
    );
    if (!letter) return null;
    const village = await placesDirectory(this.context.env)
      .village(letter.villageCode)
      .catch(() => null);
    return {
      genuine: true,
      villageCode: letter.villageCode,
      // Places unreachable: the code still names the issuing office.
      villageName: village?.name ?? letter.villageCode,
      districtName: village?.districtName ?? null,
      number: letter.number,
      issuedAt: letter.issuedAt,
      serviceName: letter.request.service.name,
      applicantInitials: letter.applicantInitials,
      sha256: letter.sha256,
      signatories: signatoriesOf(letter, village?.name ?? letter.villageCode),
    };
  }
}

/** As printed: the village head, then the camat when co-signed. */
function signatoriesOf(letter: Letter, villageName: string): LetterSignatoryType[] {
  const signatories: LetterSignatoryType[] = [];
  if (letter.signatoryTitle)
    signatories.push({ name: letter.signatoryName ?? null, title: letter.signatoryTitle, office: villageName });
  if (letter.cosignerTitle)
    signatories.push({
      name: letter.cosignerName ?? null,
      title: letter.cosignerTitle,
      office: letter.cosignerDistrict ?? '',
    });
  return signatories;
}

const logos = new Map<string, Promise<Buffer | null>>();

/**
 * The village's logo for the letterhead, fetched once per process (PNG or JPEG, at most 1 MB,
 * 3 s); none when it has none or it cannot be fetched: the letter is issued without it.
 */
export function logoOf(url: string | null): Promise<Buffer | null> {
  if (!url) return Promise.resolve(null);
  let logo = logos.get(url);
  if (!logo) {
    logo = fetch(url, { signal: AbortSignal.timeout(3_000) })
      .then(async (response) => {
        const type = response.headers.get('content-type') ?? '';
        if (!response.ok || !/^image\/(png|jpeg)/.test(type)) return null;
        const body = Buffer.from(await response.arrayBuffer());
        return body.length <= 1_000_000 ? body : null;
      })
      .catch(() => null);
    logos.set(url, logo);
  }
  return logo;
}
