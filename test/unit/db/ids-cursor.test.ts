import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../../../shared/db/cursor';
import { ID_PATTERN, newId } from '../../../shared/db/ids';

describe('ids', () => {
  it('are 26-char Crockford base32 and sort by creation time', () => {
    const a = newId(1_700_000_000_000);
    const b = newId(1_700_000_000_001);
    expect(a).toMatch(ID_PATTERN);
    expect(a < b).toBe(true);
    expect(newId(5)).not.toBe(newId(5));
  });
});

describe('cursors', () => {
  const scope = { userId: 'alice', query: 'history' };
  const key = { PK: 'USER#alice', SK: 'SESSION#1' };

  it('round-trip for the same user and query', () => {
    expect(decodeCursor(encodeCursor(key, scope, 's3cret'), scope, 's3cret')).toEqual(key);
  });

  it('refuse another user, another query, another key, or any edit', () => {
    const cursor = encodeCursor(key, scope, 's3cret');
    expect(() => decodeCursor(cursor, { ...scope, userId: 'bob' }, 's3cret')).toThrow(InvalidCursorError);
    expect(() => decodeCursor(cursor, { ...scope, query: 'records' }, 's3cret')).toThrow(InvalidCursorError);
    expect(() => decodeCursor(cursor, scope, 'other-secret')).toThrow(InvalidCursorError);
    const flipped = cursor.slice(0, 5) + (cursor[5] === 'A' ? 'B' : 'A') + cursor.slice(6);
    expect(() => decodeCursor(flipped, scope, 's3cret')).toThrow(InvalidCursorError);
    expect(() => decodeCursor('', scope, 's3cret')).toThrow(InvalidCursorError);
    expect(() => decodeCursor('a.b.c', scope, 's3cret')).toThrow(InvalidCursorError);
  });
});
