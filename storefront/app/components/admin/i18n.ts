import { useT } from '../../i18n';
import { adminEn } from '../../i18n/messages/admin.en';
import { adminId } from '../../i18n/messages/admin.id';

export type AdminKey = keyof typeof adminId;
export type AdminT = (key: AdminKey, params?: Record<string, string | number>) => string;

/** The admin screens' own messages (i18n/messages/admin.*.ts) in the reader's language. */
export function adminT(locale: string): AdminT {
  const dictionary = locale === 'en' ? adminEn : adminId;
  return (key, params) => {
    const message = dictionary[key] ?? adminId[key] ?? key;
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

/** `useT()` for the admin screens: their messages as `t`, the app's shared ones as `common`. */
export function useAdminT() {
  const { t: common, locale } = useT();
  return { t: adminT(locale), common, locale };
}

/** The same for `meta` functions. */
export function adminTFromMatches(matches: ReadonlyArray<{ id: string; data: unknown }>): AdminT {
  const data = matches.find((m) => m.id === 'root')?.data as { locale?: string } | undefined;
  return adminT(data?.locale === 'en' ? 'en' : 'id');
}
