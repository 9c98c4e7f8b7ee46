import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChannelAdapter } from '../channels/channel.js';
import type { UserContact } from '../clients/accounts.client.js';
import type { Adapters } from '../sending/adapters.js';
import { chooseChannels, type PublishedEvent } from './event.service.js';

const adapter = {} as ChannelAdapter;
const contact: UserContact = { id: randomUUID(), email: 'warga@kampung.test', phone: null, language: 'id', name: 'W' };
const codeEvent = (data: PublishedEvent['data']): PublishedEvent => ({
  id: randomUUID(),
  type: 'account.one_time_code',
  recipientUserId: contact.id,
  occurredAt: new Date(),
  link: null,
  data: { code: '123456', purpose: 'PHONE_VERIFICATION', ...data },
  urgent: true,
});

describe('chooseChannels for account messages', () => {
  it('sends a code addressed to a phone to that phone by WhatsApp, never to the account email', () => {
    const adapters: Adapters = { EMAIL: adapter, WHATSAPP: adapter, SMS: adapter };
    expect(chooseChannels(codeEvent({ toPhone: '+6281234567890' }), contact, new Map(), adapters)).toEqual([
      { channel: 'WHATSAPP', recipient: '+6281234567890' },
    ]);
  });

  it('falls back to SMS without WhatsApp, and to nothing without either', () => {
    const event = codeEvent({ toPhone: '+6281234567890' });
    expect(chooseChannels(event, contact, new Map(), { EMAIL: adapter, SMS: adapter })).toEqual([
      { channel: 'SMS', recipient: '+6281234567890' },
    ]);
    expect(chooseChannels(event, contact, new Map(), { EMAIL: adapter })).toEqual([]);
  });

  it('keeps a reset link by email on email, and a channel named by the event wins', () => {
    const adapters: Adapters = { EMAIL: adapter, WHATSAPP: adapter, SMS: adapter };
    const reset = { ...codeEvent({ toEmail: 'baru@kampung.test' }), type: 'account.password_reset' as const };
    expect(chooseChannels(reset, contact, new Map(), adapters)).toEqual([
      { channel: 'EMAIL', recipient: 'baru@kampung.test' },
    ]);
    expect(
      chooseChannels(codeEvent({ toPhone: '+6281234567890', channel: 'SMS' }), contact, new Map(), adapters),
    ).toEqual([{ channel: 'SMS', recipient: '+6281234567890' }]);
  });
});
