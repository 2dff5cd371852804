import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Large attributes stored as deflated JSON in binary attributes (~6–8× smaller): every write of
 * the item, each index copy of it and a transaction's check on it are billed by its size. Only
 * for attributes no DynamoDB expression, index projection or stream filter reads; every reader
 * goes through `unpackAttributes`. Items written before hold them as plain lists and maps, read as
 * they are.
 */
const pack = (value: unknown): Uint8Array => deflateRawSync(Buffer.from(JSON.stringify(value)));

/**
 * A packed value as the SDK reads it (bytes), or as a Lambda stream event carries it: the event is
 * DynamoDB JSON, where a binary is base64 text, and `unmarshall` leaves that text as it is. A
 * plain (older) value is a list or a map, never a string, so a string can only be the packed bytes.
 */
const packedBytes = (value: unknown): Uint8Array | null => (value instanceof Uint8Array ? value : typeof value === 'string' ? Buffer.from(value, 'base64') : null);
const unpack = (value: unknown): unknown => {
  const bytes = packedBytes(value);
  return bytes ? JSON.parse(inflateRawSync(bytes).toString('utf8')) : value;
};

/** The item with the named attributes deflated (mutates and returns it). */
export function packAttributes(item: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  for (const name of names) if (item[name] !== undefined) item[name] = pack(item[name]);
  return item;
}

/** A copy of a stored item (or stream image, unmarshalled) with the named attributes as plain values. */
export function unpackAttributes(item: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const plain = { ...item };
  for (const name of names) if (plain[name] !== undefined) plain[name] = unpack(plain[name]);
  return plain;
}
