import { randomCode, type RequestContext } from '@kampung/shared';
import { createHash } from 'node:crypto';
import { fileStorage, servicesEnv } from '../config.js';
import { Upload } from '../files/upload.entity.js';
import type { ServiceRequest } from '../requests/service-request.entity.js';
import { answerOfType } from '../requests/answers.js';
import { Letter } from './letter.entity.js';
import { formatLetterNumber, initialsOf, nextLetterNumber, wibYear } from './letter-number.js';
import { renderLetterPdf } from './letter.pdf.js';

type EntityManager = RequestContext['em'];

export const verificationUrlOf = (code: string): string =>
  `${servicesEnv().STOREFRONT_URL.replace(/\/$/, '')}/verifikasi/${code}`;

/**
 * Issues the letter of a completed letter request, inside the completing transaction: the
 * next number of the year, the PDF with its QR code, the file, its hash.
 */
export async function issueLetter(tx: EntityManager, request: ServiceRequest, issuedAt: Date): Promise<Letter> {
  const env = servicesEnv();
  const year = wibYear(issuedAt);
  const number = formatLetterNumber(await nextLetterNumber(tx, year), env.LETTER_OFFICE_CODE, year);
  const verificationCode = randomCode(20);
  const answers = request.answers;
  const name = String(answerOfType(request, 'TEXT', 'fullName') ?? '-');
  const pdf = await renderLetterPdf({
    title: request.service.name,
    number,
    village: env.VILLAGE_NAME,
    district: env.DISTRICT_NAME,
    head: env.VILLAGE_HEAD,
    issuedAt,
    applicant: { name, nik: String(answerOfType(request, 'NIK') ?? '-'), address: String(answers.address ?? '-') },
    purpose: String(answers.purpose ?? request.service.name),
    template: request.service.letterTemplate,
    verificationUrl: verificationUrlOf(verificationCode),
  });
  const key = `letters/${year}/${request.id}.pdf`;
  await fileStorage().put(key, pdf, 'application/pdf');
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
    number,
    verificationCode,
    fileKey: key,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    applicantInitials: initialsOf(name),
    issuedAt,
  });
}

export class LetterService {
  constructor(private readonly context: RequestContext) {}

  ofRequest(requestId: string): Promise<Letter | null> {
    return this.context.em.findOne(Letter, { request: requestId });
  }

  /** Public: the facts printed on the letter, nothing personal beyond initials. */
  async verify(code: string): Promise<Letter | null> {
    if (!/^[0-9A-Z]{20}$/.test(code.trim().toUpperCase())) return null;
    return this.context.em.findOne(
      Letter,
      { verificationCode: code.trim().toUpperCase() },
      { populate: ['request.service'] },
    );
  }
}
