import { tableDefinition } from '../shared/db/table-definition';
import type { ObservedCall } from './counting-proxy';

/**
 * Per-partition accounting of what the counting proxy sees (raw DynamoDB JSON): for each table or
 * index partition, the requests that touched it and the request units it took. Index units come
 * from ReturnConsumedCapacity INDEXES and go to the index partition the write names; a write that
 * does not name it (an entry leaving the index, or a projected attribute changing) goes to the
 * partition the proxy last saw that item in. Items written before recording started are `?`.
 */
export interface PartitionStats {
  requests: number;
  writes: number;
  reads: number;
  readUnits: number;
  writeUnits: number;
}

type AttributeMap = Record<string, { S?: string } | undefined>;
type Capacity = { CapacityUnits?: number; Table?: { CapacityUnits?: number }; GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }> };

const INDEX_KEYS = new Map<string, string>(tableDefinition.indexes.map((index) => [index.name, index.partitionKey]));

export function createPartitionRecorder() {
  const stats = new Map<string, PartitionStats>();
  /** Item (PK|SK) → the index partition it sits in, per index. */
  const placement = new Map<string, Map<string, string>>();

  const add = (label: string, kind: 'read' | 'write', units: number) => {
    const entry = stats.get(label) ?? { requests: 0, writes: 0, reads: 0, readUnits: 0, writeUnits: 0 };
    entry.requests += 1;
    if (kind === 'read') {
      entry.reads += 1;
      entry.readUnits += units;
    } else {
      entry.writes += 1;
      entry.writeUnits += units;
    }
    stats.set(label, entry);
  };

  /** What a write sets for each index key: a value, `null` (removed), or absent (unchanged). */
  function indexChanges(kind: 'Put' | 'Update' | 'Delete', body: Record<string, unknown>): Map<string, string | null> {
    const changes = new Map<string, string | null>();
    if (kind === 'Delete') {
      for (const index of INDEX_KEYS.keys()) changes.set(index, null);
    } else if (kind === 'Put') {
      const item = body.Item as AttributeMap;
      for (const [index, key] of INDEX_KEYS) changes.set(index, item[key]?.S ?? null);
    } else {
      const expression = String(body.UpdateExpression ?? '');
      const names = (body.ExpressionAttributeNames ?? {}) as Record<string, string>;
      const values = (body.ExpressionAttributeValues ?? {}) as AttributeMap;
      const resolve = (token: string) => names[token] ?? token;
      for (const match of expression.matchAll(/(#?\w+)\s*=\s*(?:if_not_exists\(\s*#?\w+\s*,\s*)?(:\w+)/g)) {
        const index = [...INDEX_KEYS].find(([, key]) => key === resolve(match[1]!))?.[0];
        if (index) changes.set(index, values[match[2]!]?.S ?? null);
      }
      const removed = /REMOVE\s+([^]*?)(?=\s+(?:SET|ADD|DELETE)\s|$)/i.exec(expression)?.[1] ?? '';
      for (const token of removed.split(',').map((t) => t.trim())) {
        const index = [...INDEX_KEYS].find(([, key]) => key === resolve(token))?.[0];
        if (index) changes.set(index, null);
      }
    }
    return changes;
  }

  const itemKeyOf = (kind: 'Put' | 'Update' | 'Delete', body: Record<string, unknown>) => {
    const key = (kind === 'Put' ? body.Item : body.Key) as AttributeMap;
    return `${key.PK?.S}|${key.SK?.S}`;
  };

  /** Indexes a write has an entry in, before or after it. */
  function indexesOf(kind: 'Put' | 'Update' | 'Delete', body: Record<string, unknown>): string[] {
    const before = placement.get(itemKeyOf(kind, body));
    return [...INDEX_KEYS.keys()].filter((index) => before?.has(index) || (indexChanges(kind, body).get(index) ?? null) !== null);
  }

  /**
   * Transactions and batches report units per table, not per item: the table units are split
   * evenly over the items, each index's units over the items that have an entry in that index.
   */
  function recordWrites(writes: Array<{ kind: 'Put' | 'Update' | 'Delete'; body: Record<string, unknown> }>, capacity: Capacity | undefined) {
    const holders = new Map<string, number>();
    for (const w of writes) for (const index of indexesOf(w.kind, w.body)) holders.set(index, (holders.get(index) ?? 0) + 1);
    for (const w of writes) {
      const mine = new Set(indexesOf(w.kind, w.body));
      const indexShare = (index: string) => (mine.has(index) ? 1 / holders.get(index)! : 0);
      recordWrite(w.kind, w.body, capacity, 1 / writes.length, indexShare);
    }
  }

  function recordWrite(kind: 'Put' | 'Update' | 'Delete', body: Record<string, unknown>, capacity: Capacity | undefined, share: number, indexShare: (index: string) => number = () => share) {
    const key = (kind === 'Put' ? body.Item : body.Key) as AttributeMap;
    const itemKey = itemKeyOf(kind, body);
    add(`table ${key.PK?.S}`, 'write', (capacity?.Table?.CapacityUnits ?? capacity?.CapacityUnits ?? 0) * share);
    const changes = indexChanges(kind, body);
    const where = placement.get(itemKey) ?? new Map<string, string>();
    const touched = new Set([...Object.keys(capacity?.GlobalSecondaryIndexes ?? {}), ...[...changes].filter(([, v]) => v !== null).map(([index]) => index)]);
    for (const index of touched) {
      if (indexShare(index) === 0) continue;
      const units = (capacity?.GlobalSecondaryIndexes?.[index]?.CapacityUnits ?? 0) * indexShare(index);
      const before = where.get(index);
      const after = changes.has(index) ? changes.get(index) : before;
      const partitions = [...new Set([before, after].filter((p): p is string => typeof p === 'string'))];
      if (partitions.length === 0) add(`${index} ?`, 'write', units);
      for (const partition of partitions) add(`${index} ${partition}`, 'write', units / partitions.length);
    }
    for (const [index, value] of changes) {
      if (value === null) where.delete(index);
      else where.set(index, value);
    }
    if (kind === 'Delete' || where.size === 0) placement.delete(itemKey);
    else placement.set(itemKey, where);
  }

  function queryPartition(body: Record<string, unknown>): string {
    const index = typeof body.IndexName === 'string' ? body.IndexName : null;
    const keyName = index ? INDEX_KEYS.get(index) : 'PK';
    const names = (body.ExpressionAttributeNames ?? {}) as Record<string, string>;
    const values = (body.ExpressionAttributeValues ?? {}) as AttributeMap;
    for (const match of String(body.KeyConditionExpression ?? '').matchAll(/(#?\w+)\s*=\s*(:\w+)/g)) {
      if ((names[match[1]!] ?? match[1]) === keyName) return `${index ?? 'table'} ${values[match[2]!]?.S}`;
    }
    return `${index ?? 'table'} ?`;
  }

  function observe({ operation, request, response }: ObservedCall) {
    if (typeof response.__type === 'string') return; // refused (condition failed, throttled…): nothing written
    const capacity = response.ConsumedCapacity as Capacity | Capacity[] | undefined;
    const single = Array.isArray(capacity) ? capacity[0] : capacity;
    if (operation === 'GetItem') add(`table ${(request.Key as AttributeMap).PK?.S}`, 'read', single?.CapacityUnits ?? 0);
    else if (operation === 'Query' || operation === 'Scan') add(operation === 'Scan' ? 'SCAN' : queryPartition(request), 'read', single?.CapacityUnits ?? 0);
    else if (operation === 'PutItem') recordWrite('Put', request, single, 1);
    else if (operation === 'UpdateItem') recordWrite('Update', request, single, 1);
    else if (operation === 'DeleteItem') recordWrite('Delete', request, single, 1);
    else if (operation === 'BatchGetItem') {
      const keys = Object.values(request.RequestItems as Record<string, { Keys: AttributeMap[] }>).flatMap((r) => r.Keys);
      for (const key of keys) add(`table ${key.PK?.S}`, 'read', (single?.CapacityUnits ?? 0) / keys.length);
    } else if (operation === 'BatchWriteItem') {
      const writes = Object.values(request.RequestItems as Record<string, Array<{ PutRequest?: Record<string, unknown>; DeleteRequest?: Record<string, unknown> }>>).flat();
      recordWrites(writes.map((w) => ({ kind: w.PutRequest ? ('Put' as const) : ('Delete' as const), body: (w.PutRequest ?? w.DeleteRequest)! })), single);
    } else if (operation === 'TransactWriteItems') {
      const items = (request.TransactItems as Array<Record<string, Record<string, unknown>>>).map((item) => Object.entries(item)[0]!);
      for (const [kind, body] of items) if (kind === 'ConditionCheck') add(`table ${(body.Key as AttributeMap).PK?.S}`, 'read', 0);
      recordWrites(items.filter(([kind]) => kind !== 'ConditionCheck').map(([kind, body]) => ({ kind: kind as 'Put' | 'Update' | 'Delete', body })), single);
    }
  }

  return { observe, stats, reset: () => stats.clear() };
}
export type PartitionRecorder = ReturnType<typeof createPartitionRecorder>;
