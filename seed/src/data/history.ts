/**
 * Twelve months of deterministic office history for the online villages (issue 11): requests
 * to the regency's service templates, their completion in working hours (some late, some still
 * open, a few rejected), IKM surveys and complaints, plus the generated citizens who made them.
 *
 * Pure data: a seeded PRNG (no Math.random) and a fixed period (no Date.now), so two runs give
 * the same rows, byte for byte. Due times and working minutes come from the same working-hours
 * clock the services subgraph uses, with each village's opening hours and the seeded holidays,
 * so the seeded figures agree with what the live code computes.
 */
import { addWorkingHours, workingHoursBetween, type WorkingCalendar } from '@kampung/shared';
import { createHash } from 'node:crypto';
import { holidays } from './places-holidays.js';
import { onlineVillages, type OnlineVillageSeed } from './places.js';
import { services } from './services.js';

/** The history covers 2025-12-01 00:00 WIB up to (not including) 2026-12-01 00:00 WIB. */
export const HISTORY_START = new Date('2025-12-01T00:00:00+07:00');
export const HISTORY_END = new Date('2026-12-01T00:00:00+07:00');

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WIB = 7 * HOUR;
const DAYS = Math.round((HISTORY_END.getTime() - HISTORY_START.getTime()) / DAY);

/** How many generated citizens make the requests (emails warga.<n>@kampung.test). */
export const HISTORY_CITIZENS = 360;
/** Requests a village of weight 1 receives in the year. */
const REQUESTS_PER_WEIGHT = 560;

export interface HistoryCitizen {
  id: string;
  email: string;
  name: string;
  /** Village code of their domicile. */
  villageCode: string;
}

export type HistoryRequestStatus = 'SUBMITTED' | 'VERIFIED' | 'IN_PROCESS' | 'COMPLETED' | 'REJECTED' | 'INCOMPLETE';

export interface HistoryRequest {
  id: string;
  trackingCode: string;
  villageCode: string;
  serviceSlug: string;
  applicantId: string;
  status: HistoryRequestStatus;
  submittedAt: Date;
  dueAt: Date;
  completedAt: Date | null;
  slaMet: boolean | null;
  /** The village's fee and promised time when the request was made. */
  fee: number;
  slaHours: number;
  /** Working minutes from submission to completion by the village's clock; null until completed. */
  workingMinutesTaken: number | null;
  /** The last change (completion, rejection, or the latest step of an open request). */
  updatedAt: Date;
  answers: Record<string, string>;
}

export interface HistorySurvey {
  id: string;
  requestId: string;
  serviceSlug: string;
  villageCode: string;
  /** Nine scores 1–4, in IKM_ELEMENTS order. */
  scores: number[];
  comment: string | null;
  createdAt: Date;
}

export type HistoryComplaintStatus = 'WAITING' | 'IN_PROGRESS' | 'RESOLVED';

export interface HistoryComplaint {
  id: string;
  villageCode: string;
  authorId: string;
  serviceSlug: string | null;
  requestId: string | null;
  subject: string;
  body: string;
  status: HistoryComplaintStatus;
  response: string | null;
  createdAt: Date;
  respondedAt: Date | null;
  resolvedAt: Date | null;
  /** Working minutes until the first response, by the village's clock; null while waiting. */
  workingMinutesToResponse: number | null;
}

export interface History {
  citizens: HistoryCitizen[];
  requests: HistoryRequest[];
  surveys: HistorySurvey[];
  complaints: HistoryComplaint[];
}

/** What a village offers: fee and promised time per service slug (its adoption of the templates). */
export type VillageOffers = ReadonlyMap<string, ReadonlyMap<string, { fee: number; slaHours: number }>>;

export interface HistoryOptions {
  /**
   * Adoptions read from the database. A village listed here gets requests only for the services
   * it offers, with its own fee and promised time; a village not listed offers every template.
   */
  offers?: VillageOffers;
}

/**
 * The seed's stable UUID (the same function as seedId in seed/src/ids.ts, which this data
 * package may not import): `seedId('user', 'warga-1')` here and there is the same id.
 */
function seedId(kind: string, key: string): string {
  const hex = createHash('sha256').update(`smart-kampung:${kind}:${key}`).digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** mulberry32: small, fast, good enough for demo data, and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string: a seed per village, so adding a village does not reshuffle the others. */
function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
/** Standard normal (Box–Muller). */
const normal = (random: Random) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const lognormal = (random: Random, median: number, sigma: number) => median * Math.exp(sigma * normal(random));
function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries.at(-1)![0];
}

