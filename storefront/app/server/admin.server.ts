import { data, redirect } from '@remix-run/node';
import { GrantMembershipMutation, RevokeMembershipMutation } from '../graphql/admin';
import type { PlaceRole } from '../components/admin/Memberships';
import { readFields, toFormErrors, type FormErrors } from './forms.server';
import { execute } from './graphql.server';
import { getLocale } from './locale.server';

/** What a membership form answers when the API refuses: its errors and which form they belong to. */
export type MembershipActionData = { intent: 'grant' | 'revoke'; errors: FormErrors<'email' | 'role' | 'placeCode'> };

const ROLES: readonly PlaceRole[] = ['VILLAGE_STAFF', 'VILLAGE_HEAD', 'DISTRICT_OFFICER'];

/** The page itself without its query: where a successful action returns, with `?ok=<what>`. */
const back = (request: Request, ok: string) => redirect(`${new URL(request.url).pathname}?ok=${ok}`);

/**
 * The grant and revoke forms of the village and district pages (posted without JavaScript):
 * `intent=grant` with email, role and placeCode; `intent=revoke` with id (after the page's
 * confirmation step). Null when the form is another one of the page.
 */
export async function membershipAction(request: Request, form: FormData, placeCode: string) {
  const intent = form.get('intent');
  const locale = getLocale(request);
  if (intent === 'grant') {
    const { email, role } = readFields(form, ['email', 'role'] as const);
    const placeRole = ROLES.find((r) => r === role);
    if (!placeRole) return data<MembershipActionData>({ intent, errors: { fields: { role: '?' } } }, { status: 400 });
    const result = await execute(
      request,
      GrantMembershipMutation,
      { input: { email, role: placeRole, placeCode } },
      'mutation',
    );
    if (result.error)
      return data<MembershipActionData>(
        { intent, errors: toFormErrors(result.error, locale, { known: ['email', 'role', 'placeCode'] }) },
        { status: 400 },
      );
    return back(request, 'granted');
  }
  if (intent === 'revoke') {
    const { id } = readFields(form, ['id'] as const);
    const result = await execute(request, RevokeMembershipMutation, { id }, 'mutation');
    if (result.error)
      return data<MembershipActionData>({ intent, errors: toFormErrors(result.error, locale) }, { status: 400 });
    return back(request, 'revoked');
  }
  return null;
}
