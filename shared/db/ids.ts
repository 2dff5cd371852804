import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Time-ordered ids (ULID layout: 10 chars of millisecond time + 16 random chars, Crockford
 * base32), so sort keys built from them list items in creation order.
 */
export function newId(now = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const random = randomBytes(16);
  let rest = '';
  for (let i = 0; i < 16; i++) rest += ALPHABET[random[i]! % 32];
  return time + rest;
}

export const ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;
