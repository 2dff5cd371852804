import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '../shared/db/table-definition';

/**
 * DynamoDB's billed sizes of an item, from the documented rules
 * (docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html):
 * an attribute is its name's UTF-8 bytes plus its value: a string its UTF-8 bytes, a number
 * 1 byte per two significant digits (leading and trailing zeroes trimmed) + 1, a binary its raw
 * bytes, null or boolean 1, a list or map 3 bytes + its elements, each with 1 byte more; a set
 * the sum of its members. For storage billing every item carries 100 bytes more "for indexing".
 * A GSI entry (docs …/developerguide/GSI.html, "Storage considerations") is the table's primary
 * key + the index key attributes + the projected attributes + 100 bytes, and exists only for an
 * item that carries the index's keys.
 */
export const STORAGE_OVERHEAD_BYTES = 100;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

/** Significant digits of a DynamoDB number (as sent: a decimal string). */
function numberBytes(text: string): number {
  const digits = text.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

export function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberBytes(value.N);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((sum, s) => sum + utf8(s), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, n) => sum + numberBytes(n), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, b) => sum + b.byteLength, 0);
  if (value.L !== undefined) return 3 + value.L.reduce((sum, element) => sum + 1 + valueSize(element), 0);
  if (value.M !== undefined) return 3 + Object.entries(value.M).reduce((sum, [name, element]) => sum + 1 + utf8(name) + valueSize(element), 0);
  throw new Error(`item size: unknown attribute value ${JSON.stringify(value)}`);
}

export type Item = Record<string, AttributeValue>;

/** The item's size as request units meter it (no storage overhead). */
export const itemSize = (item: Item, names: Iterable<string> = Object.keys(item)): number => {
  let sum = 0;
  for (const name of names) if (item[name] !== undefined) sum += utf8(name) + valueSize(item[name]);
  return sum;
};

type Index = (typeof tableDefinition.indexes)[number];

/** Bytes billed for the item in the table and in each index it appears in. */
export function storedSize(item: Item, indexes: readonly Index[] = tableDefinition.indexes): { table: number; indexes: Record<string, number> } {
  const tableKeys = [tableDefinition.partitionKey, tableDefinition.sortKey];
  const entries: Record<string, number> = {};
  for (const index of indexes) {
    if (item[index.partitionKey] === undefined || item[index.sortKey] === undefined) continue;
    const keys: string[] = [...tableKeys, index.partitionKey, index.sortKey];
    const projected = index.projection === 'ALL' ? Object.keys(item) : [...keys, ...index.projection];
    entries[index.name] = itemSize(item, new Set(projected)) + STORAGE_OVERHEAD_BYTES;
  }
  return { table: itemSize(item) + STORAGE_OVERHEAD_BYTES, indexes: entries };
}
