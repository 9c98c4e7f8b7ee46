import {
  NotFoundError,
  pageSize,
  UserInputError,
  validate,
  type Connection,
  type FieldProblem,
  type RequestContext,
} from '@kampung/shared';
import type { FilterQuery } from '@mikro-orm/core';
import { villageCodeSchema } from '../regions/region.codes.js';
import { RegionService } from '../regions/region.service.js';
import { Village } from './village.entity.js';
import type { VillageOfficeInput, VillageType } from './village.type.js';
import { villageOfficeSchema } from './village.validation.js';

export function toVillageType(village: Village): VillageType {
  return {
    code: village.code,
    name: village.name,
    type: village.type,
    districtCode: village.districtCode,
    officeAddress: village.officeAddress,
    openingHours: village.openingHours,
    head: village.headName ? { name: village.headName, title: village.headTitle ?? 'Kepala Desa' } : null,
    letterCode: village.letterCode,
    logoUrl: village.logoUrl,
    phone: village.phone,
    online: village.online,
    onlineSince: village.onlineSince,
  };
}

// Villages are paged by code: the cursor is the last code seen.
const encodeCursor = (code: string) => Buffer.from(code, 'utf8').toString('base64url');
function decodeCursor(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const code = Buffer.from(raw, 'base64url').toString('utf8');
  if (!villageCodeSchema.safeParse(code).success) {
    throw UserInputError.field('after', { id: 'Kursor halaman tidak valid', en: 'Page cursor is not valid' });
  }
  return code;
}

export interface VillageFilter {
  districtCode?: string | null;
  online?: boolean | null;
  first?: number | null;
  after?: string | null;
}

export class VillageService {
  constructor(private readonly context: RequestContext) {}

  private get em() {
    return this.context.em;
  }

  /** Village by code: BAD_USER_INPUT for a malformed code, NOT_FOUND (naming `code`) for an unknown one. */
  async get(code: string): Promise<Village> {
    const result = villageCodeSchema.safeParse(code);
    if (!result.success) {
      throw UserInputError.field('code', {
        id: 'Kode desa tidak valid (contoh: 35.10.06.2003)',
        en: 'Village code is not valid (for example 35.10.06.2003)',
      });
    }
    const village = await this.em.findOne(Village, { code: result.data });
    if (!village) {
      const error = new NotFoundError({
        id: `Desa dengan kode ${result.data}`,
        en: `Village with code ${result.data}`,
      });
      error.extensions['field'] = 'code';
      throw error;
    }
    return village;
  }

  async list(filter: VillageFilter): Promise<Connection<VillageType & { id: string }>> {
    const size = pageSize(filter.first);
    const after = decodeCursor(filter.after);
    const where: FilterQuery<Village> = {};
    if (filter.districtCode != null) {
      where.districtCode = (
        await new RegionService(this.context).homeDistrict(filter.districtCode, 'districtCode')
      ).code;
    }
    if (filter.online != null) where.online = filter.online;
    const [rows, totalCount] = await Promise.all([
      this.em.find(Village, after ? { ...where, code: { $gt: after } } : where, {
        orderBy: { code: 'asc' },
        limit: size + 1,
      }),
      this.em.count(Village, where),
    ]);
    const page = rows.slice(0, size);
    const last = page.at(-1);
    return {
      edges: page.map((village) => ({
        cursor: encodeCursor(village.code),
        node: { ...toVillageType(village), id: village.code },
      })),
      pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(last.code) : null },
      totalCount,
    };
  }

  /** Changes office fields (admin); validated as a whole first, so a refusal writes nothing. */
  async updateOffice(code: string, input: VillageOfficeInput): Promise<Village> {
    const changes = validate(villageOfficeSchema, input);
    const village = await this.get(code);
    for (const [key, value] of Object.entries(changes) as [keyof typeof changes, unknown][]) {
      if (value === undefined) continue;
      if (key === 'openingHours') village.openingHours = (value as Village['openingHours'] | null) ?? [];
      else (village as unknown as Record<string, unknown>)[key] = value;
    }
    // An online village must keep what being online needs.
    if (village.online) requireOnlineReady(village);
    await this.em.flush();
    return village;
  }

  /** Brings a village online (its office must be complete: the clock needs its hours) or takes it offline. */
  async setOnline(code: string, online: boolean): Promise<Village> {
    const village = await this.get(code);
    if (online) requireOnlineReady(village);
    if (village.online !== online) {
      village.online = online;
      village.onlineSince = online ? new Date() : null;
      await this.em.flush();
    }
    return village;
  }

  /** Batched by DataLoader for `__resolveReference`. */
  load(code: string): Promise<Village | null> {
    return this.context.loaders
      .get<string, Village | null>('villages', async (codes) => {
        const rows = await this.em.find(Village, { code: { $in: [...codes] } });
        const byCode = new Map(rows.map((row) => [row.code, row]));
        return codes.map((key) => byCode.get(key) ?? null);
      })
      .load(code);
  }
}

const REQUIRED_ONLINE: [keyof Village & string, string, string][] = [
  ['officeAddress', 'Alamat kantor wajib diisi sebelum desa daring', 'Office address is required before going online'],
  ['openingHours', 'Jam layanan wajib diisi sebelum desa daring', 'Opening hours are required before going online'],
  [
    'headName',
    'Nama kepala desa wajib diisi sebelum desa daring',
    "Village head's name is required before going online",
  ],
  ['letterCode', 'Kode surat wajib diisi sebelum desa daring', 'Letter code is required before going online'],
];

function requireOnlineReady(village: Village): void {
  const problems: FieldProblem[] = REQUIRED_ONLINE.filter(([key]) => {
    const value = village[key];
    return value === null || (Array.isArray(value) && value.length === 0);
  }).map(([field, message, messageEn]) => ({ field, message, messageEn }));
  if (problems.length > 0) throw new UserInputError(problems);
}
