const rupiah = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  maximumFractionDigits: 0,
});

/** Whole rupiah as "Rp 150.000" (Intl puts a non-breaking space after "Rp"). */
export function formatRupiah(amount: number): string {
  return rupiah.format(amount);
}

/** "1 Desember 2026" in Western Indonesia Time, whatever the server's zone. */
export function formatDate(value: string | Date, intlLocale = 'id-ID'): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Jakarta',
  }).format(date);
}

/** Up to two letters from a slug or title: "batik-gajah-oling" → "BG". */
export function initials(text: string): string {
  const words = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 2);
  return words.map((w) => w[0]!.toLocaleUpperCase('id-ID')).join('') || '?';
}

/** Splits an SLA in hours into days when it is a whole number of days. */
export function slaParts(hours: number): { unit: 'hours' | 'days'; count: number } {
  if (hours >= 24 && hours % 24 === 0) return { unit: 'days', count: hours / 24 };
  return { unit: 'hours', count: hours };
}
