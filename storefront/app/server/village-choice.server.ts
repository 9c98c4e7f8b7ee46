import { MyPlacesQuery, OnlineVillagesQuery } from '../graphql/village-services';
import { querySection } from './graphql.server';

/** Sembulung, where the first round's data lives: the village when nothing else says which. */
export const DEFAULT_VILLAGE_CODE = '35.10.06.2003';
const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

export type VillageOption = { code: string; name: string; districtName: string };

/** The online villages, by name, for a village picker (empty when places cannot answer). */
async function onlineVillages(request: Request): Promise<VillageOption[]> {
  const data = await querySection(request, OnlineVillagesQuery, {});
  return (data?.villages.edges ?? [])
    .map(({ node }) => ({ code: node.code, name: node.name, districtName: node.district.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/**
 * The village a citizen's service pages are about: `?desa=<code>` in the URL, else their
 * domicile when signed in and set, else Sembulung; with the online villages to choose from.
 */
export async function chooseVillage(request: Request): Promise<{ villageCode: string; villages: VillageOption[] }> {
  const asked = new URL(request.url).searchParams.get('desa')?.trim() ?? '';
  const [villages, me] = await Promise.all([
    onlineVillages(request),
    VILLAGE_CODE.test(asked) ? Promise.resolve(null) : querySection(request, MyPlacesQuery, {}),
  ]);
  const domicile = me?.me?.villageCode ?? null;
  const villageCode = VILLAGE_CODE.test(asked) ? asked : (domicile ?? DEFAULT_VILLAGE_CODE);
  return { villageCode, villages };
}

/**
 * The village a staff screen works in: the villages the viewer works for (staff or head
 * memberships; every online village for the regency admin), `?desa=<code>` choosing among them
 * (a village switcher when there are several), else the first.
 */
export async function staffVillage(
  request: Request,
): Promise<{ villageCode: string | null; villages: VillageOption[]; regency: boolean }> {
  const [me, online] = await Promise.all([querySection(request, MyPlacesQuery, {}), onlineVillages(request)]);
  const memberships = me?.me?.memberships ?? [];
  const regency = memberships.some((m) => m.role === 'REGENCY_ADMIN');
  const own = new Set(
    memberships.filter((m) => m.role === 'VILLAGE_STAFF' || m.role === 'VILLAGE_HEAD').map((m) => m.placeCode),
  );
  const names = new Map(online.map((v) => [v.code, v]));
  const villages: VillageOption[] = regency
    ? online
    : [...own].map((code) => names.get(code) ?? { code, name: code, districtName: '' });
  const asked = new URL(request.url).searchParams.get('desa')?.trim() ?? '';
  const villageCode = villages.find((v) => v.code === asked)?.code ?? villages[0]?.code ?? null;
  return { villageCode, villages, regency };
}
