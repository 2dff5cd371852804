import { describe, expect, it } from 'vitest';
import type { TrainingSession } from '../../../frontend/src/api/types';
import { newerSession } from '../../../frontend/src/training/session-version';

const session = (version: number, sets: number) => ({ id: 's1', version, loggedSets: Array.from({ length: sets }, (_, i) => ({ id: `set-${i}` })) }) as unknown as TrainingSession;

describe('newerSession (a late read never undoes a logged set)', () => {
  it('keeps the cached copy when the read answers an older version', () => {
    const cached = session(5, 2);
    expect(newerSession(cached, session(4, 1))).toBe(cached);
  });

  it('takes the read when it is as new or newer, or when nothing is cached', () => {
    const read = session(5, 2);
    expect(newerSession(session(5, 2), read)).toBe(read);
    expect(newerSession(session(3, 0), read)).toBe(read);
    expect(newerSession(undefined, read)).toBe(read);
  });
});
