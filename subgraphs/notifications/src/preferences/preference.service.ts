import type { Channel } from '../channels/channel.js';

/** Without a choice: in-app and email on; WhatsApp on once a phone number is verified; SMS off (WhatsApp is what people read). */
export function defaultEnabled(channel: Channel, phoneVerified: boolean): boolean {
  if (channel === 'IN_APP' || channel === 'EMAIL') return true;
  if (channel === 'WHATSAPP') return phoneVerified;
  return false;
}
