/**
 * The one DynamoDB table, described once. CDK (infra/cdk) and the local cloud
 * (infra/local/provision.ts) both build the table from this definition.
 */
/** The overloaded global secondary indexes, by name (every Query on one names it through these). */
export const GSI1 = 'GSI1';
export const GSI3 = 'GSI3';
/** Session history: sparse, and projects only the list fields (a page of history reads small items). */
export const GSI4 = 'GSI4';
/**
 * What Today shows (open sessions, active goals, locations, devices: `USER#sub#OPEN`) and the
 * illustration library by usage, on the GSI2PK/GSI2SK keys. It replaces GSI2, which projected ALL:
 * an open session's every logged set rewrote its whole item there too. A GSI's projection cannot
 * change in place (CloudFormation refuses), hence a new name over the same keys (docs/deploy.md).
 */
export const GSI5 = 'GSI5';

/**
 * What GSI4 projects besides the keys: exactly the fields of a history list item
 * (`sessionListItemSchema`, shared/domain/training/session-summary.ts; a unit test keeps the two equal).
 */
const SESSION_LIST_ATTRIBUTES = [
  'id', 'status', 'origin', 'provider', 'coach', 'discipline', 'title', 'enrichmentStatus', 'localDay',
  'createdAt', 'startedAt', 'completedAt', 'updatedAt', 'metrics', 'setCount', 'bestSets',
] as const;

/**
 * What GSI5 projects besides the keys: everything its readers parse. Goals, locations, devices and
 * illustrations whole (their schemas' every field: a unit test keeps them in, as a goal read there is
 * saved back); of a session only Today's summary (`openSessionSchema`, shared/domain/training/today.ts),
 * its duration copied beside the prescription on open items (the prescription, sets and snapshot stay out).
 */
const OPEN_ITEM_ATTRIBUTES = [
  'entity', 'id', 'userId', 'status', 'title', 'notes', 'kind', 'createdAt', 'updatedAt', 'version',
  // sessions
  'coach', 'discipline', 'enrichmentStatus', 'localDay', 'startedAt', 'completedAt', 'estimatedDurationMin',
  // goals
  'targetValue', 'currentValue', 'unit', 'direction', 'exerciseId', 'deadline', 'achievedAt',
  // locations
  'name', 'equipment', 'plates',
  // devices
  'provider', 'scopes', 'externalUserId', 'connectedAt', 'lastSyncAt', 'nextPollAt', 'lastError', 'latestEffortScore', 'latestEffortAt',
  // illustrations
  'format', 'variants', 'generator', 'model', 'costUsd', 'tags', 'muscleGroups', 'usageCount',
] as const;

/** Legacy GSI2 (ALL), declared only while a deployed table moves to GSI5 (docs/deploy.md). */
const RETIRING_GSI2 = { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK', projection: 'ALL' } as const;
const keepRetiringGsi2 = typeof process !== 'undefined' && process.env.TWINFORGE_KEEP_GSI2 === '1';

export const tableDefinition = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Epoch seconds; DynamoDB TTL on AWS, the dev sweeper locally. */
  ttlAttribute: 'expiresAt',
  streamView: 'NEW_AND_OLD_IMAGES',
  /** Global secondary indexes: GSI1 and GSI3 overloaded and projecting ALL attributes, GSI4 and GSI5 only the listed ones. */
  indexes: [
    { name: GSI1, partitionKey: 'GSI1PK', sortKey: 'GSI1SK', projection: 'ALL' },
    { name: GSI3, partitionKey: 'GSI3PK', sortKey: 'GSI3SK', projection: 'ALL' },
    { name: GSI4, partitionKey: 'GSI4PK', sortKey: 'GSI4SK', projection: SESSION_LIST_ATTRIBUTES },
    { name: GSI5, partitionKey: 'GSI2PK', sortKey: 'GSI2SK', projection: OPEN_ITEM_ATTRIBUTES },
    ...(keepRetiringGsi2 ? [RETIRING_GSI2] : []),
  ],
} as const;

export type IndexName = (typeof tableDefinition.indexes)[number]['name'];

/** An index's projection as the DynamoDB API (and CloudFormation) spells it. */
export const projectionOf = (index: (typeof tableDefinition.indexes)[number]) =>
  index.projection === 'ALL' ? { ProjectionType: 'ALL' as const } : { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...index.projection] };
