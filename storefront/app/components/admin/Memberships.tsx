import { Form, Link } from '@remix-run/react';
import { FormAlert, FormField } from '../FormField';
import { useAdminT } from './i18n';

export type PlaceRole = 'VILLAGE_STAFF' | 'VILLAGE_HEAD' | 'DISTRICT_OFFICER' | 'REGENCY_ADMIN';

export type MembershipRow = {
  id: string;
  role: PlaceRole;
  placeCode: string;
  user: { name: string; email: string | null };
};

type Props = {
  memberships: MembershipRow[];
  /** The place the grant form gives roles at (the page's village or district). */
  placeCode: string;
  /** Roles the grant form offers. */
  roles: PlaceRole[];
  /** The membership whose revocation awaits confirmation (`?cabut=<id>`). */
  confirming: MembershipRow | null;
  errors?: { intent: 'grant' | 'revoke'; errors: { fields: Partial<Record<string, string>>; form?: string } };
};

/**
 * Who holds a role at a place, a grant form (email + role) and revocation in two steps: the
 * revoke link leads to a confirmation (a POST form) on the same page, so it works without JavaScript.
 */
export function Memberships({ memberships, placeCode, roles, confirming, errors }: Props) {
  const { t } = useAdminT();
  const grantErrors = errors?.intent === 'grant' ? errors.errors : undefined;
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('admin.members')}</h2>
      {errors?.intent === 'revoke' && <FormAlert message={errors.errors.form} />}
      {confirming && (
        <div className="card" role="alertdialog" aria-labelledby="revoke-confirm" data-testid="revoke-confirm">
          <p id="revoke-confirm">
            {t('admin.members.revoke.confirm', {
              role: t(`admin.role.${confirming.role}`),
              name: confirming.user.name,
              email: confirming.user.email ?? '',
            })}
          </p>
          <Form method="post" className="inline-form">
            <input type="hidden" name="id" value={confirming.id} />
            <button className="button" name="intent" value="revoke">
              {t('admin.members.revoke.yes')}
            </button>
            <Link className="button button-light" to=".">
              {t('admin.members.revoke.no')}
            </Link>
          </Form>
        </div>
      )}
      {memberships.length === 0 ? (
        <p className="muted">{t('admin.members.none')}</p>
      ) : (
        <table className="table" data-testid="memberships">
          <thead>
            <tr>
              <th scope="col">{t('admin.members.role')}</th>
              <th scope="col">{t('admin.col.code')}</th>
              <th scope="col">{t('admin.members.email')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.members.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {memberships.map((m) => (
              <tr key={m.id} data-role={m.role} data-email={m.user.email ?? ''}>
                <td>{t(`admin.role.${m.role}`)}</td>
                <td>{m.placeCode}</td>
                <td>
                  {m.user.name} · {m.user.email}
                </td>
                <td>
                  <Link to={`?cabut=${m.id}`}>{t('admin.members.revoke')}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Form method="post" className="card" aria-labelledby="grant-title">
        <h3 id="grant-title">{t('admin.members.grant')}</h3>
        <FormAlert message={grantErrors?.form ?? grantErrors?.fields.placeCode} />
        <FormField
          name="email"
          type="email"
          required
          label={t('admin.members.email')}
          error={grantErrors?.fields.email}
          autoComplete="off"
        />
        <div className="field">
          <label htmlFor="grant-role">{t('admin.members.role')}</label>
          <select id="grant-role" name="role" defaultValue={roles[0]}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`admin.role.${role}`)}
              </option>
            ))}
          </select>
          {grantErrors?.fields.role && <p className="field-error">{grantErrors.fields.role}</p>}
        </div>
        <input type="hidden" name="placeCode" value={placeCode} />
        <button className="button" name="intent" value="grant">
          {t('admin.members.grant')}
        </button>
      </Form>
    </section>
  );
}
