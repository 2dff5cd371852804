import { describe, expect, it } from 'vitest';
import { itemSize, storedSize, STORAGE_OVERHEAD_BYTES, valueSize } from '../../../bench/item-size';
import { tableDefinition } from '../../../shared/db/table-definition';

// The rules of docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html.
describe('DynamoDB item size', () => {
  it('counts a string as its name and value in UTF-8 bytes', () => {
    expect(itemSize({ name: { S: 'abc' } })).toBe(4 + 3);
    expect(itemSize({ café: { S: 'é' } })).toBe(5 + 2);
  });

  it('counts a number as 1 byte per two significant digits + 1, leading and trailing zeroes trimmed', () => {
    expect(valueSize({ N: '123' })).toBe(2 + 1);
    expect(valueSize({ N: '1234' })).toBe(2 + 1);
    expect(valueSize({ N: '1000' })).toBe(1 + 1);
    expect(valueSize({ N: '0.0025' })).toBe(1 + 1);
    expect(valueSize({ N: '-12.5' })).toBe(2 + 1);
  });

  it('counts a binary as its raw bytes, not its base64', () => {
    expect(itemSize({ b: { B: new Uint8Array(10) } })).toBe(1 + 10);
  });

  it('counts null and boolean as 1 byte', () => {
    expect(itemSize({ ok: { BOOL: true }, no: { NULL: true } })).toBe(2 + 1 + 2 + 1);
  });

  it('counts a list or map as 3 bytes + its elements, each 1 byte more; an empty one as 3', () => {
    expect(itemSize({ l: { L: [] } })).toBe(1 + 3);
    expect(itemSize({ l: { L: [{ S: 'ab' }, { N: '7' }] } })).toBe(1 + 3 + (1 + 2) + (1 + 2));
    expect(itemSize({ m: { M: { k: { S: 'v' } } } })).toBe(1 + 3 + (1 + 1 + 1));
  });

  it('counts a set as the sum of its members', () => {
    expect(valueSize({ SS: ['a', 'bc'] })).toBe(3);
    expect(valueSize({ NS: ['12', '3'] })).toBe(2 + 2);
  });
});

describe('stored size with GSI entries', () => {
  const keys = { PK: { S: 'USER#u' }, SK: { S: 'SESSION#s' } };
  const keyBytes = itemSize(keys);

  it('adds 100 bytes per item, and no index entry when the item lacks the index keys', () => {
    const item = { ...keys, title: { S: 'x'.repeat(50) } };
    expect(storedSize(item)).toEqual({ table: keyBytes + 5 + 50 + STORAGE_OVERHEAD_BYTES, indexes: {} });
  });

  it('copies the whole item into an ALL index, only the keys and listed attributes into an INCLUDE one', () => {
    const gsiKeys = { GSI1PK: { S: 'P' }, GSI1SK: { S: 'S' }, GSI4PK: { S: 'P' }, GSI4SK: { S: 'S' } };
    const item = { ...keys, ...gsiKeys, title: { S: 'abc' }, loggedSets: { B: new Uint8Array(1000) } };
    const sizes = storedSize(item);
    const gsi4 = tableDefinition.indexes.find((index) => index.name === 'GSI4')!;
    expect(gsi4.projection).toContain('title');
    expect(sizes.table).toBe(itemSize(item) + 100);
    expect(sizes.indexes.GSI1).toBe(itemSize(item) + 100);
    expect(sizes.indexes.GSI4).toBe(keyBytes + itemSize({ GSI4PK: gsiKeys.GSI4PK, GSI4SK: gsiKeys.GSI4SK }) + itemSize({ title: item.title }) + 100);
  });
});
