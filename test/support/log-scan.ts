import { readFileSync } from 'node:fs';

/** What must never be written to a log line, by name: a literal value or a shape. */
export interface SecretPattern {
  name: string;
  matches: (line: string) => boolean;
}

export interface Finding {
  pattern: string;
  /** 1-based line number in the scanned text. */
  line: number;
  /** The line with every match of every literal replaced, so the report repeats no secret. */
  excerpt: string;
}

export interface ScanResult {
  lines: number;
  patterns: number;
  findings: Finding[];
}

const literal = (name: string, value: string): SecretPattern => ({ name, matches: (line) => line.includes(value) });
const shape = (name: string, regex: RegExp): SecretPattern => ({ name, matches: (line) => regex.test(line) });

/** Shapes of secrets and personal numbers, whatever their value. */
export const SHAPES: SecretPattern[] = [
  shape('JWT', /eyJ[\w-]+\.[\w-]+\.[\w-]+/),
  shape('bearer credential', /\bbearer\s+[\w.~+/-]{16,}/i),
  shape('basic credential', /\bbasic\s+[A-Za-z0-9+/]{12,}={0,2}/i),
  // randomBytes(32).toString('base64url'): mixed case and digits, which slugs and hex hashes are not.
  shape('refresh token', /(?<![\w-])(?=[\w-]*[A-Z])(?=[\w-]*[a-z])(?=[\w-]*\d)[\w-]{43}(?![\w-])/),
  // A NIK and a family card (KK) number are both 16 digits; nothing else in the logs is.
  shape('NIK or family card number (16 digits)', /(?<!\d)\d{16}(?!\d)/),
  shape('Indonesian street address (RT/RW)', /\bRT\s*\.?\s*0*\d{1,3}\s*[/,]?\s*RW\s*\.?\s*0*\d{1,3}\b/i),
  shape('password field with a value', /"(?:password|newPassword|currentPassword)"\s*:\s*"(?!\[redacted\])[^"]+"/i),
  // Account recovery (decision 027): a one-time code in a field, a reset or confirmation link's token.
  shape('one-time code or link token', /"(?:code|otp)"\s*:\s*"?\d{6}"?(?!\d)|[?&]token=[\w-]{20,}/i),
  // Notifications (decisions 025–028, 031): a code or link in words, a phone number, a message's
  // content or an event's personal data fields must never reach a log line.
  shape('one-time code in a message text', /\b(?:kode|code)\b[^"\d]{0,40}\d{6}(?!\d)/i),
  shape('Indonesian phone number', /(?<![\w-])(?:\+?62|0)8\d{7,11}(?![\w-])/),
  shape('message content field', /"(?:html|titleEn|bodyEn|parameters|components|Body)"\s*:\s*["[{]|[?&]Body=[^&\s]/),
  shape(
    'notification event data field with a value',
    /"(?:resetUrl|confirmUrl|toEmail|toPhone|letterLink)"\s*:\s*"[^"]+"/,
  ),
];

/** The patterns for one run: the shapes, and every known secret value literally. */
export function secretPatterns(literals: Record<string, string[]>): SecretPattern[] {
  const values = Object.entries(literals).flatMap(([name, list]) =>
    [...new Set(list)].filter((v) => v.length >= 6).map((v) => literal(name, v)),
  );
  return [...SHAPES, ...values];
}

export function scanText(text: string, patterns: SecretPattern[], literals: string[] = []): ScanResult {
  const lines = text.split('\n');
  const findings: Finding[] = [];
  lines.forEach((line, index) => {
    for (const pattern of patterns) {
      if (!pattern.matches(line)) continue;
      findings.push({ pattern: pattern.name, line: index + 1, excerpt: mask(line, literals).slice(0, 300) });
    }
  });
  return { lines: lines.length - (text.endsWith('\n') ? 1 : 0), patterns: patterns.length, findings };
}

export function scanFile(
  file: string,
  patterns: SecretPattern[],
  literals: string[] = [],
  keep: (line: string) => boolean = () => true,
): ScanResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { lines: 0, patterns: patterns.length, findings: [] };
  }
  return scanText(text.split('\n').filter(keep).join('\n'), patterns, literals);
}

/** Hides secrets in a finding's excerpt: literal values and anything shaped like a token or a NIK. */
function mask(line: string, literals: string[]): string {
  let masked = line;
  for (const value of literals) if (value.length >= 6) masked = masked.split(value).join('[secret]');
  return masked
    .replace(/eyJ[\w-]+\.[\w-]+\.[\w-]+/g, '[jwt]')
    .replace(/(?<!\d)\d{16}(?!\d)/g, (digits) => `${digits.slice(0, 4)}********${digits.slice(-4)}`)
    .replace(/(?<![\w-])[\w-]{43}(?![\w-])/g, '[token]');
}

export function describeFindings(file: string, result: ScanResult): string {
  const byPattern = new Map<string, number>();
  for (const finding of result.findings) byPattern.set(finding.pattern, (byPattern.get(finding.pattern) ?? 0) + 1);
  const summary = [...byPattern].map(([name, count]) => `${name}: ${count}`).join(', ');
  const examples = result.findings
    .slice(0, 10)
    .map((f) => `  ${file}:${f.line} [${f.pattern}] ${f.excerpt}`)
    .join('\n');
  return `${result.findings.length} secret(s) in ${file} (${summary})\n${examples}`;
}

/**
 * PostgreSQL's log, entry by entry (an entry is its prefixed line and the unprefixed lines of a
 * multi-line statement), without what `log_statement = all` writes while a test measures SQL
 * (support/sql-log.ts): those statements and their parameters carry values on purpose.
 */
export function scanPostgresLog(
  file: string,
  patterns: SecretPattern[],
  literals: string[] = [],
): ScanResult & { measured: number } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { lines: 0, patterns: patterns.length, findings: [], measured: 0 };
  }
  const kept: string[] = [];
  let measured = 0;
  let dropping = false;
  for (const line of text.split('\n')) {
    if (/^\[[\w-]*\] /.test(line)) dropping = /\b(?:LOG|DETAIL):\s+(?:statement|execute [^:]*|parameters):/.test(line);
    if (dropping) measured++;
    else kept.push(line);
  }
  return { ...scanText(kept.join('\n'), patterns, literals), measured };
}
