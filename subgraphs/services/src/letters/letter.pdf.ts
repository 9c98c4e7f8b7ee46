import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { indonesianDate } from './letter-number.js';

export interface LetterContent {
  title: string;
  number: string;
  village: string;
  /** DESA or KELURAHAN: the letterhead and the statement say which. */
  villageType?: 'DESA' | 'KELURAHAN';
  district: string;
  /** The office's address, under the letterhead. */
  officeAddress?: string | null;
  /** PNG or JPEG, left of the letterhead. */
  logo?: Buffer | null;
  /** The head of village who signs. */
  head: string;
  /** "Kepala Desa", "Lurah", "Pj. Kepala Desa". */
  headTitle?: string;
  /** The district head who co-signs ("Mengetahui"), for services that need the camat; name null when not recorded. */
  cosigner?: { name: string | null; title: string; district: string } | null;
  issuedAt: Date;
  applicant: { name: string; nik: string; address: string };
  purpose: string;
  /** The service's statement; {nama}, {keperluan}, {desa}, {alamat} are filled in. */
  template: string;
  verificationUrl: string;
}

/** "Desa" or "Kelurahan". */
const kindOf = (letter: Pick<LetterContent, 'villageType'>) =>
  letter.villageType === 'KELURAHAN' ? 'Kelurahan' : 'Desa';

/**
 * Renders the letter of the issuing village: its letterhead (logo, district, name, office
 * address), number, applicant, statement, its head's signature and the QR code.
 */
export async function renderLetterPdf(letter: LetterContent): Promise<Buffer> {
  const kind = kindOf(letter);
  const headTitle = letter.headTitle?.trim() || (kind === 'Kelurahan' ? 'Lurah' : 'Kepala Desa');
  const qr = await QRCode.toBuffer(letter.verificationUrl, { margin: 1, width: 160 });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${letter.title} ${letter.number}`, Author: `${kind} ${letter.village}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  if (letter.logo) {
    try {
      doc.image(letter.logo, 56, 50, { fit: [64, 64] });
    } catch {
      // A logo PDFKit cannot read: the letterhead goes without it.
    }
  }
  doc.font('Helvetica-Bold').fontSize(13).text('PEMERINTAH KABUPATEN BANYUWANGI', { align: 'center' });
  doc.text(`KECAMATAN ${letter.district.toUpperCase()}`, { align: 'center' });
  doc.fontSize(15).text(`${kind.toUpperCase()} ${letter.village.toUpperCase()}`, { align: 'center' });
  if (letter.officeAddress?.trim())
    doc.font('Helvetica').fontSize(9).text(letter.officeAddress.trim(), { align: 'center' }).font('Helvetica-Bold');
  doc
    .moveTo(56, doc.y + 6)
    .lineTo(539, doc.y + 6)
    .lineWidth(2)
    .stroke();
  doc.moveDown(1.5);
  doc.fontSize(13).text(letter.title.toUpperCase(), { align: 'center', underline: true });
  doc.font('Helvetica').fontSize(11).text(`Nomor: ${letter.number}`, { align: 'center' });
  doc.moveDown();
  doc.text(
    `Yang bertanda tangan di bawah ini, ${headTitle} ${letter.village}, Kecamatan ${letter.district}, Kabupaten Banyuwangi, menerangkan bahwa:`,
  );
  doc.moveDown(0.5);
  for (const [label, value] of [
    ['Nama', letter.applicant.name],
    ['NIK', letter.applicant.nik],
    ['Alamat', letter.applicant.address],
  ] as const) {
    doc.text(`${label.padEnd(8, ' ')}: ${value}`, { indent: 24 });
  }
  doc.moveDown(0.5);
  doc.text(statementOf(letter));
  doc.text('Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.');
  doc.moveDown(2);
  const top = doc.y;
  doc.image(qr, 56, top, { width: 110 });
  doc.fontSize(8).text('Pindai untuk memeriksa keaslian surat', 56, top + 114, { width: 130 });
  doc.fontSize(11).text(`${letter.village}, ${indonesianDate(letter.issuedAt)}`, 330, top);
  doc.text(`${headTitle} ${letter.village}`, 330);
  doc.moveDown(3);
  doc.font('Helvetica-Bold').text(letter.head, 330, undefined, { underline: true });
  if (letter.cosigner) {
    // The camat acknowledges beside the village head: "Mengetahui, Camat Cluring".
    doc.font('Helvetica').fontSize(11).text('Mengetahui,', 185, top, { width: 140 });
    doc.text(`${letter.cosigner.title} ${letter.cosigner.district}`, 185, undefined, { width: 140 });
    doc.moveDown(3);
    doc
      .font('Helvetica-Bold')
      .text(letter.cosigner.name ?? '....................', 185, undefined, { width: 140, underline: true });
  }
  doc.end();
  return done;
}

const STANDARD = 'adalah benar warga {jenis} {desa}. Surat keterangan ini dibuat untuk keperluan: {keperluan}.';

/** The template with its placeholders filled in; unknown placeholders stay as written. */
export function statementOf(
  letter: Pick<LetterContent, 'template' | 'village' | 'villageType' | 'purpose' | 'applicant'>,
): string {
  const values: Record<string, string> = {
    jenis: kindOf(letter),
    nama: letter.applicant.name,
    keperluan: letter.purpose,
    desa: letter.village,
    alamat: letter.applicant.address,
  };
  return (letter.template.trim() || STANDARD).replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
