import { describe, expect, it } from 'vitest';
import { matchesAny } from '../../../infra/local/runtime/filter-pattern';

const record = (eventName: string, newImage?: Record<string, unknown>, oldImage?: Record<string, unknown>) => ({
  eventName,
  dynamodb: { NewImage: newImage, OldImage: oldImage },
});

describe('Lambda filter patterns', () => {
  const sessionCompleted = { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { entity: { S: ['session'] }, status: { S: ['completed'] } } } };

  it('matches nested values from a list', () => {
    expect(matchesAny([sessionCompleted], record('MODIFY', { entity: { S: 'session' }, status: { S: 'completed' } }))).toBe(true);
    expect(matchesAny([sessionCompleted], record('REMOVE', { entity: { S: 'session' }, status: { S: 'completed' } }))).toBe(false);
    expect(matchesAny([sessionCompleted], record('MODIFY', { entity: { S: 'session' }, status: { S: 'active' } }))).toBe(false);
    expect(matchesAny([sessionCompleted], record('MODIFY'))).toBe(false);
  });

  it('ORs patterns and accepts everything with no pattern', () => {
    const removed = { eventName: ['REMOVE'], dynamodb: { OldImage: { entity: { S: ['session'] } } } };
    expect(matchesAny([sessionCompleted, removed], record('REMOVE', undefined, { entity: { S: 'session' } }))).toBe(true);
    expect(matchesAny([], record('INSERT'))).toBe(true);
  });

  it('supports prefix, suffix, exists, anything-but, numeric and equals-ignore-case', () => {
    const item = { PK: { S: 'USER#1' }, SK: { S: 'SESSION#abc' }, attempts: { N: '3' } };
    expect(matchesAny([{ dynamodb: { NewImage: { SK: { S: [{ prefix: 'SESSION#' }] } } } }], record('INSERT', item))).toBe(true);
    expect(matchesAny([{ dynamodb: { NewImage: { SK: { S: [{ suffix: 'abc' }] } } } }], record('INSERT', item))).toBe(true);
    expect(matchesAny([{ dynamodb: { NewImage: { deletedAt: [{ exists: false }] } } }], record('INSERT', item))).toBe(true);
    expect(matchesAny([{ dynamodb: { NewImage: { PK: [{ exists: true }] } } }], record('INSERT', item))).toBe(true);
    expect(matchesAny([{ eventName: [{ 'anything-but': ['REMOVE'] }] }], record('INSERT', item))).toBe(true);
    expect(matchesAny([{ eventName: [{ 'anything-but': ['REMOVE'] }] }], record('REMOVE', item))).toBe(false);
    expect(matchesAny([{ dynamodb: { NewImage: { attempts: { N: [{ numeric: ['>=', 3, '<', 5] }] } } } }], record('INSERT', item))).toBe(true);
    expect(matchesAny([{ dynamodb: { NewImage: { attempts: { N: [{ numeric: ['>', 3] }] } } } }], record('INSERT', item))).toBe(false);
    expect(matchesAny([{ eventName: [{ 'equals-ignore-case': 'insert' }] }], record('INSERT', item))).toBe(true);
  });

  it('rejects malformed patterns loudly', () => {
    expect(() => matchesAny([{ eventName: 'INSERT' }], record('INSERT'))).toThrow(/lists or objects/);
    expect(() => matchesAny([{ eventName: [{ wildcard: '*' }] }], record('INSERT'))).toThrow(/Unsupported/);
  });
});
