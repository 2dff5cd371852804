import { type DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { userPartition } from '../shared/db/keys';
import { tableDefinition } from '../shared/db/table-definition';
import { type Item, storedSize } from './item-size';
import { round } from './load';

/**
 * What a year of an athlete's history occupies, measured: every item the bench athlete's sessions
 * left (read back from the table), sized by the documented rules (bench/item-size.ts) with its GSI
 * copies, then scaled by how each kind of item grows: one per session, one per training day (the
 * day ledgers: one item however many sessions), one per active day, or a bounded number per athlete
 * (records per exercise, profile, caches). An item with a TTL lives only so long: counted as found.
 */
export type Growth = 'session' | 'trainingDay' | 'activeDay' | 'athlete' | 'expiring';

/** How each entity grows; one not listed is counted as growing per session (the larger case) and flagged. */
export const ENTITY_GROWTH: Record<string, Growth> = {
  trainingSession: 'session',
  sessionEnrichment: 'session',
  sessionSnapshot: 'session',
  sessionWearable: 'session',
  activity: 'session',
  trainingDay: 'trainingDay',
  forgeDay: 'trainingDay',
  wearableDay: 'activeDay',
  aiUsage: 'activeDay',
  personalRecord: 'athlete',
  profile: 'athlete',
  insightCache: 'athlete',
  progressionCache: 'athlete',
  rateLimit: 'athlete',
  goal: 'athlete',
  location: 'athlete',
  device: 'athlete',
  deviceTokens: 'athlete',
};

export interface EntityStorage {
  entity: string;
  growth: Growth | 'session (unlisted)';
  items: number;
  /** Mean bytes of one item in the table (its attributes + 100), and of its GSI entries, by index. */
  tableBytesPerItem: number;
  indexBytesPerItem: Record<string, number>;
  /** Items of this kind a year of history holds. */
  itemsPerYear: number;
  tableBytesPerYear: number;
  indexBytesPerYear: number;
}

export interface YearOfHistory {
  sessionsPerYear: number;
  trainingDaysPerYear: number;
  activeDaysPerYear: number;
}

/** Per-entity bytes of a year, from the athlete's items after `sessions` sessions over `trainingDays` days. */
export function yearOfStorage(items: Item[], measured: { sessions: number; trainingDays: number }, year: YearOfHistory) {
  const byEntity = new Map<string, Item[]>();
  for (const item of items) {
    const entity = item.entity?.S ?? '(no entity)';
    byEntity.set(entity, [...(byEntity.get(entity) ?? []), item]);
  }
  const entities: EntityStorage[] = [...byEntity].map(([entity, list]) => {
    const growth = list.some((item) => item[tableDefinition.ttlAttribute] !== undefined) ? 'expiring' : ENTITY_GROWTH[entity];
    const sizes = list.map((item) => storedSize(item));
    const tableBytes = sizes.reduce((sum, s) => sum + s.table, 0);
    const indexBytes: Record<string, number> = {};
    for (const s of sizes) for (const [name, bytes] of Object.entries(s.indexes)) indexBytes[name] = (indexBytes[name] ?? 0) + bytes;
    // A day ledger is one item per day by construction, whatever days the athlete's items span (the
    // full bench's athlete also has the Forge runs' manual days): a year holds one per such day, of the mean size.
    const itemsPerYear =
      growth === 'athlete' || growth === 'expiring' ? list.length
      : growth === 'trainingDay' ? year.trainingDaysPerYear
      : growth === 'activeDay' ? year.activeDaysPerYear
      : (list.length / measured.sessions) * year.sessionsPerYear;
    const perItem = (bytes: number) => round(bytes / list.length);
    const indexTotal = Object.values(indexBytes).reduce((sum, b) => sum + b, 0);
    return {
      entity,
      growth: growth ?? 'session (unlisted)',
      items: list.length,
      tableBytesPerItem: perItem(tableBytes),
      indexBytesPerItem: Object.fromEntries(Object.entries(indexBytes).map(([name, bytes]) => [name, perItem(bytes)])),
      itemsPerYear: round(itemsPerYear, 1),
      tableBytesPerYear: round((tableBytes / list.length) * itemsPerYear),
      indexBytesPerYear: round((indexTotal / list.length) * itemsPerYear),
    };
  });
  entities.sort((a, b) => b.tableBytesPerYear + b.indexBytesPerYear - (a.tableBytesPerYear + a.indexBytesPerYear));
  const tableBytes = entities.reduce((sum, e) => sum + e.tableBytesPerYear, 0);
  const indexBytes = entities.reduce((sum, e) => sum + e.indexBytesPerYear, 0);
  return { ...year, measuredSessions: measured.sessions, measuredTrainingDays: measured.trainingDays, entities, tableBytesPerUser: tableBytes, indexBytesPerUser: indexBytes };
}
export type StorageMeasure = ReturnType<typeof yearOfStorage>;

/** Every item of the athlete's partitions (`USER#sub`, `USER#sub#…`), as DynamoDB stores them. */
export async function readAthleteItems(client: DynamoDBClient, tableName: string, userId: string): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'begins_with(#pk, :pk)',
        ExpressionAttributeNames: { '#pk': tableDefinition.partitionKey },
        ExpressionAttributeValues: { ':pk': { S: userPartition(userId) } },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

const countOf = (items: Item[], entity: string) => items.filter((item) => item.entity?.S === entity).length;

/**
 * Reads back the athlete's items and scales them to a year: per session by its training sessions,
 * per active day by its training days (the days it trained on), both at least 1.
 */
export async function measureStorage(client: DynamoDBClient, tableName: string, userId: string, year: YearOfHistory): Promise<StorageMeasure> {
  const items = await readAthleteItems(client, tableName, userId);
  return yearOfStorage(items, { sessions: Math.max(1, countOf(items, 'trainingSession')), trainingDays: Math.max(1, countOf(items, 'trainingDay')) }, year);
}

export function printStorage(storage: StorageMeasure) {
  console.log(
    `\nStorage of a year of history per athlete (measured on ${storage.measuredSessions} sessions over ${storage.measuredTrainingDays} day(s), scaled to ${round(storage.sessionsPerYear, 1)} sessions on ${round(storage.trainingDaysPerYear, 1)} days, ${round(storage.activeDaysPerYear, 1)} active days;` +
      ' item sizes by the DynamoDB rules, +100 bytes per item and per GSI entry; PITR on the table only):',
  );
  console.table(storage.entities.map((e) => ({ ...e, indexBytesPerItem: JSON.stringify(e.indexBytesPerItem) })));
  console.log(`  table ${round(storage.tableBytesPerUser / 1e3, 1)} KB + GSIs ${round(storage.indexBytesPerUser / 1e3, 1)} KB per athlete`);
}
