import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { indonesianDate } from './letter-number.js';

export interface LetterContent {
  title: string;
  number: string;
  village: string;
  district: string;
  head: string;
  issuedAt: Date;
  applicant: { name: string; nik: string; address: string };
  purpose: string;
  /** The service's statement; {nama}, {keperluan}, {desa}, {alamat} are filled in. */
  template: string;
  verificationUrl: string;
}

/** Renders the village letter: letterhead, number, applicant, statement, signature and QR code. */
export async function renderLetterPdf(letter: LetterContent): Promise<Buffer> {
  const qr = await QRCode.toBuffer(letter.verificationUrl, { margin: 1, width: 160 });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${letter.title} ${letter.number}`, Author: `Desa ${letter.village}` },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica-Bold').fontSize(13).text('PEMERINTAH KABUPATEN BANYUWANGI', { align: 'center' });
  doc.text(`KECAMATAN ${letter.district.toUpperCase()}`, { align: 'center' });
  doc.fontSize(15).text(`DESA ${letter.village.toUpperCase()}`, { align: 'center' });
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
    `Yang bertanda tangan di bawah ini, Kepala Desa ${letter.village}, Kecamatan ${letter.district}, Kabupaten Banyuwangi, menerangkan bahwa:`,
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
  doc.text(`Kepala Desa ${letter.village}`, 330);
  doc.moveDown(3);
  doc.font('Helvetica-Bold').text(letter.head, 330, undefined, { underline: true });
  doc.end();
  return done;
}

const STANDARD = 'adalah benar warga Desa {desa}. Surat keterangan ini dibuat untuk keperluan: {keperluan}.';

/** The template with its placeholders filled in; unknown placeholders stay as written. */
export function statementOf(letter: Pick<LetterContent, 'template' | 'village' | 'purpose' | 'applicant'>): string {
  const values: Record<string, string> = {
    nama: letter.applicant.name,
    keperluan: letter.purpose,
    desa: letter.village,
    alamat: letter.applicant.address,
  };
  return (letter.template.trim() || STANDARD).replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
