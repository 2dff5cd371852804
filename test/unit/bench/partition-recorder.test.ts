import { describe, expect, it } from 'vitest';
import { createPartitionRecorder } from '../../../bench/partition-recorder';

const capacity = (table: number, indexes: Record<string, number> = {}) => ({
  ConsumedCapacity: { CapacityUnits: table + Object.values(indexes).reduce((a, b) => a + b, 0), Table: { CapacityUnits: table }, GlobalSecondaryIndexes: Object.fromEntries(Object.entries(indexes).map(([k, v]) => [k, { CapacityUnits: v }])) },
});

describe('partition recorder', () => {
  it('books index units on the partition a write names, and a move on both sides', () => {
    const recorder = createPartitionRecorder();
    recorder.observe({ operation: 'PutItem', request: { Item: { PK: { S: 'USER#a' }, SK: { S: 'SNAPSHOT#1' }, GSI3PK: { S: 'SNAPSHOTS#3' }, GSI3SK: { S: 't1' } } }, response: capacity(1, { GSI3: 1 }) });
    recorder.observe({
      operation: 'UpdateItem',
      request: { Key: { PK: { S: 'USER#a' }, SK: { S: 'SNAPSHOT#1' } }, UpdateExpression: 'SET #u0 = :u0, #u1 = if_not_exists(#u1, :u1)', ExpressionAttributeNames: { '#u0': 'GSI3PK', '#u1': 'createdAt' }, ExpressionAttributeValues: { ':u0': { S: 'SNAPSHOTS#5' }, ':u1': { S: 'x' } } },
      response: capacity(1, { GSI3: 2 }),
    });
    expect(recorder.stats.get('table USER#a')).toMatchObject({ writes: 2, writeUnits: 2 });
    expect(recorder.stats.get('GSI3 SNAPSHOTS#3')).toMatchObject({ writes: 2, writeUnits: 2 });
    expect(recorder.stats.get('GSI3 SNAPSHOTS#5')).toMatchObject({ writes: 1, writeUnits: 1 });
  });

  it('books a write that leaves the index on the partition the item was last seen in', () => {
    const recorder = createPartitionRecorder();
    recorder.observe({ operation: 'PutItem', request: { Item: { PK: { S: 'USER#a' }, SK: { S: 'SESSION#1' }, GSI3PK: { S: 'ENRICH#QUEUE#2' } } }, response: capacity(6, { GSI3: 6 }) });
    recorder.observe({ operation: 'PutItem', request: { Item: { PK: { S: 'USER#a' }, SK: { S: 'SESSION#1' } } }, response: capacity(6, { GSI3: 6 }) });
    recorder.observe({ operation: 'DeleteItem', request: { Key: { PK: { S: 'USER#a' }, SK: { S: 'SESSION#1' } } }, response: capacity(6) });
    expect(recorder.stats.get('GSI3 ENRICH#QUEUE#2')).toMatchObject({ writes: 2, writeUnits: 12 });
    expect(recorder.stats.get('table USER#a')).toMatchObject({ writes: 3, writeUnits: 18 });
  });

  it('books a Query on the index partition of its key condition, and ignores refused writes', () => {
    const recorder = createPartitionRecorder();
    recorder.observe({ operation: 'Query', request: { IndexName: 'GSI3', KeyConditionExpression: 'GSI3PK = :pk AND GSI3SK <= :due', ExpressionAttributeValues: { ':pk': { S: 'WEARABLE#POLL#4' } } }, response: { ConsumedCapacity: { CapacityUnits: 0.5 } } });
    recorder.observe({ operation: 'UpdateItem', request: { Key: { PK: { S: 'X' }, SK: { S: 'Y' } } }, response: { __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException' } });
    expect(recorder.stats.get('GSI3 WEARABLE#POLL#4')).toMatchObject({ reads: 1, readUnits: 0.5 });
    expect(recorder.stats.has('table X')).toBe(false);
  });
});

describe('partition recorder, transactions', () => {
  it("splits a transaction's index units over the items that have an entry in that index", () => {
    const recorder = createPartitionRecorder();
    recorder.observe({ operation: 'PutItem', request: { Item: { PK: { S: 'USER#a' }, SK: { S: 'SESSION#1' }, GSI1PK: { S: 'USER#a#TRAINING' } } }, response: capacity(6, { GSI1: 6 }) });
    recorder.observe({
      operation: 'TransactWriteItems',
      request: { TransactItems: [{ Put: { Item: { PK: { S: 'USER#a' }, SK: { S: 'SESSION#1' }, GSI1PK: { S: 'USER#a#TRAINING' } } } }, { Delete: { Key: { PK: { S: 'USER#a' }, SK: { S: 'SNAPSHOT#1' } } } }] },
      response: { ConsumedCapacity: [{ CapacityUnits: 26, Table: { CapacityUnits: 14 }, GlobalSecondaryIndexes: { GSI1: { CapacityUnits: 12 } } }] },
    });
    expect(recorder.stats.get('GSI1 USER#a#TRAINING')).toMatchObject({ writes: 2, writeUnits: 18 });
    expect(recorder.stats.has('GSI1 ?')).toBe(false);
    expect(recorder.stats.get('table USER#a')).toMatchObject({ writes: 3, writeUnits: 20 });
  });
});
