import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { lowerIsBetter, personalRecordSchema, type PersonalRecord, type RecordCandidate } from '../../domain/training/personal-record';
import type { PreviousRecord, RecordKind } from '../../domain/science/records';
import { documentClient } from '../client';
import type { TableContext } from '../context';
import { isConditionalCheckFailed, withoutStorageAttributes } from '../item';
import { userPartition } from '../keys';
import { queryAll } from '../query';

export const PERSONAL_RECORD_ENTITY = 'personalRecord';
export const RECORD_PREFIX = 'RECORD#';
export const recordKey = (userId: string, exerciseId: string, kind: RecordKind) => ({ PK: userPartition(userId), SK: `${RECORD_PREFIX}${exerciseId}#${kind}` });

export const toItem = (record: PersonalRecord): Record<string, unknown> => ({
  ...recordKey(record.userId, record.exerciseId, record.kind),
  entity: PERSONAL_RECORD_ENTITY,
  ...record,
});

export const fromItem = (item: Record<string, unknown>): PersonalRecord => personalRecordSchema.parse(withoutStorageAttributes(item));

/** Not written: `current` is the stored record that is as good or better (read after the refusal). */
export type RecordWrite = { written: true; record: PersonalRecord } | { written: false; current: PersonalRecord | null };

/**
 * Stores a record only if it strictly beats the stored value (lower for pace, higher otherwise)
 * or none is stored: one conditional UpdateItem, so two sessions racing can never lower a record.
 * The previous value is carried over by the same update. A redelivered session (same value)
 * changes nothing.
 */
export async function putRecordIfBetter(ctx: TableContext, candidate: RecordCandidate, now = new Date()): Promise<RecordWrite> {
  const fields: Record<string, unknown> = {
    entity: PERSONAL_RECORD_ENTITY,
    userId: candidate.userId,
    exerciseId: candidate.exerciseId,
    kind: candidate.kind,
    unit: candidate.unit,
    sessionId: candidate.sessionId,
    achievedAt: candidate.achievedAt,
    formula: candidate.formula,
    reps: candidate.reps,
    loadKg: candidate.loadKg,
    distanceM: candidate.distanceM,
    durationSec: candidate.durationSec,
    updatedAt: now.toISOString(),
  };
  const names: Record<string, string> = { '#value': 'value', '#previous': 'previousValue' };
  const values: Record<string, unknown> = { ':value': candidate.value, ':none': null };
  const sets = Object.entries(fields).map(([field, value], index) => {
    names[`#f${index}`] = field;
    values[`:f${index}`] = value;
    return `#f${index} = :f${index}`;
  });
  try {
    const result = await documentClient.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: recordKey(candidate.userId, candidate.exerciseId, candidate.kind),
        // Operands read the item as it was: previousValue gets the value being replaced.
        UpdateExpression: `SET ${sets.join(', ')}, #previous = if_not_exists(#value, :none), #value = :value`,
        ConditionExpression: `attribute_not_exists(PK) OR #value ${lowerIsBetter(candidate.kind) ? '>' : '<'} :value`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return { written: true, record: fromItem(result.Attributes!) };
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    return { written: false, current: await getRecord(ctx, candidate.userId, candidate.exerciseId, candidate.kind) };
  }
}

/** A session's candidates, each written only if it is a new record; returns the ones stored. */
export async function putRecordsIfBetter(ctx: TableContext, candidates: readonly RecordCandidate[], now = new Date()): Promise<PersonalRecord[]> {
  const stored: PersonalRecord[] = [];
  for (const candidate of candidates) {
    const result = await putRecordIfBetter(ctx, candidate, now);
    if (result.written) stored.push(result.record);
  }
  return stored;
}

/** GetItem `RECORD#<exerciseId>#<kind>`. */
export async function getRecord(ctx: TableContext, userId: string, exerciseId: string, kind: RecordKind): Promise<PersonalRecord | null> {
  const result = await documentClient.send(new GetCommand({ TableName: ctx.tableName, Key: recordKey(userId, exerciseId, kind), ConsistentRead: true }));
  return result.Item ? fromItem(result.Item) : null;
}

/** GET /training/records (pattern #6): Query `USER#sub`, SK begins_with `RECORD#` (every page). */
export async function listRecords(ctx: TableContext, userId: string): Promise<PersonalRecord[]> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': userPartition(userId), ':prefix': RECORD_PREFIX },
  });
  return items.map(fromItem);
}

/** One exercise's records: Query SK begins_with `RECORD#<exerciseId>#` (the `#` keeps `squat` apart from `squat-jump`). */
export async function listExerciseRecords(ctx: TableContext, userId: string, exerciseId: string): Promise<PersonalRecord[]> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': userPartition(userId), ':prefix': `${RECORD_PREFIX}${exerciseId}#` },
  });
  return items.map(fromItem);
}

/** The stored records in the shape `detectRecords` takes. */
export const asPreviousRecords = (records: readonly PersonalRecord[]): PreviousRecord[] =>
  records.map((record) => ({ exerciseId: record.exerciseId, kind: record.kind, value: record.value }));