/**
 * How each online village runs its office: size (requests relative to an average village),
 * speed (median completion as a share of the promised time), satisfaction (chance an element
 * scores 4) and first response to complaints (median working hours). Unlisted villages get
 * values from their code.
 */
const PROFILES: Record<string, { weight: number; speed: number; satisfaction: number; responseHours: number }> = {
  '35.10.06.2003': { weight: 1.5, speed: 0.4, satisfaction: 0.78, responseHours: 3 }, // Sembulung
  '35.10.06.2005': { weight: 1.4, speed: 0.55, satisfaction: 0.55, responseHours: 8 }, // Benculuk
  '35.10.06.2002': { weight: 0.8, speed: 0.5, satisfaction: 0.45, responseHours: 10 }, // Tampo
  '35.10.15.2004': { weight: 1.2, speed: 0.33, satisfaction: 0.85, responseHours: 2 }, // Kemiren
  '35.10.15.2005': { weight: 0.7, speed: 0.45, satisfaction: 0.6, responseHours: 6 }, // Olehsari
  '35.10.15.2011': { weight: 0.6, speed: 0.6, satisfaction: 0.3, responseHours: 16 }, // Kenjo
  '35.10.21.1006': { weight: 0.9, speed: 0.42, satisfaction: 0.65, responseHours: 5 }, // Gombengsari
  '35.10.21.2003': { weight: 1.6, speed: 0.62, satisfaction: 0.35, responseHours: 14 }, // Ketapang
  '35.10.21.2008': { weight: 0.5, speed: 0.5, satisfaction: 0.5, responseHours: 9 }, // Telemung
  '35.10.24.2008': { weight: 1.0, speed: 0.36, satisfaction: 0.8, responseHours: 3 }, // Tamansari
  '35.10.24.2005': { weight: 0.5, speed: 0.58, satisfaction: 0.12, responseHours: 20 }, // Segobang
  '35.10.19.2007': { weight: 0.9, speed: 0.48, satisfaction: 0.6, responseHours: 7 }, // Sumberarum
  '35.10.19.2006': { weight: 0.6, speed: 0.44, satisfaction: 0.7, responseHours: 4 }, // Bayu
  '35.10.04.2002': { weight: 0.8, speed: 0.52, satisfaction: 0.5, responseHours: 11 }, // Kendalrejo
  '35.10.04.2001': { weight: 0.7, speed: 0.47, satisfaction: 0.62, responseHours: 6 }, // Purwoasri
};

function profileOf(code: string) {
  const known = PROFILES[code];
  if (known) return known;
  const r = prng(hashSeed(`profile:${code}`));
  return { weight: 0.5 + r(), speed: 0.35 + 0.25 * r(), satisfaction: 0.2 + 0.6 * r(), responseHours: 2 + 14 * r() };
}

/** Relative demand per service (letters for school, banks and the civil registry lead). */
const SERVICE_WEIGHTS: Record<string, number> = {
  'surat-keterangan-tidak-mampu': 10,
  'surat-keterangan-usaha': 8,
  'surat-keterangan-domisili': 9,
  'pengantar-ktp-el': 7,
  'pengantar-kartu-keluarga': 7,
  'pengantar-akta-kelahiran': 5,
  'surat-keterangan-kematian': 2,
  'surat-keterangan-pindah': 3,
  'pengantar-skck': 5,
  'surat-keterangan-ahli-waris': 1.2,
  'pengaduan-masyarakat': 1.5,
  'pendampingan-iumk-nib': 2.5,
  'pendaftaran-lapak-umkm': 1.5,
  'pendaftaran-posyandu': 2,
  'pengantar-bpjs-kesehatan-pbi': 3,
  'surat-rekomendasi-beasiswa': 2.5,
  'kelas-membatik-sanggar-desa': 0.8,
  'pendaftaran-pelatihan-umkm': 1.2,
  'pemutakhiran-data-bansos-dtks': 2,
  'usulan-bantuan-rtlh': 0.8,
  'konsultasi-bantuan-hukum': 0.6,
  'permohonan-informasi-publik-perdes': 0.5,
};

/** Demand by month of the local date (0 = January): Ramadan and Idulfitri quiet, school year busy. */
const MONTH_FACTOR = [1.0, 0.95, 0.7, 1.1, 1.0, 1.1, 1.3, 1.05, 1.0, 1.05, 1.1, 0.85];
/** Demand by ISO weekday (index 1 = Monday): Monday queues, quiet weekends (online only). */
const WEEKDAY_FACTOR = [0, 1.3, 1.1, 1.0, 1.0, 0.75, 0.35, 0.25];

