import { bilingual, NotFoundError, UserInputError, validate, type RequestContext } from '@kampung/shared';
import { z } from 'zod';
import { districtCodeSchema, HOME_REGENCY_CODE, regionCodeSchema } from './region.codes.js';
import { Region } from './region.entity.js';

export class RegionService {
  constructor(private readonly context: RequestContext) {}

  private get em() {
    return this.context.em;
  }

  provinces(): Promise<Region[]> {
    return this.em.find(Region, { level: 'PROVINCE' }, { orderBy: { code: 'asc' } });
  }

  /** One region; NOT_FOUND naming `field` when no region has the code. */
  async region(code: string, field = 'code'): Promise<Region> {
    const parsed = validate(regionCodeSchema, code);
    const region = await this.load(parsed);
    if (!region) throw notFound(field, parsed);
    return region;
  }

  /** The regions one level below `parentCode`, by name. */
  async children(parentCode: string): Promise<Region[]> {
    const parent = await this.region(parentCode, 'parentCode');
    if (parent.level === 'VILLAGE') return [];
    return this.em.find(Region, { parentCode: parent.code }, { orderBy: { name: 'asc', code: 'asc' } });
  }

  /** The districts (kecamatan) of the home regency, by code. */
  districts(): Promise<Region[]> {
    return this.em.find(Region, { parentCode: HOME_REGENCY_CODE, level: 'DISTRICT' }, { orderBy: { code: 'asc' } });
  }

  /** A district of the home regency, or BAD_USER_INPUT / NOT_FOUND naming `field`. */
  async homeDistrict(code: string, field: string): Promise<Region> {
    const result = districtCodeSchema.safeParse(code);
    if (!result.success) {
      throw UserInputError.field(field, {
        id: 'Kode kecamatan tidak valid (contoh: 35.10.06)',
        en: 'District code is not valid (for example 35.10.06)',
      });
    }
    const district = await this.load(result.data);
    if (!district || district.parentCode !== HOME_REGENCY_CODE) throw notFound(field, result.data);
    return district;
  }

  /** Admin (regency): names the head (camat) of a district of the regency; returns the district. */
  async setDistrictHead(code: string, name: string, title: string | null): Promise<Region> {
    const data = validate(districtHeadSchema, { name, title });
    const district = await this.homeDistrict(code, 'code');
    district.headName = data.name;
    district.headTitle = data.title ?? 'Camat';
    await this.em.flush();
    return district;
  }

  /** Batched by DataLoader: the regions behind a page of villages cost one query. */
  load(code: string): Promise<Region | null> {
    return this.context.loaders
      .get<string, Region | null>('regions', async (codes) => {
        const rows = await this.em.find(Region, { code: { $in: [...codes] } });
        const byCode = new Map(rows.map((row) => [row.code, row]));
        return codes.map((key) => byCode.get(key) ?? null);
      })
      .load(code);
  }
}

export function notFound(field: string, code: string): NotFoundError {
  const error = new NotFoundError({ id: `Wilayah dengan kode ${code}`, en: `Region with code ${code}` });
  error.extensions['field'] = field;
  return error;
}

const headText = (max: number, id: string, en: string) =>
  z
    .string()
    .trim()
    .min(2, bilingual(`${id} minimal 2 karakter`, `${en} needs at least 2 characters`))
    .max(max, bilingual(`${id} maksimal ${max} karakter`, `${en} may have at most ${max} characters`));

const districtHeadSchema = z.object({
  name: headText(100, 'Nama camat', "District head's name"),
  title: headText(60, 'Jabatan camat', "District head's title").nullish(),
});
