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
