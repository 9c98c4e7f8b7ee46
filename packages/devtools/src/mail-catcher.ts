import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the catcher took. */
export interface CaughtMail {
  id: number;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  receivedAt: string;
}

export interface MailCatcher {
  /** smtp://127.0.0.1:<port> for SMTP_URL. */
  smtpUrl: string;
  /** The inbox page (HTML) and `/messages` (JSON), when started with `web: true`. */
  webUrl: string | null;
  messages: CaughtMail[];
  /** Messages to an address (case-insensitive). */
  to: (address: string) => CaughtMail[];
  /**
   * Answers the next `count` messages with an SMTP error (`451` temporary by default), as a
   * provider that is down would.
   */
  failNext: (count: number, code?: number) => void;
  close: () => Promise<void>;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * A real SMTP server on this host that keeps every message in memory: `npm start` uses it when
 * SMTP_URL is unset (with its inbox page), tests read `messages`. No authentication, no TLS.
 */
export async function startMailCatcher(
  options: { smtpPort?: number; webPort?: number; web?: boolean; host?: string } = {},
): Promise<MailCatcher> {
  const host = options.host ?? '127.0.0.1';
  const messages: CaughtMail[] = [];
  let failures: { left: number; code: number } = { left: 0, code: 451 };
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      if (failures.left > 0) {
        failures.left--;
        stream.resume();
        stream.on('end', () => {
          const error = Object.assign(new Error('Mail catcher: try again later'), { responseCode: failures.code });
          callback(error);
        });
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          const headers: Record<string, string> = {};
          for (const line of mail.headerLines) headers[line.key] = line.line.slice(line.key.length + 1).trim();
          messages.push({
            id: messages.length + 1,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : null,
            headers,
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort ?? 0, host, () => resolve());
  });
  smtp.on('error', () => undefined);
  const smtpPort = ((smtp as unknown as { server: { address: () => AddressInfo } }).server.address() as AddressInfo)
    .port;

  let web: HttpServer | null = null;
  let webUrl: string | null = null;
  if (options.web) {
    web = createServer((req, res) => {
      if (req.url === '/messages') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(messages));
        return;
      }
      const rows = [...messages]
        .reverse()
        .map(
          (m) =>
            `<article><h2>${escapeHtml(m.subject)}</h2><p><small>${escapeHtml(m.receivedAt)} → ${escapeHtml(m.to.join(', '))}</small></p><pre>${escapeHtml(m.text)}</pre></article><hr>`,
        )
        .join('\n');
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(
        `<!doctype html><html lang="id"><meta charset="utf-8"><meta http-equiv="refresh" content="10"><title>Kotak surat lokal / Local mail</title><body style="font-family:sans-serif;max-width:50rem;margin:auto"><h1>Kotak surat lokal / Local mail (${messages.length})</h1>${rows || '<p>Belum ada email / No mail yet</p>'}</body></html>`,
      );
    });
    await new Promise<void>((resolve) => web!.listen(options.webPort ?? 0, host, () => resolve()));
    webUrl = `http://${host}:${(web.address() as AddressInfo).port}/`;
  }

  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    webUrl,
    messages,
    to: (address) => messages.filter((m) => m.to.some((t) => t.toLowerCase() === address.toLowerCase())),
    failNext: (count, code = 451) => {
      failures = { left: count, code };
    },
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      if (web) await new Promise<void>((resolve) => web!.close(() => resolve()));
    },
  };
}
