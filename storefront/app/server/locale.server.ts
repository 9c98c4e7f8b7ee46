import { defaultLocale, isLocale, type Locale } from '../i18n';

const COOKIE = 'lang';
const ONE_YEAR = 60 * 60 * 24 * 365;

export function getLocale(request: Request): Locale {
  const header = request.headers.get('Cookie') ?? '';
  const match = header.match(/(?:^|;\s*)lang=([^;]*)/);
  const value = match?.[1] ? decodeURIComponent(match[1]) : undefined;
  return isLocale(value) ? value : defaultLocale;
}

export function serializeLocale(locale: Locale): string {
  return `${COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`;
}

/** Only same-site paths: "/x" but never "//evil.example". */
export function safeRedirect(target: unknown, fallback = '/'): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return fallback;
  if (target.startsWith('/\\')) return fallback;
  return target;
}
