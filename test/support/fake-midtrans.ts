import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * A local stand-in for Midtrans: the Snap API (`POST /snap/v1/transactions`), the status API
 * (`GET /v2/{order_id}/status`), both behind Basic auth `serverKey:`, and a payment page with
 * a "Bayar" button that sends a signed `settlement` notification to the orders subgraph and
 * then sends the buyer back to the storefront. `POST /__control/status` lets tests set what
 * the status API answers.
 */
export interface FakeMidtrans {
  url: string;
  serverKey: string;
  clientKey: string;
  stop: () => Promise<void>;
}

interface Transaction {
  orderId: string;
  grossAmount: number;
  finishUrl: string | null;
  status: string;
  fraudStatus: string;
  body: Record<string, unknown>;
}

export const signMidtrans = (orderId: string, statusCode: string, grossAmount: string, serverKey: string) =>
  createHash('sha512').update(`${orderId}${statusCode}${grossAmount}${serverKey}`).digest('hex');

const STATUS_CODES: Record<string, string> = {
  settlement: '200',
  capture: '200',
  pending: '201',
  expire: '407',
  cancel: '200',
  deny: '202',
  refund: '200',
};

/** A notification body as Midtrans would send it, correctly signed unless `serverKey` is wrong. */
export function notificationBody(
  orderId: string,
  transactionStatus: string,
  grossAmount: number | string,
  serverKey: string,
) {
  const gross = typeof grossAmount === 'number' ? `${grossAmount}.00` : grossAmount;
  const statusCode = STATUS_CODES[transactionStatus] ?? '200';
  return {
    transaction_time: new Date().toISOString(),
    transaction_status: transactionStatus,
    transaction_id: randomUUID(),
    status_message: 'midtrans payment notification',
    status_code: statusCode,
    signature_key: signMidtrans(orderId, statusCode, gross, serverKey),
    payment_type: 'bank_transfer',
    order_id: orderId,
    merchant_id: 'G000000000',
    gross_amount: gross,
    fraud_status: 'accept',
    currency: 'IDR',
  };
}

const read = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};
const json = (res: ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
};

export async function startFakeMidtrans(options: {
  notificationUrl: string;
  port?: number;
  serverKey?: string;
  clientKey?: string;
}): Promise<FakeMidtrans> {
  const serverKey = options.serverKey ?? 'SB-Mid-server-fake-0123456789';
  const clientKey = options.clientKey ?? 'SB-Mid-client-fake-0123456789';
  const byToken = new Map<string, Transaction>();
  const byOrder = new Map<string, Transaction>();
  const expectedAuth = `Basic ${Buffer.from(`${serverKey}:`).toString('base64')}`;
  let base = '';

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://fake');
      const authorized = req.headers.authorization === expectedAuth;
      if (req.method === 'POST' && url.pathname === '/snap/v1/transactions') {
        if (!authorized) return json(res, 401, { error_messages: ['Access denied due to unauthorized transaction'] });
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Midtrans' request body, read field by field
        const body = JSON.parse(await read(req)) as Record<string, any>;
        const details = body.transaction_details ?? {};
        const items = (body.item_details ?? []) as { price: number; quantity: number }[];
        const sum = items.reduce((total, item) => total + item.price * item.quantity, 0);
        if (!details.order_id || !Number.isInteger(details.gross_amount) || sum !== details.gross_amount) {
          return json(res, 400, {
            error_messages: ['transaction_details.gross_amount is not equal to the sum of item_details'],
          });
        }
        if (byOrder.has(details.order_id))
          return json(res, 400, { error_messages: ['transaction_details.order_id sudah digunakan'] });
        const token = randomUUID();
        const transaction: Transaction = {
          orderId: details.order_id,
          grossAmount: details.gross_amount,
          finishUrl: body.callbacks?.finish ?? null,
          status: 'pending',
          fraudStatus: 'accept',
          body,
        };
        byToken.set(token, transaction);
        byOrder.set(transaction.orderId, transaction);
        return json(res, 201, { token, redirect_url: `${base}/snap/v4/redirection/${token}` });
      }
      const page = /^\/snap\/v4\/redirection\/([\w-]+)$/.exec(url.pathname);
      if (req.method === 'GET' && page) {
        const transaction = byToken.get(page[1]!);
        if (!transaction) return json(res, 404, { error: 'unknown token' });
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(`<!doctype html><html lang="id"><head><title>Midtrans (palsu)</title></head><body>
          <h1>Pembayaran</h1><p>Pesanan ${transaction.orderId}</p><p data-testid="amount">Rp ${transaction.grossAmount}</p>
          <form method="post" action="/snap/v4/pay/${page[1]}"><button type="submit">Bayar</button></form></body></html>`);
      }
      const pay = /^\/snap\/v4\/pay\/([\w-]+)$/.exec(url.pathname);
      if (req.method === 'POST' && pay) {
        const transaction = byToken.get(pay[1]!);
        if (!transaction) return json(res, 404, { error: 'unknown token' });
        transaction.status = 'settlement';
        await fetch(options.notificationUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(notificationBody(transaction.orderId, 'settlement', transaction.grossAmount, serverKey)),
        }).catch(() => undefined);
        const back = transaction.finishUrl
          ? `${transaction.finishUrl}${transaction.finishUrl.includes('?') ? '&' : '?'}transaction_status=settlement`
          : '/';
        res.writeHead(303, { location: back });
        return res.end();
      }
      const status = /^\/v2\/([^/]+)\/status$/.exec(url.pathname);
      if (req.method === 'GET' && status) {
        if (!authorized) return json(res, 401, { status_code: '401', status_message: 'Unauthorized' });
        const transaction = byOrder.get(decodeURIComponent(status[1]!));
        if (!transaction) return json(res, 404, { status_code: '404', status_message: "Transaction doesn't exist." });
        return json(res, 200, {
          status_code: STATUS_CODES[transaction.status] ?? '200',
          transaction_status: transaction.status,
          fraud_status: transaction.fraudStatus,
          order_id: transaction.orderId,
          gross_amount: `${transaction.grossAmount}.00`,
          currency: 'IDR',
          payment_type: 'bank_transfer',
        });
      }
      if (req.method === 'POST' && url.pathname === '/__control/status') {
        const body = JSON.parse(await read(req)) as {
          order_id: string;
          transaction_status: string;
          fraud_status?: string;
        };
        const transaction = byOrder.get(body.order_id);
        if (!transaction) return json(res, 404, { error: 'unknown order' });
        transaction.status = body.transaction_status;
        transaction.fraudStatus = body.fraud_status ?? 'accept';
        return json(res, 200, { ok: true });
      }
      if (req.method === 'GET' && url.pathname === '/__control/transactions') {
        const transaction = byOrder.get(url.searchParams.get('order_id') ?? '');
        return transaction ? json(res, 200, transaction) : json(res, 404, { error: 'unknown order' });
      }
      json(res, 404, { error: 'not found' });
    } catch (error) {
      json(res, 500, { error: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}`;
  return {
    url: base,
    serverKey,
    clientKey,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
