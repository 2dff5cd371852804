import { describe, expect, it } from 'vitest';
import { asBilled, consumedUnits } from '../../../bench/counting-proxy';

// What DynamoDB Local answered for the same completed session: PutItem 8 units, TransactWriteItems 32.
const put = { ConsumedCapacity: { TableName: 't', CapacityUnits: 8, Table: { CapacityUnits: 3 }, GlobalSecondaryIndexes: { GSI1: { CapacityUnits: 3 }, GSI4: { CapacityUnits: 1 }, GSI5: { CapacityUnits: 1 } } } };
const transaction = {
  ConsumedCapacity: [
    {
      TableName: 't',
      CapacityUnits: 32,
      WriteCapacityUnits: 32,
      Table: { WriteCapacityUnits: 12, CapacityUnits: 12 },
      GlobalSecondaryIndexes: { GSI1: { WriteCapacityUnits: 12, CapacityUnits: 12 }, GSI4: { WriteCapacityUnits: 4, CapacityUnits: 4 }, GSI5: { WriteCapacityUnits: 4, CapacityUnits: 4 } },
    },
  ],
};

describe('the counting proxy bills as AWS does', () => {
  it('counts a transactional write at 2× a plain one (DynamoDB Local reports 4×), table and indexes alike', () => {
    const billed = asBilled('TransactWriteItems', transaction);
    expect(consumedUnits(billed)).toBe(16);
    expect(consumedUnits(billed)).toBe(2 * consumedUnits(put));
    expect(billed.ConsumedCapacity).toEqual([
      {
        TableName: 't',
        CapacityUnits: 16,
        WriteCapacityUnits: 16,
        Table: { WriteCapacityUnits: 6, CapacityUnits: 6 },
        GlobalSecondaryIndexes: { GSI1: { WriteCapacityUnits: 6, CapacityUnits: 6 }, GSI4: { WriteCapacityUnits: 2, CapacityUnits: 2 }, GSI5: { WriteCapacityUnits: 2, CapacityUnits: 2 } },
      },
    ]);
  });

  it('leaves every other operation as DynamoDB Local reports it', () => {
    expect(asBilled('PutItem', put)).toBe(put);
    expect(consumedUnits(asBilled('UpdateItem', put))).toBe(8);
  });
});
