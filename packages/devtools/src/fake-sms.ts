import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultSwitch, handleFakeControl, type ProviderFault } from './fake-provider-faults.js';

/**
 * A local stand-in for Twilio's Programmable Messaging API on loopback:
 * `POST /2010-04-01/Accounts/<AccountSid>/Messages.json`, form-encoded, HTTP basic auth,
 * answered 201 with the Message resource (`sid: "SM…"`, `status: "queued"`), errors as
 * `{ code, message, more_info, status }`. Each message's later statuses are posted, form-encoded
 * and signed with `X-Twilio-Signature`, to its `StatusCallback` (or `statusCallbackUrl`).
 */
export interface FakeSmsMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
  statusCallback?: string;
  receivedAt: Date;
}

export type SmsStatusName = 'sent' | 'delivered' | 'undelivered' | 'failed';

export interface FakeSms {
  /** The API base to give as SMS_API_URL (`http://127.0.0.1:<port>`). */
  url: string;
  /** The fake's control routes and inbox page (`http://127.0.0.1:<port>/_fake`, handleFakeControl). */
  controlUrl: string;
  accountSid: string;
  authToken: string;
  /** Overrides each message's StatusCallback when set. */
  statusCallbackUrl: string | null;
  /** Statuses posted on their own, in order, after each accepted message (default sent, delivered). */
  autoStatuses: SmsStatusName[];
  /** Numbers (+62…) whose messages are accepted and then reported `undelivered` with 30003. */
  undeliverable: Set<string>;
  messages(): FakeSmsMessage[];
  /** Every status callback posted, with the receiver's HTTP answer (0 when unreachable). */
  callbacks(): { sid: string; status: SmsStatusName; answer: number }[];
  fail(fault: ProviderFault | 'server-error' | 'rate-limit', times?: number): void;
  recover(): void;
  failedRequests(): number;
  /** Posts one signed status callback for an accepted message; resolves to the receiver's status code. */
  sendStatus(sid: string, status: SmsStatusName, errorCode?: number): Promise<number>;
  settled(): Promise<void>;
  close(): Promise<void>;
}

const twilioError = (status: number, code: number, message: string) => ({
  status,
  body: { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
});
const FAULTS = {
  'server-error': twilioError(500, 20500, 'Internal Server Error'),
  'rate-limit': twilioError(429, 20429, 'Too Many Requests'),
};

/** Twilio's signature: base64 HMAC-SHA1 of the URL and the sorted parameters, name then value. */
function sign(authToken: string, url: string, params: URLSearchParams): string {
  const data = [...params.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .reduce((text, [name, value]) => text + name + value, url);
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

export async function startFakeSms(
  options: { statusCallbackUrl?: string; autoStatuses?: SmsStatusName[] } = {},
): Promise<FakeSms> {
  const accountSid = `AC${randomBytes(16).toString('hex')}`;
  const authToken = randomBytes(16).toString('hex');
  const accepted: FakeSmsMessage[] = [];
  const posted: { sid: string; status: SmsStatusName; answer: number }[] = [];
  const pending = new Set<Promise<unknown>>();
  const faults = new FaultSwitch();

  const send = (res: ServerResponse, status: number, value: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };

  async function sendStatus(sid: string, status: SmsStatusName, errorCode?: number): Promise<number> {
    const message = accepted.find((m) => m.sid === sid);
    const target = fake.statusCallbackUrl ?? message?.statusCallback;
    if (!message || !target) return 0;
    const params = new URLSearchParams({
      AccountSid: accountSid,
      ApiVersion: '2010-04-01',
      From: message.from,
      MessageSid: sid,
      MessageStatus: status,
      SmsSid: sid,
      SmsStatus: status,
      To: message.to,
    });
    if (status === 'undelivered' || status === 'failed') params.set('ErrorCode', String(errorCode ?? 30003));
    let answer = 0;
    try {
      const response = await fetch(target, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-twilio-signature': sign(authToken, target, params),
        },
        body: params.toString(),
        signal: AbortSignal.timeout(5_000),
      });
      answer = response.status;
      await response.arrayBuffer();
    } catch {
      // Unreachable or too slow: recorded as 0.
    }
    posted.push({ sid, status, answer });
    return answer;
  }

  function report(message: FakeSmsMessage) {
    const statuses: SmsStatusName[] = fake.undeliverable.has(message.to) ? ['sent', 'undelivered'] : fake.autoStatuses;
    const run = (async () => {
      for (const status of statuses) await sendStatus(message.sid, status);
    })();
    pending.add(run);
    void run.finally(() => pending.delete(run));
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const control = {
      title: 'SMS (tiruan / fake)',
      messages: () => accepted.map((m) => ({ ...m, text: m.body })),
      faults,
      named: FAULTS,
    };
    if (handleFakeControl(req.method ?? 'GET', path, Buffer.concat(chunks), res, control)) return;
    const route = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(path);
    if (req.method !== 'POST' || !route) return send(res, 404, twilioError(404, 20404, 'Not Found').body);
    if (faults.apply(res)) return;
    const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    if (req.headers.authorization !== expected || route[1] !== accountSid) {
      return send(res, 401, twilioError(401, 20003, 'Authenticate').body);
    }
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const to = form.get('To') ?? '';
    const from = form.get('From') ?? '';
    const body = form.get('Body') ?? '';
    if (!/^\+[1-9]\d{7,14}$/.test(to)) {
      return send(res, 400, twilioError(400, 21211, "Invalid 'To' Phone Number").body);
    }
    if (!from) return send(res, 400, twilioError(400, 21603, "A 'From' phone number is required").body);
    if (!body) return send(res, 400, twilioError(400, 21602, 'Message body is required').body);
    if (body.length > 1600)
      return send(
        res,
        400,
        twilioError(400, 21617, 'The concatenated message body exceeds the 1600 character limit').body,
      );
    const message: FakeSmsMessage = {
      sid: `SM${randomBytes(16).toString('hex')}`,
      to,
      from,
      body,
      statusCallback: form.get('StatusCallback') ?? undefined,
      receivedAt: new Date(),
    };
    accepted.push(message);
    const now = new Date().toUTCString();
    send(res, 201, {
      account_sid: accountSid,
      api_version: '2010-04-01',
      body,
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from,
      messaging_service_sid: null,
      num_media: '0',
      num_segments: String(Math.max(1, Math.ceil(body.length / 153))),
      price: null,
      price_unit: 'USD',
      sid: message.sid,
      status: 'queued',
      to,
      uri: `/2010-04-01/Accounts/${accountSid}/Messages/${message.sid}.json`,
    });
    report(message);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, FAULTS['server-error'].body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const fake: FakeSms = {
    url: `http://127.0.0.1:${port}`,
    controlUrl: `http://127.0.0.1:${port}/_fake`,
    accountSid,
    authToken,
    statusCallbackUrl: options.statusCallbackUrl ?? null,
    autoStatuses: options.autoStatuses ?? ['sent', 'delivered'],
    undeliverable: new Set(),
    messages: () => [...accepted],
    callbacks: () => [...posted],
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

/** The notifications subgraph's variables for this fake; `callbackUrl` is its public `/webhooks/sms/status`. */
export const fakeSmsEnv = (fake: FakeSms, callbackUrl: string): Record<string, string> => ({
  SMS_API_URL: fake.url,
  SMS_ACCOUNT_SID: fake.accountSid,
  SMS_AUTH_TOKEN: fake.authToken,
  SMS_FROM: 'KAMPUNG',
  SMS_STATUS_CALLBACK_URL: callbackUrl,
});
