import type { NotificationData, NotificationEventType } from '@kampung/shared';

/** Preferences are chosen per group of events. `account` is essential: always sent, no unsubscribe. */
export const EVENT_GROUPS = ['orders', 'shop', 'requests', 'complaints', 'staff', 'account'] as const;
export type EventGroup = (typeof EVENT_GROUPS)[number];
export const ESSENTIAL_GROUPS: readonly EventGroup[] = ['account'];

export type Language = 'id' | 'en';

export interface Rendered {
  title: string;
  body: string;
}

type Render = (d: NotificationData) => Rendered;

interface Template {
  group: EventGroup;
  id: Render;
  en: Render;
}

const s = (value: unknown, fallback = '-'): string =>
  value === null || value === undefined || value === '' ? fallback : String(value);
const rupiah = (value: unknown): string =>
  typeof value === 'number' ? `Rp${value.toLocaleString('id-ID')}` : s(value);

/** Every event type in both languages. Parameters come from the event's `data`; a missing one shows as "-". */
export const TEMPLATES: Record<NotificationEventType, Template> = {
  'order.placed': {
    group: 'orders',
    id: (d) => ({
      title: `Pesanan ${s(d.orderCode)} dibuat`,
      body: `Pesanan Anda sebesar ${rupiah(d.total)} menunggu pembayaran.`,
    }),
    en: (d) => ({
      title: `Order ${s(d.orderCode)} placed`,
      body: `Your order of ${rupiah(d.total)} is awaiting payment.`,
    }),
  },
  'order.paid': {
    group: 'orders',
    id: (d) => ({
      title: `Pembayaran ${s(d.orderCode)} diterima`,
      body: 'Pembayaran Anda sudah kami terima. Penjual akan memproses pesanan.',
    }),
    en: (d) => ({
      title: `Payment for ${s(d.orderCode)} received`,
      body: 'We have received your payment. The seller will process the order.',
    }),
  },
  'order.payment_expired': {
    group: 'orders',
    id: (d) => ({
      title: `Batas bayar ${s(d.orderCode)} lewat`,
      body: 'Pesanan dibatalkan karena pembayaran tidak diterima tepat waktu.',
    }),
    en: (d) => ({
      title: `Payment time for ${s(d.orderCode)} passed`,
      body: 'The order was cancelled because payment did not arrive in time.',
    }),
  },
  'order.accepted': {
    group: 'orders',
    id: (d) => ({
      title: `Pesanan ${s(d.orderCode)} diterima penjual`,
      body: 'Penjual sedang menyiapkan pesanan Anda.',
    }),
    en: (d) => ({ title: `Order ${s(d.orderCode)} accepted`, body: 'The seller is preparing your order.' }),
  },
  'order.shipped': {
    group: 'orders',
    id: (d) => ({
      title: `Pesanan ${s(d.orderCode)} dikirim`,
      body: `Dikirim dengan ${s(d.courier)}, nomor resi ${s(d.trackingNumber)}.`,
    }),
    en: (d) => ({
      title: `Order ${s(d.orderCode)} shipped`,
      body: `Sent with ${s(d.courier)}, tracking number ${s(d.trackingNumber)}.`,
    }),
  },
  'order.delivered': {
    group: 'orders',
    id: (d) => ({
      title: `Pesanan ${s(d.orderCode)} sampai`,
      body: 'Pesanan Anda sudah diterima. Mohon konfirmasi penerimaan.',
    }),
    en: (d) => ({
      title: `Order ${s(d.orderCode)} delivered`,
      body: 'Your order has arrived. Please confirm receipt.',
    }),
  },
  'order.cancelled': {
    group: 'orders',
    id: (d) => ({ title: `Pesanan ${s(d.orderCode)} dibatalkan penjual`, body: `Alasan: ${s(d.reason)}.` }),
    en: (d) => ({ title: `Order ${s(d.orderCode)} cancelled by the seller`, body: `Reason: ${s(d.reason)}.` }),
  },
  'order.refund': {
    group: 'orders',
    id: (d) => ({
      title: `Pengembalian dana ${s(d.orderCode)}`,
      body: `Status pengembalian dana: ${s(d.refundStatus)} (${rupiah(d.amount)}).`,
    }),
    en: (d) => ({
      title: `Refund for ${s(d.orderCode)}`,
      body: `Refund status: ${s(d.refundStatus)} (${rupiah(d.amount)}).`,
    }),
  },
  'order.review_reminder': {
    group: 'orders',
    id: (d) => ({
      title: `Beri ulasan untuk ${s(d.orderCode)}`,
      body: 'Bagaimana pesanan Anda? Ulasan Anda membantu pembeli lain.',
    }),
    en: (d) => ({ title: `Review ${s(d.orderCode)}`, body: 'How was your order? Your review helps other buyers.' }),
  },
  'shop.verified': {
    group: 'shop',
    id: (d) => ({
      title: `Toko ${s(d.shopName)} terverifikasi`,
      body: 'Toko Anda sudah terverifikasi dan tampil di katalog.',
    }),
    en: (d) => ({
      title: `Shop ${s(d.shopName)} verified`,
      body: 'Your shop is verified and listed in the catalogue.',
    }),
  },
  'shop.rejected': {
    group: 'shop',
    id: (d) => ({ title: `Verifikasi toko ${s(d.shopName)} ditolak`, body: `Alasan: ${s(d.reason)}.` }),
    en: (d) => ({ title: `Verification of ${s(d.shopName)} rejected`, body: `Reason: ${s(d.reason)}.` }),
  },
  'shop.suspended': {
    group: 'shop',
    id: (d) => ({ title: `Toko ${s(d.shopName)} dibekukan`, body: `Alasan: ${s(d.reason)}.` }),
    en: (d) => ({ title: `Shop ${s(d.shopName)} suspended`, body: `Reason: ${s(d.reason)}.` }),
  },
  'shop.new_order': {
    group: 'shop',
    id: (d) => ({
      title: `Pesanan baru ${s(d.orderCode)}`,
      body: `Pesanan baru sebesar ${rupiah(d.total)} masuk ke toko Anda.`,
    }),
    en: (d) => ({ title: `New order ${s(d.orderCode)}`, body: `A new order of ${rupiah(d.total)} came in.` }),
  },
  'shop.order_paid': {
    group: 'shop',
    id: (d) => ({
      title: `Pesanan ${s(d.orderCode)} dibayar`,
      body: 'Pembeli sudah membayar. Silakan proses pesanan.',
    }),
    en: (d) => ({ title: `Order ${s(d.orderCode)} paid`, body: 'The buyer has paid. Please process the order.' }),
  },
  'shop.receipt_confirmed': {
    group: 'shop',
    id: (d) => ({
      title: `Pesanan ${s(d.orderCode)} diterima pembeli`,
      body: 'Pembeli mengonfirmasi penerimaan pesanan.',
    }),
    en: (d) => ({
      title: `Order ${s(d.orderCode)} received by the buyer`,
      body: 'The buyer confirmed receipt of the order.',
    }),
  },
  'shop.stock_low': {
    group: 'shop',
    id: (d) => ({ title: `Stok ${s(d.productName)} menipis`, body: `Sisa stok ${s(d.variantName)}: ${s(d.stock)}.` }),
    en: (d) => ({
      title: `${s(d.productName)} is running low`,
      body: `Stock left of ${s(d.variantName)}: ${s(d.stock)}.`,
    }),
  },
  'shop.new_review': {
    group: 'shop',
    id: (d) => ({ title: `Ulasan baru untuk ${s(d.productName)}`, body: `Nilai ${s(d.rating)} dari 5.` }),
    en: (d) => ({ title: `New review of ${s(d.productName)}`, body: `Rated ${s(d.rating)} out of 5.` }),
  },
  'request.received': {
    group: 'requests',
    id: (d) => ({
      title: `Permohonan ${s(d.trackingCode)} diterima`,
      body: `Permohonan ${s(d.serviceName)} Anda sudah masuk. Kode lacak: ${s(d.trackingCode)}.`,
    }),
    en: (d) => ({
      title: `Request ${s(d.trackingCode)} received`,
      body: `Your ${s(d.serviceName)} request is in. Tracking code: ${s(d.trackingCode)}.`,
    }),
  },
  'request.verified': {
    group: 'requests',
    id: (d) => ({
      title: `Permohonan ${s(d.trackingCode)} diverifikasi`,
      body: 'Berkas Anda lengkap dan sedang diproses.',
    }),
    en: (d) => ({
      title: `Request ${s(d.trackingCode)} verified`,
      body: 'Your documents are complete and being processed.',
    }),
  },
  'request.needs_documents': {
    group: 'requests',
    id: (d) => ({
      title: `Permohonan ${s(d.trackingCode)} perlu dilengkapi`,
      body: `Kantor desa meminta: ${s(d.missing)}.`,
    }),
    en: (d) => ({
      title: `Request ${s(d.trackingCode)} needs more documents`,
      body: `The village office asks for: ${s(d.missing)}.`,
    }),
  },
  'request.completed': {
    group: 'requests',
    id: (d) => ({ title: `Permohonan ${s(d.trackingCode)} selesai`, body: `Surat Anda sudah jadi: ${s(d.letterUrl)}` }),
    en: (d) => ({ title: `Request ${s(d.trackingCode)} completed`, body: `Your letter is ready: ${s(d.letterUrl)}` }),
  },
  'request.rejected': {
    group: 'requests',
    id: (d) => ({ title: `Permohonan ${s(d.trackingCode)} ditolak`, body: `Alasan: ${s(d.reason)}.` }),
    en: (d) => ({ title: `Request ${s(d.trackingCode)} rejected`, body: `Reason: ${s(d.reason)}.` }),
  },
  'request.survey_invitation': {
    group: 'requests',
    id: (d) => ({
      title: 'Bagaimana layanan kami?',
      body: `Mohon isi survei kepuasan untuk permohonan ${s(d.trackingCode)}.`,
    }),
    en: (d) => ({
      title: 'How did we do?',
      body: `Please fill in the satisfaction survey for request ${s(d.trackingCode)}.`,
    }),
  },
  'complaint.answered': {
    group: 'complaints',
    id: (d) => ({
      title: `Pengaduan ${s(d.complaintCode)} dijawab`,
      body: 'Kantor desa sudah menanggapi pengaduan Anda.',
    }),
    en: (d) => ({
      title: `Complaint ${s(d.complaintCode)} answered`,
      body: 'The village office has answered your complaint.',
    }),
  },
  'staff.new_request': {
    group: 'staff',
    id: (d) => ({
      title: `Permohonan baru ${s(d.trackingCode)}`,
      body: `${s(d.serviceName)} masuk ke antrean desa ${s(d.villageName)}.`,
    }),
    en: (d) => ({
      title: `New request ${s(d.trackingCode)}`,
      body: `${s(d.serviceName)} joined the queue of ${s(d.villageName)}.`,
    }),
  },
  'staff.request_due_soon': {
    group: 'staff',
    id: (d) => ({
      title: `Permohonan ${s(d.trackingCode)} hampir lewat waktu`,
      body: `Sudah 75% dari waktu yang dijanjikan dan belum selesai (batas ${s(d.dueAt)}).`,
    }),
    en: (d) => ({
      title: `Request ${s(d.trackingCode)} nearly overdue`,
      body: `75% of the promised time has passed and it is still open (due ${s(d.dueAt)}).`,
    }),
  },
  'staff.complaint_unanswered': {
    group: 'staff',
    id: (d) => ({
      title: `Pengaduan ${s(d.complaintCode)} belum dijawab`,
      body: `Belum ada tanggapan setelah ${s(d.workingHours)} jam kerja.`,
    }),
    en: (d) => ({
      title: `Complaint ${s(d.complaintCode)} unanswered`,
      body: `No answer after ${s(d.workingHours)} working hours.`,
    }),
  },
  'staff.complaint_escalated': {
    group: 'staff',
    id: (d) => ({
      title: `Eskalasi: pengaduan ${s(d.complaintCode)}`,
      body: `Pengaduan di desa ${s(d.villageName)} belum dijawab setelah ${s(d.workingHours)} jam kerja.`,
    }),
    en: (d) => ({
      title: `Escalated: complaint ${s(d.complaintCode)}`,
      body: `A complaint in ${s(d.villageName)} is unanswered after ${s(d.workingHours)} working hours.`,
    }),
  },
  'account.password_reset': {
    group: 'account',
    id: (d) => ({
      title: 'Atur ulang kata sandi',
      body: `Buka tautan ini dalam 15 menit untuk membuat kata sandi baru: ${s(d.resetUrl)}. Abaikan jika Anda tidak memintanya.`,
    }),
    en: (d) => ({
      title: 'Reset your password',
      body: `Open this link within 15 minutes to set a new password: ${s(d.resetUrl)}. Ignore it if you did not ask.`,
    }),
  },
  'account.one_time_code': {
    group: 'account',
    id: (d) => ({
      title: 'Kode sekali pakai',
      body: `Kode Anda: ${s(d.code)}. Berlaku 15 menit. Jangan berikan kepada siapa pun.`,
    }),
    en: (d) => ({
      title: 'One-time code',
      body: `Your code: ${s(d.code)}. Valid for 15 minutes. Do not share it with anyone.`,
    }),
  },
  'account.contact_change': {
    group: 'account',
    id: (d) => ({
      title: 'Konfirmasi alamat baru',
      body: `Buka tautan ini untuk mengonfirmasi alamat baru Anda: ${s(d.confirmUrl)}`,
    }),
    en: (d) => ({
      title: 'Confirm your new address',
      body: `Open this link to confirm your new address: ${s(d.confirmUrl)}`,
    }),
  },
};

export const groupOf = (type: NotificationEventType): EventGroup => TEMPLATES[type].group;

export const isEssential = (type: NotificationEventType): boolean => ESSENTIAL_GROUPS.includes(groupOf(type));

/** The message of an event in a language. Unknown types are refused earlier (isEventType). */
export function render(type: NotificationEventType, data: NotificationData, language: Language): Rendered {
  return TEMPLATES[type][language](data);
}

/** Absolute link for messages that leave the app. */
export const absoluteLink = (storefrontUrl: string, link: string | null): string | null =>
  link ? new URL(link, storefrontUrl).toString() : null;

/** WhatsApp Cloud API template names: one approved template per event type, parameters title and body. */
export const whatsappTemplateName = (type: NotificationEventType): string => `kampung_${type.replace('.', '_')}`;
