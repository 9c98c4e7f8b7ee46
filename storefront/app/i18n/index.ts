import { useRouteLoaderData } from '@remix-run/react';
import { en } from './en';
import { id } from './id';

export const locales = ['id', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'id';

export type MessageKey = keyof typeof id;
export type Params = Record<string, string | number>;
export type TFunction = (key: MessageKey, params?: Params) => string;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { id, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function createT(locale: Locale): TFunction {
  const dictionary = dictionaries[locale];
  return (key, params) => {
    const message = dictionary[key] ?? id[key] ?? key;
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

/** Locale for `Intl` formatters. */
export function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : 'id-ID';
}

/** Picks `.one` or `.other` of a pluralised key pair. */
export function plural(t: TFunction, base: 'time.hours' | 'time.days', count: number): string {
  return t(`${base}.${count === 1 ? 'one' : 'other'}` as const, { count });
}

/** The locale chosen in the root loader, usable in any component or error boundary. */
export function useT(): { t: TFunction; locale: Locale } {
  const data = useRouteLoaderData<{ locale?: string }>('root');
  const locale = isLocale(data?.locale) ? data.locale : defaultLocale;
  return { t: createT(locale), locale };
}

/** The same for `meta` functions, which receive matches instead of hooks. */
export function tFromMatches(matches: ReadonlyArray<{ id: string; data: unknown }>): TFunction {
  const data = matches.find((m) => m.id === 'root')?.data as { locale?: string } | undefined;
  return createT(isLocale(data?.locale) ? data.locale : defaultLocale);
}
