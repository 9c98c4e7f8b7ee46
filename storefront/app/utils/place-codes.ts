/** Kemendagri codes as the catalogue URL and the shop form carry them (shared by client and server code). */
const DISTRICT = /^\d{2}\.\d{2}\.\d{2}$/;
const VILLAGE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** A kecamatan code (`35.10.06`), or undefined. */
export const districtParam = (value: FormDataEntryValue | string | null | undefined) =>
  typeof value === 'string' && DISTRICT.test(value) ? value : undefined;

/** A desa code (`35.10.06.2003`), kept only when it lies in the chosen kecamatan (if any). */
export const villageParam = (value: FormDataEntryValue | string | null | undefined, districtCode?: string) =>
  typeof value === 'string' && VILLAGE.test(value) && (!districtCode || value.startsWith(`${districtCode}.`))
    ? value
    : undefined;
