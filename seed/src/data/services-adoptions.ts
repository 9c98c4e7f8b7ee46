/**
 * What each online village offers (decision 021): every online village adopts all 22 regency
 * templates, naming its own office; a few villages set their own fee or promised working hours.
 * Deterministic data, no I/O.
 */
import { onlineVillages, type OnlineVillageSeed } from './places.js';
import { services } from './services.js';

export interface AdoptionSeed {
  villageCode: string;
  slug: string;
  fee: number | null;
  slaHours: number | null;
  office: string;
  extraRequirements: string[];
}

/** A village's own terms for some templates: fee (rupiah) and promised working hours. */
const OVERRIDES: Record<string, Record<string, { fee?: number; slaHours?: number; extraRequirements?: string[] }>> = {
  // Kemiren (Glagah): the batik class pays for its cloth and wax; letters the same day, Saturday included.
  '35.10.15.2004': {
    'kelas-membatik-sanggar-desa': { fee: 35_000 },
    'surat-keterangan-usaha': { slaHours: 4 },
  },
  // Ketapang (Kalipuro), by the harbour: many movers, so the transfer letter takes longer.
  '35.10.21.2003': {
    'surat-keterangan-pindah': {
      slaHours: 48,
      extraRequirements: ['Surat keterangan dari pelabuhan bila pindah antarpulau'],
    },
  },
  // Tamansari (Licin): a small office, the inheritance letter needs the hamlet heads.
  '35.10.24.2008': {
    'surat-keterangan-ahli-waris': { slaHours: 240 },
    'pendaftaran-pelatihan-umkm': { fee: 25_000 },
  },
  // Benculuk (Cluring): SKTM and domicile letters promised within four office hours.
  '35.10.06.2005': {
    'surat-keterangan-tidak-mampu': { slaHours: 4 },
    'surat-keterangan-domisili': { slaHours: 4 },
  },
};

/** "Kantor Desa, Seksi Pelayanan" → "Kantor Desa Benculuk, Seksi Pelayanan" (Kelurahan for a kelurahan). */
export function officeIn(village: Pick<OnlineVillageSeed, 'name' | 'headTitle'>, templateOffice: string): string {
  const kind = village.headTitle === 'Lurah' ? 'Kelurahan' : 'Desa';
  return templateOffice.replace(/^(Kantor|Balai) Desa\b/, `$1 ${kind} ${village.name}`);
}

export const adoptions: AdoptionSeed[] = onlineVillages.flatMap((village) =>
  services.map((service) => {
    const own = OVERRIDES[village.code]?.[service.slug];
    return {
      villageCode: village.code,
      slug: service.slug,
      fee: own?.fee ?? null,
      slaHours: own?.slaHours ?? null,
      office: officeIn(village, service.office),
      extraRequirements: own?.extraRequirements ?? [],
    };
  }),
);
