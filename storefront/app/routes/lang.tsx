import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { isLocale } from '../i18n';
import { safeRedirect, serializeLocale } from '../server/locale.server';

function switchTo(lang: unknown, redirectTo: unknown) {
  const target = safeRedirect(redirectTo);
  if (!isLocale(lang)) return redirect(target);
  return redirect(target, { headers: { 'Set-Cookie': serializeLocale(lang) } });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  return switchTo(form.get('lang'), form.get('redirectTo'));
}

/** Lets a plain link (`/lang?lang=en&redirectTo=/x`) switch too. */
export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  return switchTo(url.searchParams.get('lang'), url.searchParams.get('redirectTo'));
}
