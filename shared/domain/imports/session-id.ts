import { createHash } from 'node:crypto';
import type { ImportFormat } from './workout';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The id of an imported workout: the same athlete, app, start and name always give the same id,
 * so importing a file again finds its sessions already there. ULID-shaped like every session id
 * (10 characters of the workout's start in ms, 16 from a SHA-256 of the rest), so sessions still
 * sort by time.
 */
export function importedSessionId(userId: string, format: ImportFormat, start: Date, title: string): string {
  let time = '';
  let t = Math.max(0, start.getTime());
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const digest = createHash('sha256').update(`${userId}\u0000${format}\u0000${start.toISOString()}\u0000${title.trim()}`).digest();
  let rest = '';
  for (let i = 0; i < 16; i++) rest += ALPHABET[digest[i]! % 32];
  return time + rest;
}
