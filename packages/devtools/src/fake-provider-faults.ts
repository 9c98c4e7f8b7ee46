import type { ServerResponse } from 'node:http';

/** How a fake provider misbehaves while a test wants it to: an HTTP error, or no answer at all. */
export type ProviderFault = { status: number; body: unknown } | 'timeout';

/**
 * The fault switch the messaging fakes share: `fail(fault, times?)` makes the next `times`
 * requests (all, when not given) fail that way until `recover()`; a `timeout` holds the request
 * open until the client gives up or the fake closes.
 */
export class FaultSwitch {
  private fault: ProviderFault | null = null;
  private remaining = Infinity;
  /** Requests answered with a fault so far. */
  failed = 0;

  fail(fault: ProviderFault, times = Infinity): void {
    this.fault = fault;
    this.remaining = times;
  }

  recover(): void {
    this.fault = null;
  }

  /** True when this request was answered with the fault (or left hanging). */
  apply(res: ServerResponse): boolean {
    if (!this.fault || this.remaining <= 0) return false;
    this.remaining--;
    this.failed++;
    const fault = this.fault;
    if (this.remaining <= 0) this.fault = null;
    if (fault === 'timeout') return true;
    const text = JSON.stringify(fault.body);
    res.writeHead(fault.status, { 'content-type': 'application/json' });
    res.end(text);
    return true;
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The fakes' own control routes, for tests and browsers in another process than the fake:
 * `GET /_fake` (an HTML page of the messages received), `GET /_fake/messages` (JSON),
 * `POST /_fake/fail` (`{ "fault": "server-error" | "rate-limit" | "timeout", "times"?: n }`),
 * `POST /_fake/recover`. Returns false for any other path.
 */
export function handleFakeControl(
  method: string,
  path: string,
  body: Buffer,
  res: ServerResponse,
  control: {
    title: string;
    messages: () => { to: string; text: string; receivedAt: Date }[];
    faults: FaultSwitch;
    named: Record<string, ProviderFault>;
  },
): boolean {
  if (!path.startsWith('/_fake')) return false;
  const json = (status: number, value: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };
  if (method === 'GET' && path === '/_fake/messages') json(200, control.messages());
  else if (method === 'GET' && (path === '/_fake' || path === '/_fake/')) {
    const rows = control
      .messages()
      .map(
        (m) =>
          `<li><time>${m.receivedAt.toISOString()}</time> <b>${escapeHtml(m.to)}</b><p>${escapeHtml(m.text)}</p></li>`,
      )
      .reverse()
      .join('\n');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="id"><meta charset="utf-8"><title>${escapeHtml(control.title)}</title>
<h1>${escapeHtml(control.title)}</h1><ol reversed>${rows}</ol></html>`);
  } else if (method === 'POST' && path === '/_fake/fail') {
    let request: { fault?: unknown; times?: unknown } = {};
    try {
      request = JSON.parse(body.toString('utf8') || '{}') as typeof request;
    } catch {
      // refused below
    }
    const fault = request.fault === 'timeout' ? 'timeout' : control.named[String(request.fault)];
    if (!fault) {
      json(400, { error: `fault is one of timeout, ${Object.keys(control.named).join(', ')}` });
    } else {
      control.faults.fail(fault, typeof request.times === 'number' ? request.times : Infinity);
      res.writeHead(204).end();
    }
  } else if (method === 'POST' && path === '/_fake/recover') {
    control.faults.recover();
    res.writeHead(204).end();
  } else json(404, { error: 'unknown control route' });
  return true;
}
