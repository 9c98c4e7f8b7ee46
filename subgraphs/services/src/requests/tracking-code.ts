import { randomCode } from '@kampung/shared';

/** `LYN-XXXXXX`: 6 random Crockford base32 characters, easy to read out over the phone. */
export const newTrackingCode = (): string => `LYN-${randomCode(6)}`;
