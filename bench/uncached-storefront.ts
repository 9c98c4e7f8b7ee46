/** A second storefront process with its page cache off, reading through the uncached gateway. */
import { freePort, startProcess, waitForHttp, type ManagedProcess } from '@kampung/devtools';
import path from 'node:path';

export async function startUncachedStorefront(
  root: string,
  gatewayUrl: string,
  onLine: (name: string, line: string) => void,
): Promise<{ url: string; process: ManagedProcess }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = startProcess({
    name: 'storefront (caches off)',
    command: process.execPath,
    args: ['build/server.js'],
    cwd: path.join(root, 'storefront'),
    onLine,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      GATEWAY_URL: gatewayUrl,
      PAGE_CACHE_TTL_MS: '0',
      SESSION_SECRET: 'bench-session-secret',
      COOKIE_SECURE: 'false',
      STOREFRONT_URL: url,
    },
  });
  await waitForHttp(`${url}/health`, 60_000);
  return { url, process: child };
}
