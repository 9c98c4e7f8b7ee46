import type { ChannelAdapter, Channel } from '../channels/channel.js';
import { createEmailAdapter } from '../channels/email.js';
import { createSmsAdapter } from '../channels/sms.js';
import { createWhatsAppAdapter } from '../channels/whatsapp.js';
import type { NotificationsEnv } from '../env.js';

export type Adapters = Partial<Record<Exclude<Channel, 'IN_APP'>, ChannelAdapter & { close?: () => void }>>;

/** The configured channels; an unconfigured one is off (no delivery is created for it). */
export function createAdapters(env: NotificationsEnv): Adapters {
  const adapters: Adapters = {};
  const email = createEmailAdapter(env);
  if (email) adapters.EMAIL = email;
  const whatsapp = createWhatsAppAdapter(env);
  if (whatsapp) adapters.WHATSAPP = whatsapp;
  const sms = createSmsAdapter(env);
  if (sms) adapters.SMS = sms;
  return adapters;
}
