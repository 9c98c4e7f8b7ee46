import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { Memberships } from '../components/admin/Memberships';
import { AdminDistrictQuery } from '../graphql/admin';
import { adminTFromMatches, useAdminT } from '../components/admin/i18n';
import { membershipAction, type MembershipActionData } from '../server/admin.server';
import { requireRegencyAdmin } from '../server/auth.server';
import { query } from '../server/graphql.server';

export const meta: MetaFunction<typeof loader> = ({ data: loaded, matches }) => [
  { title: `${loaded?.district.name ?? ''} · ${adminTFromMatches(matches)('admin.title')}` },
];

const DISTRICT = /^\d{2}\.\d{2}\.\d{2}$/;

const codeOf = (params: LoaderFunctionArgs['params']) => {
  const code = params.code ?? '';
  if (!DISTRICT.test(code)) throw new Response('Not Found', { status: 404 });
  return code;
};

/** A district: its officers (granted here) and everyone holding a role in its villages. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = codeOf(params);
  await requireRegencyAdmin(request, { back: `/admin/kecamatan/${code}` });
  const url = new URL(request.url);
  const { region, memberships } = await query(request, AdminDistrictQuery, { code });
  if (region.level !== 'DISTRICT') throw new Response('Not Found', { status: 404 });
  const rows = memberships.edges.map((edge) => edge.node);
  return {
    district: region,
    memberships: rows,
    confirming: rows.find((m) => m.id === url.searchParams.get('cabut')) ?? null,
    ok: url.searchParams.get('ok'),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const code = codeOf(params);
  await requireRegencyAdmin(request);
  const result = await membershipAction(request, await request.formData(), code);
  return result ?? data<MembershipActionData>({ intent: 'grant', errors: { fields: {}, form: '?' } }, { status: 400 });
}

export default function AdminDistrict() {
  const { t } = useAdminT();
  const { district, memberships, confirming, ok } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as MembershipActionData | undefined;
  return (
    <section aria-labelledby="district-title" data-testid="admin-district">
      <p>
        <Link to={`/admin?kecamatan=${district.code}`}>{t('admin.back')}</Link>
      </p>
      <h1 id="district-title">{t('admin.districtPage', { district: district.name })}</h1>
      <p className="muted">{district.code}</p>
      {(ok === 'granted' || ok === 'revoked') && (
        <p className="alert" role="status">
          {ok === 'granted' ? t('admin.members.granted') : t('admin.members.revoked')}
        </p>
      )}
      <Memberships
        memberships={memberships}
        placeCode={district.code}
        roles={['DISTRICT_OFFICER']}
        confirming={confirming}
        errors={actionData}
      />
    </section>
  );
}
