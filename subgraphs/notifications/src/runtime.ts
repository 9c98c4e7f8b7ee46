import type { AccountsClient } from './clients/accounts.client.js';
import type { NotificationsEnv } from './env.js';
import type { Adapters } from './sending/adapters.js';
import type { DeliveryQueue } from './sending/delivery-queue.js';

/** What the running subgraph made in onStart, reached by resolvers through their ctx.env. */
export interface Runtime {
  accounts: AccountsClient;
  adapters: Adapters;
  queue: DeliveryQueue;
}

const runtimes = new WeakMap<NotificationsEnv, Runtime>();
export const setRuntime = (env: NotificationsEnv, runtime: Runtime | null): void => {
  if (runtime) runtimes.set(env, runtime);
  else runtimes.delete(env);
};
export function runtimeOf(env: NotificationsEnv): Runtime {
  const runtime = runtimes.get(env);
  if (!runtime) throw new Error('the notifications subgraph has not started its queue');
  return runtime;
}
