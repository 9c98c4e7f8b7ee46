import { createServer } from 'node:net';

// Below Linux's ephemeral range (32768–60999): a port handed out here cannot be taken meanwhile by
// some socket bound to port 0 (a fake, a mail catcher, a client) before its service listens on it.
// Each vitest worker (VITEST_POOL_ID) draws from a block of its own, so two test files running side
// by side never pick the same port while one of them has a service stopped or not yet listening.
const BLOCK = 1_000;
const slot = Number(process.env.VITEST_POOL_ID ?? 0) % 12;
const LOW = 20_000 + slot * BLOCK;
const HIGH = LOW + BLOCK;
const handedOut = new Set<number>();

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A TCP port nobody listens on right now, never the same twice in this process. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (handedOut.has(port)) continue;
    if (await canListen(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free TCP port between ${LOW} and ${HIGH}`);
}

/** Resolves once `url` answers 200, or rejects after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      lastError = new Error(`${url} answered ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms: ${String(lastError)}`);
}
