import { inflateSync } from 'node:zlib';

/**
 * The text lines of a PDFKit letter: its content streams inflated, each TJ array's hex strings
 * joined (PDFKit writes the standard fonts' text as WinAnsi codes in hex).
 */
export function pdfLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const stream of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(stream[1]!, 'latin1')).toString('latin1');
    } catch {
      continue; // an image or another stream that is not deflated text
    }
    for (const tj of body.matchAll(/\[([^\]]*)\]\s*TJ/g))
      lines.push(
        [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''),
      );
  }
  return lines;
}