// prettier-ignore
const FIRST_NAMES = [
  'Ahmad', 'Siti', 'Budi', 'Sri', 'Agus', 'Nur', 'Eko', 'Dewi', 'Joko', 'Rina', 'Slamet', 'Wahyuni', 'Hadi',
  'Yuli', 'Bambang', 'Lilik', 'Suparman', 'Endang', 'Imam', 'Kholifah', 'Rudi', 'Fitri', 'Sugeng', 'Umi',
  'Hasan', 'Ratna', 'Teguh', 'Anik', 'Fauzi', 'Mega',
];
// prettier-ignore
const LAST_NAMES = [
  'Santoso', 'Rahayu', 'Hidayat', 'Lestari', 'Prasetyo', 'Wulandari', 'Saputra', 'Handayani', 'Susanto',
  'Kurniawan', 'Astutik', 'Setiawan', 'Maulana', 'Fadilah', 'Purnomo', 'Yuliani', 'Hariyanto', 'Nurhayati',
];
const DUSUN = ['Krajan', 'Sumberagung', 'Kopen', 'Sukorejo', 'Kedungrejo', 'Wonosari', 'Tegalsari', 'Karangasem'];
const PURPOSES = [
  'Persyaratan beasiswa sekolah',
  'Pengajuan kredit usaha rakyat',
  'Keringanan biaya rumah sakit',
  'Pendaftaran sekolah anak',
  'Persyaratan melamar pekerjaan',
  'Pengurusan administrasi kependudukan',
  'Pengajuan bantuan sosial',
];
const SURVEY_COMMENTS = [
  'Pelayanan cepat dan petugas ramah.',
  'Terima kasih, suratnya sudah jadi tepat waktu.',
  'Antrean di loket agak lama.',
  'Mohon informasi persyaratan lebih jelas di awal.',
  'Mudah diajukan dari rumah, tidak perlu bolak-balik.',
  'Petugas membantu mengisi formulir, sangat membantu.',
  'Prosesnya lebih lama dari yang dijanjikan.',
  'Ruang tunggu kantor desa perlu kipas angin.',
];
const COMPLAINTS: [subject: string, body: string][] = [
  ['Surat belum selesai', 'Permohonan saya sudah lewat waktu yang dijanjikan tetapi suratnya belum bisa diambil.'],
  ['Persyaratan berubah', 'Di loket diminta berkas tambahan yang tidak tercantum di halaman layanan.'],
  ['Petugas tidak di tempat', 'Saya datang pada jam layanan tetapi loket pelayanan kosong.'],
  ['Status tidak berubah', 'Status permohonan di portal tidak berubah selama beberapa hari.'],
  ['Salah ketik di surat', 'Nama saya di surat keterangan salah ketik, mohon diperbaiki.'],
  ['Jam layanan', 'Mohon kantor desa buka lebih awal untuk warga yang bekerja di sawah.'],
  ['Informasi bantuan', 'Saya belum mendapat informasi hasil usulan bantuan yang sudah diajukan.'],
];
const RESPONSES = [
  'Terima kasih atas laporannya. Permohonan Bapak/Ibu sudah kami tindak lanjuti hari ini.',
  'Mohon maaf atas ketidaknyamanannya. Petugas kami akan menghubungi Bapak/Ibu.',
  'Sudah kami perbaiki. Silakan cek kembali di portal atau datang ke loket.',
  'Terima kasih, masukan ini kami sampaikan dalam rapat evaluasi pelayanan.',
];
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A village's calendar, as the services subgraph builds it: opening hours plus the holidays. */
export function villageCalendar(village: Pick<OnlineVillageSeed, 'hours'>): WorkingCalendar {
  return { hours: village.hours, holidays: HOLIDAY_SET };
}
const HOLIDAY_SET: ReadonlySet<string> = new Set(holidays.map((h) => h.date));

const isoWeekday = (day: number) => ((day + 3) % 7) + 1; // day number since 1970-01-01 (a Thursday)
const localDate = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** A plausible submission instant on the village's `day`-th day of the history. */
function submissionTime(random: Random, village: OnlineVillageSeed): Date {
  const firstDay = Math.floor((HISTORY_START.getTime() + WIB) / DAY);
  for (;;) {
    const day = firstDay + Math.floor(random() * DAYS);
    const date = localDate(day);
    const weekday = isoWeekday(day);
    const factor = MONTH_FACTOR[Number(date.slice(5, 7)) - 1]! * WEEKDAY_FACTOR[weekday]!;
    if (random() * 1.7 > factor) continue;
    const open = HOLIDAY_SET.has(date) ? [] : village.hours.filter((h) => h.weekday === weekday);
    let minute: number;
    if (open.length > 0 && random() < 0.78) {
      // At the counter or from a phone during office hours, busiest in the first hours.
      const { opens, closes } = pick(random, open);
      const span = minutesOf(closes) - minutesOf(opens);
      minute = minutesOf(opens) + Math.floor(span * random() * random() ** 0.3);
    } else {
      // Online in the evening or on a day off: counts from the next opening.
      minute = 6 * 60 + Math.floor(random() * 17 * 60);
    }
    const second = Math.floor(random() * 60);
    return new Date(day * DAY - WIB + minute * MINUTE + second * 1000);
  }
}

