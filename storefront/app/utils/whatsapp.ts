/** "0812-3456-7890", "+62 812 3456 7890" or "62812…" → "6281234567890"; null when not Indonesian mobile-like. */
export function toWhatsAppNumber(phone: string): string | null {
  const digits = phone.replace(/[^\d]/g, '');
  let national: string;
  if (digits.startsWith('62')) national = digits.slice(2);
  else if (digits.startsWith('0')) national = digits.slice(1);
  else if (digits.startsWith('8')) national = digits;
  else return null;
  national = national.replace(/^0+/, '');
  if (!/^8\d{7,12}$/.test(national)) return null;
  return `62${national}`;
}

export function whatsAppLink(phone: string, text?: string): string | null {
  const number = toWhatsAppNumber(phone);
  if (!number) return null;
  return text ? `https://wa.me/${number}?text=${encodeURIComponent(text)}` : `https://wa.me/${number}`;
}
