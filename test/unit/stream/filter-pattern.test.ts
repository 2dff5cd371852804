import { describe, expect, it } from 'vitest';
import { combinedFilters, matchesAny, mergeFilterPatterns } from '../../../shared/stream/filter-pattern';

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

describe('merging the filters of one event source mapping', () => {
  const session = (entity: string, extra: Record<string, unknown> = {}) => ({ entity: { S: entity }, ...extra });
  const records = [
    record('INSERT', session('trainingSession', { status: { S: 'completed' } })),
    record('MODIFY', session('trainingSession', { status: { S: 'active' } })),
    record('REMOVE', undefined, session('trainingSession', { status: { S: 'completed' } })),
    record('INSERT', session('activity')),
    record('REMOVE', undefined, session('activity')),
    record('MODIFY', session('sessionWearable')),
    record('INSERT', session('forgeDay')),
  ];
  const newOf = (entity: string) => ({ dynamodb: { NewImage: { entity: { S: [entity] } } } });
  const oldOf = (entity: string) => ({ dynamodb: { OldImage: { entity: { S: [entity] } } } });
  const completed = { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { entity: { S: ['trainingSession'] }, status: { S: ['completed'] } } } };

  it('drops duplicates and joins patterns that differ in one value list only, matching exactly the same records', () => {
    const patterns = [completed, { ...completed }, newOf('sessionWearable'), newOf('activity'), oldOf('sessionWearable'), oldOf('activity')];
    const merged = mergeFilterPatterns(patterns);
    expect(merged).toEqual([completed, { dynamodb: { NewImage: { entity: { S: ['sessionWearable', 'activity'] } } } }, { dynamodb: { OldImage: { entity: { S: ['sessionWearable', 'activity'] } } } }]);
    for (const r of records) expect(matchesAny(merged, r), JSON.stringify(r)).toBe(matchesAny(patterns, r));
  });

  it('never joins patterns that differ in two places or in their shape (that would match more)', () => {
    const a = { eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: ['activity'] } } } };
    const b = { eventName: ['REMOVE'], dynamodb: { NewImage: { entity: { S: ['goal'] } } } };
    const c = { dynamodb: { NewImage: { entity: { S: ['activity'] } } } };
    expect(mergeFilterPatterns([a, b, c])).toEqual([a, b, c]);
  });

  it('keeps the merged patterns when at most 5 remain, else none; none as soon as one consumer takes everything', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((entity) => ({ eventName: [entity], dynamodb: { OldImage: { entity: { S: [entity] } } } }));
    expect(combinedFilters([five.slice(0, 3), five.slice(3)])).toEqual(five);
    const six = [...five, { eventName: ['f'], dynamodb: { OldImage: { entity: { S: ['f'] } } } }];
    expect(combinedFilters([six])).toEqual([]);
    expect(combinedFilters([[completed], []])).toEqual([]);
  });
});
