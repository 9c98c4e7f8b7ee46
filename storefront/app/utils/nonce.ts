import { createContext, useContext } from 'react';

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** This response's Content-Security-Policy nonce (storefront/server/security-headers.ts). */
    cspNonce?: string;
  }
}

/**
 * The nonce for Remix's inline scripts, server-side only: browsers hide a nonce attribute
 * after parsing, so the client renders '' and hydration still matches.
 */
export const NonceContext = createContext('');

export const useNonce = () => useContext(NonceContext);
