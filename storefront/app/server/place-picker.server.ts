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