/**
 * The history. Citizens first (each with a domicile among the online villages), then per
 * village its requests, surveys and complaints, each village from its own PRNG stream.
 */
export function generateHistory(options: HistoryOptions = {}): History {
  const end = HISTORY_END.getTime();
  const citizenRandom = prng(hashSeed('citizens'));
  const villageWeights = onlineVillages.map((v) => [v, profileOf(v.code).weight] as const);
  const citizens: HistoryCitizen[] = [];
  for (let n = 1; n <= HISTORY_CITIZENS; n++) {
    // Every village gets at least a few citizens; the rest follow its size.
    const village = n <= onlineVillages.length ? onlineVillages[n - 1]! : weighted(citizenRandom, villageWeights);
    citizens.push({
      id: seedId('user', `warga-${n}`),
      email: `warga.${n}@kampung.test`,
      name: `${pick(citizenRandom, FIRST_NAMES)} ${pick(citizenRandom, LAST_NAMES)}`,
      villageCode: village.code,
    });
  }

  const requests: HistoryRequest[] = [];
  const surveys: HistorySurvey[] = [];
  const complaints: HistoryComplaint[] = [];
  const trackingCodes = new Set<string>();

  for (const village of onlineVillages) {
    const random = prng(hashSeed(`history:${village.code}`));
    const profile = profileOf(village.code);
    const calendar = villageCalendar(village);
    const people = citizens.filter((c) => c.villageCode === village.code);
    const offered = options.offers?.get(village.code);
    const catalogue = services
      .filter((s) => !offered || offered.has(s.slug))
      .map((s) => {
        const own = offered?.get(s.slug);
        return { slug: s.slug, fee: own?.fee ?? s.fee, slaHours: own?.slaHours ?? s.slaHours };
      });
    const serviceWeights = catalogue.map((s) => [s, SERVICE_WEIGHTS[s.slug] ?? 1] as const);
    const count = catalogue.length === 0 ? 0 : Math.round(profile.weight * REQUESTS_PER_WEIGHT);
    const villageRequests: HistoryRequest[] = [];

    for (let i = 1; i <= count; i++) {
      const service = weighted(random, serviceWeights);
      const applicant = pick(random, people);
      const submittedAt = submissionTime(random, village);
      const dueAt = addWorkingHours(calendar, submittedAt, service.slaHours);
      // Working hours it takes: skewed around the village's speed, in whole minutes, at least 10.
      const takenMinutes = Math.max(10, Math.round(lognormal(random, profile.speed * service.slaHours, 0.6) * 60));
      const outcome = random();
      let trackingCode: string;
      do {
        trackingCode = 'LYN-' + Array.from({ length: 6 }, () => CROCKFORD[Math.floor(random() * 32)]).join('');
      } while (trackingCodes.has(trackingCode));
      trackingCodes.add(trackingCode);
      const request: HistoryRequest = {
        id: historyRequestId(village.code, i),
        trackingCode,
        villageCode: village.code,
        serviceSlug: service.slug,
        applicantId: applicant.id,
        status: 'COMPLETED',
        submittedAt,
        dueAt,
        completedAt: null,
        slaMet: null,
        fee: service.fee,
        slaHours: service.slaHours,
        workingMinutesTaken: null,
        updatedAt: submittedAt,
        answers: {
          nik: fakeNumber(16, requests.length + villageRequests.length + 1),
          fullName: applicant.name,
          address: `RT 00${1 + Math.floor(random() * 6)}/RW 00${1 + Math.floor(random() * 4)}, Dusun ${pick(random, DUSUN)}`,
          purpose: pick(random, PURPOSES),
        },
      };
      if (outcome < 0.04 || (outcome < 0.06 && service.slaHours >= 72)) {
        // Refused after checking the papers (a little more often for the bigger files).
        request.status = 'REJECTED';
        request.updatedAt = addWorkingHours(calendar, submittedAt, Math.min(takenMinutes / 120, service.slaHours));
      } else if (outcome < 0.075) {
        request.status = 'INCOMPLETE';
        request.updatedAt = addWorkingHours(calendar, submittedAt, Math.min(takenMinutes / 180, service.slaHours));
      } else {
        const completedAt = addWorkingHours(calendar, submittedAt, takenMinutes / 60);
        if (completedAt.getTime() < end) {
          request.completedAt = completedAt;
          request.updatedAt = completedAt;
          request.slaMet = completedAt.getTime() <= dueAt.getTime();
          // workingHoursBetween(submittedAt, completedAt) is exactly this by construction (the tests check it).
          request.workingMinutesTaken = takenMinutes;
        } else {
          // Still open at the end of the history: how far it got by then.
          const done = workingHoursBetween(calendar, submittedAt, HISTORY_END) * 60;
          const share = done / takenMinutes;
          request.status = share < 0.2 ? 'SUBMITTED' : share < 0.5 ? 'VERIFIED' : 'IN_PROCESS';
          request.updatedAt =
            request.status === 'SUBMITTED' ? submittedAt : addWorkingHours(calendar, submittedAt, (done * 0.8) / 60);
        }
      }
      if (request.updatedAt.getTime() >= end) request.updatedAt = new Date(end - MINUTE);
      villageRequests.push(request);

      // About half the applicants of a completed request answer the survey, fewer after a late one.
      if (request.completedAt && random() < (request.slaMet ? 0.55 : 0.42)) {
        const createdAt = new Date(
          Math.min(end - MINUTE, request.completedAt.getTime() + Math.floor(random() * 72 * 60) * MINUTE),
        );
        const scores = Array.from({ length: 9 }, (_, element) => {
          // COMPLETION_TIME (2) follows lateness; COST (3) is almost always free.
          const p =
            element === 2
              ? request.slaMet
                ? Math.min(0.95, profile.satisfaction + 0.1)
                : profile.satisfaction * 0.35
              : element === 3
                ? 0.92
                : profile.satisfaction;
          const r = random();
          if (r < p) return 4;
          const rest = (r - p) / (1 - p);
          return rest < 0.72 ? 3 : rest < 0.95 ? 2 : 1;
        });
        surveys.push({
          id: seedId('history-survey', request.id),
          requestId: request.id,
          serviceSlug: request.serviceSlug,
          villageCode: village.code,
          scores,
          comment: random() < 0.2 ? pick(random, SURVEY_COMMENTS) : null,
          createdAt,
        });
      }
    }
    requests.push(...villageRequests);

    // Complaints: about one and a half a month for an average village.
    const complaintCount = Math.round(profile.weight * 18);
    for (let i = 1; i <= complaintCount; i++) {
      const about = random() < 0.5 ? pick(random, villageRequests) : null;
      // A complaint about a request comes when most of its promised time has passed.
      const opened = about
        ? new Date(Math.min(end - HOUR, addWorkingHours(calendar, about.submittedAt, about.slaHours * 0.8).getTime()))
        : submissionTime(random, village);
      const [subject, body] = pick(random, COMPLAINTS);
      const complaint: HistoryComplaint = {
        id: seedId('history-complaint', `${village.code}:${i}`),
        villageCode: village.code,
        authorId: about ? about.applicantId : pick(random, people).id,
        serviceSlug: about?.serviceSlug ?? null,
        requestId: about?.id ?? null,
        subject,
        body,
        status: 'WAITING',
        response: null,
        createdAt: opened,
        respondedAt: null,
        resolvedAt: null,
        workingMinutesToResponse: null,
      };
      const responseMinutes = Math.max(5, Math.round(lognormal(random, profile.responseHours, 0.7) * 60));
      const respondedAt = addWorkingHours(calendar, opened, responseMinutes / 60);
      if (respondedAt.getTime() < end) {
        complaint.status = 'IN_PROGRESS';
        complaint.response = pick(random, RESPONSES);
        complaint.respondedAt = respondedAt;
        complaint.workingMinutesToResponse = responseMinutes;
        const resolvedAt = addWorkingHours(calendar, respondedAt, Math.round(lognormal(random, 8, 0.8) * 60) / 60);
        if (resolvedAt.getTime() < end && random() < 0.9) {
          complaint.status = 'RESOLVED';
          complaint.resolvedAt = resolvedAt;
        }
      }
      complaints.push(complaint);
    }
  }
  return { citizens, requests, surveys, complaints };
}

/** The id of the `n`-th history request of a village (1-based). */
export const historyRequestId = (villageCode: string, n: number) => seedId('history-request', `${villageCode}:${n}`);

/** A number no real NIK or KK can have: all zeros, then the running number. */
function fakeNumber(length: number, n: number): string {
  return String(n).padStart(length, '0');
}
