import { AsyncLocalStorage } from 'node:async_hooks';

/** What the server learns while it answers one request, read by storefront/server/page-cache.ts. */
export interface RenderState {
  /** A GraphQL call failed or came back with errors: the page is partial, never replay it. */
  partial: boolean;
}

// One instance for the Remix build and the Express server, which are bundled separately.
const KEY = Symbol.for('smart-kampung.render-state');
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<RenderState> | undefined>;
export const renderState: AsyncLocalStorage<RenderState> = (holder[KEY] ??= new AsyncLocalStorage<RenderState>());

export function markPartial(): void {
  const state = renderState.getStore();
  if (state) state.partial = true;
}
