import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultSwitch, handleFakeControl, type ProviderFault } from './fake-provider-faults.js';

/**
 * A local stand-in for Meta's WhatsApp Business Cloud API, speaking its HTTP API on loopback:
 * `POST /<version>/<phone-number-id>/messages` with a Bearer token and a template message,
 * answered `{ messaging_product, contacts, messages: [{ id: "wamid.…" }] }`, Graph errors
 * `{ error: { message, type, code, fbtrace_id } }`. Status notifications go to `webhookUrl`
 * as Meta sends them (`entry[].changes[].value.statuses[]`, `X-Hub-Signature-256`).
 */
export interface FakeWhatsAppMessage {
  id: string;
  /** The recipient as sent (digits with country code). */
  to: string;
  template: string;
  language: string;
  parameters: string[];
  /** `biz_opaque_callback_data`, echoed back on each status. */
  callbackData?: string;
  receivedAt: Date;
}

export type WhatsAppStatusName = 'sent' | 'delivered' | 'read' | 'failed';

export interface FakeWhatsApp {
  /** The API base to give as WHATSAPP_API_URL (`http://127.0.0.1:<port>/v21.0`). */
  url: string;
  /** The fake's control routes and inbox page (`http://127.0.0.1:<port>/_fake`, handleFakeControl). */
  controlUrl: string;
  phoneNumberId: string;
  token: string;
  appSecret: string;
  /** Where status notifications go; null sends none. */
  webhookUrl: string | null;
  /** Statuses sent on their own, in order, after each accepted message (default sent, delivered). */
  autoStatuses: WhatsAppStatusName[];
  /** Recipients (digits) whose messages are accepted and then reported `failed` with 131026 (undeliverable). */
  undeliverable: Set<string>;
  /** Every accepted message, in order. */
  messages(): FakeWhatsAppMessage[];
  /** Every status notification sent, with the webhook's HTTP answer (0 when unreachable). */
  notifications(): { id: string; status: WhatsAppStatusName; answer: number }[];
  fail(fault: ProviderFault | 'server-error' | 'rate-limit', times?: number): void;
  recover(): void;
  /** Requests answered with a fault so far. */
  failedRequests(): number;
  /** Sends one signed status notification for an accepted message; resolves to the webhook's status code. */
  sendStatus(id: string, status: WhatsAppStatusName, errorCode?: number): Promise<number>;
  /** Resolves when every status notification started so far has been answered. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const graphError = (status: number, code: number, message: string) => ({
  status,
  body: {
    error: {
      message: `(#${code}) ${message}`,
      type: 'OAuthException',
      code,
      fbtrace_id: randomBytes(8).toString('hex'),
    },
  },
});
const FAULTS = {
  'server-error': graphError(500, 131000, 'Something went wrong'),
  'rate-limit': graphError(429, 130429, 'Rate limit hit'),
};

interface TemplateBody {
  messaging_product?: unknown;
  to?: unknown;
  type?: unknown;
  biz_opaque_callback_data?: unknown;
  template?: {
    name?: unknown;
    language?: { code?: unknown };
    components?: { type?: unknown; parameters?: { type?: unknown; text?: unknown }[] }[];
  };
}

export async function startFakeWhatsApp(
  options: { webhookUrl?: string; autoStatuses?: WhatsAppStatusName[]; appSecret?: string } = {},
): Promise<FakeWhatsApp> {
  const phoneNumberId = String(100_000_000_000_000 + Math.floor(Math.random() * 1e12));
  const token = `EAAG${randomBytes(24).toString('hex')}`;
  const appSecret = options.appSecret ?? randomBytes(16).toString('hex');
  const accepted: FakeWhatsAppMessage[] = [];
  const sent: { id: string; status: WhatsAppStatusName; answer: number }[] = [];
  const pending = new Set<Promise<unknown>>();
  const faults = new FaultSwitch();

  const send = (res: ServerResponse, status: number, value: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };

  async function sendStatus(id: string, status: WhatsAppStatusName, errorCode?: number): Promise<number> {
    const message = accepted.find((m) => m.id === id);
    if (!fake.webhookUrl || !message) return 0;
    const item: Record<string, unknown> = {
      id,
      status,
      timestamp: String(Math.floor(Date.now() / 1000)),
      recipient_id: message.to,
      ...(message.callbackData ? { biz_opaque_callback_data: message.callbackData } : {}),
    };
    if (status === 'failed') {
      const code = errorCode ?? 131026;
      item.errors = [
        {
          code,
          title: 'Message undeliverable',
          message: 'Message undeliverable',
          error_data: { details: 'Message undeliverable' },
        },
      ];
    }
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '102290129340398',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '6281100000000', phone_number_id: phoneNumberId },
                statuses: [item],
              },
            },
          ],
        },
      ],
    });
    const signature = `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
    let answer = 0;
    try {
      const response = await fetch(fake.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
        body,
        signal: AbortSignal.timeout(5_000),
      });
      answer = response.status;
      await response.arrayBuffer();
    } catch {
      // Unreachable or too slow: recorded as 0.
    }
    sent.push({ id, status, answer });
    return answer;
  }

  /** The statuses of one message, one after another, tracked so that `settled()` can wait. */
  function report(message: FakeWhatsAppMessage) {
    const statuses: [WhatsAppStatusName, number?][] = fake.undeliverable.has(message.to)
      ? [['failed', 131026]]
      : fake.autoStatuses.map((s) => [s]);
    const run = (async () => {
      for (const [status, code] of statuses) await sendStatus(message.id, status, code);
    })();
    pending.add(run);
    void run.finally(() => pending.delete(run));
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const control = {
      title: 'WhatsApp (tiruan / fake)',
      // The message as the person would read it: the template name and its parameters.
      messages: () => accepted.map((m) => ({ ...m, text: `[${m.template}] ${m.parameters.join(' | ')}` })),
      faults,
      named: FAULTS,
    };
    if (handleFakeControl(req.method ?? 'GET', path, Buffer.concat(chunks), res, control)) return;
    const route = /^\/v\d+\.\d+\/(\d+)\/messages$/.exec(path);
    if (req.method !== 'POST' || !route) return send(res, 404, graphError(404, 803, 'Unknown path').body);
    if (faults.apply(res)) return;
    if (req.headers.authorization !== `Bearer ${token}`) {
      return send(res, 401, graphError(401, 190, 'Invalid OAuth access token').body);
    }
    if (route[1] !== phoneNumberId) return send(res, 400, graphError(400, 100, 'Invalid parameter').body);
    let body: TemplateBody;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as TemplateBody;
    } catch {
      return send(res, 400, graphError(400, 100, 'Invalid parameter').body);
    }
    const template = body.template;
    const components = Array.isArray(template?.components) ? template.components : [];
    const parameters = components
      .filter((c) => c.type === 'body')
      .flatMap((c) => (Array.isArray(c.parameters) ? c.parameters : []));
    if (
      body.messaging_product !== 'whatsapp' ||
      body.type !== 'template' ||
      typeof body.to !== 'string' ||
      !/^\+?\d{8,15}$/.test(body.to) ||
      typeof template?.name !== 'string' ||
      typeof template.language?.code !== 'string' ||
      parameters.some((p) => p.type !== 'text' || typeof p.text !== 'string')
    ) {
      return send(res, 400, graphError(400, 100, 'Invalid parameter').body);
    }
    const texts = parameters.map((p) => p.text as string);
    if (texts.some((text) => text.length === 0)) {
      return send(res, 400, graphError(400, 131008, 'Required parameter is missing').body);
    }
    // Meta refuses parameter text with newlines, tabs or more than four spaces in a row.
    if (texts.some((text) => /[\n\t]| {5,}/.test(text))) {
      return send(res, 400, graphError(400, 132018, 'There was an issue with the parameters in your template').body);
    }
    if (template.name === 'template_yang_tidak_ada') {
      return send(res, 404, graphError(404, 132001, 'Template name does not exist in the translation').body);
    }
    const to = body.to.replace(/^\+/, '');
    const message: FakeWhatsAppMessage = {
      id: `wamid.${randomBytes(24).toString('base64url')}`,
      to,
      template: template.name,
      language: template.language.code,
      parameters: texts,
      callbackData: typeof body.biz_opaque_callback_data === 'string' ? body.biz_opaque_callback_data : undefined,
      receivedAt: new Date(),
    };
    accepted.push(message);
    send(res, 200, {
      messaging_product: 'whatsapp',
      contacts: [{ input: body.to, wa_id: to }],
      messages: [{ id: message.id }],
    });
    report(message);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, graphError(500, 1, 'An unknown error occurred').body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeWhatsApp = {
    url: `http://127.0.0.1:${port}/v21.0`,
    controlUrl: `http://127.0.0.1:${port}/_fake`,
    phoneNumberId,
    token,
    appSecret,
    webhookUrl: options.webhookUrl ?? null,
    autoStatuses: options.autoStatuses ?? ['sent', 'delivered'],
    undeliverable: new Set(),
    messages: () => [...accepted],
    notifications: () => [...sent],
    fail: (fault, times) =>
      faults.fail(typeof fault === 'string' && fault !== 'timeout' ? FAULTS[fault] : fault, times),
    recover: () => faults.recover(),
    failedRequests: () => faults.failed,
    sendStatus,
    settled: async () => {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    close: async () => {
      await fake.settled();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

/** The notifications subgraph's variables for this fake (callbacks then go to `webhookUrl`). */
export const fakeWhatsAppEnv = (fake: FakeWhatsApp, verifyToken = 'kampung-dev-verify'): Record<string, string> => ({
  WHATSAPP_API_URL: fake.url,
  WHATSAPP_PHONE_NUMBER_ID: fake.phoneNumberId,
  WHATSAPP_TOKEN: fake.token,
  WHATSAPP_APP_SECRET: fake.appSecret,
  WHATSAPP_VERIFY_TOKEN: verifyToken,
});
