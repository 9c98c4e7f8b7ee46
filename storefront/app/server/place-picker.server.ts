import { PlacePickerQuery } from '../graphql/marketplace-places';
import { querySection } from './graphql.server';

export interface PlaceOption {
  code: string;
  name: string;
}
export interface PlacePicker {
  districts: PlaceOption[];
  /** The villages of the chosen kecamatan (empty until one is chosen). */
  villages: PlaceOption[];
}

const DISTRICT = /^\d{2}\.\d{2}\.\d{2}$/;
const VILLAGE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** A kecamatan code as the URL or a form gives it, or undefined. */
export const districtParam = (value: FormDataEntryValue | string | null | undefined) =>
  typeof value === 'string' && DISTRICT.test(value) ? value : undefined;
/** A desa code, kept only when it lies in the chosen kecamatan (if any). */
export const villageParam = (value: FormDataEntryValue | string | null | undefined, districtCode?: string) =>
  typeof value === 'string' && VILLAGE.test(value) && (!districtCode || value.startsWith(`${districtCode}.`))
    ? value
    : undefined;

/** Districts, and the villages of `districtCode`; an empty picker when places does not answer (the page still works). */
export async function loadPlacePicker(request: Request, districtCode: string | undefined): Promise<PlacePicker> {
  const data = await querySection(request, PlacePickerQuery, {
    districtCode: districtCode ?? null,
    withVillages: !!districtCode,
  });
  return {
    districts: data?.districts ?? [],
    villages: data?.villages?.edges.map((e) => e.node) ?? [],
  };
}
