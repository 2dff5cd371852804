/**
 * The one DynamoDB table, described once. CDK (infra/cdk) and the local cloud
 * (infra/local/provision.ts) both build the table from this definition.
 */
/** The overloaded global secondary indexes, by name (every Query on one names it through these). */
export const GSI1 = 'GSI1';
export const GSI2 = 'GSI2';
export const GSI3 = 'GSI3';
/** Session history: sparse, and projects only the list fields (a page of history reads small items). */
export const GSI4 = 'GSI4';

/**
 * What GSI4 projects besides the keys: exactly the fields of a history list item
 * (`sessionListItemSchema`, shared/domain/training/session-summary.ts; a unit test keeps the two equal).
 */
const SESSION_LIST_ATTRIBUTES = [
  'id', 'status', 'origin', 'provider', 'coach', 'discipline', 'title', 'enrichmentStatus', 'localDay',
  'createdAt', 'startedAt', 'completedAt', 'updatedAt', 'metrics', 'setCount', 'bestSets',
] as const;

export const tableDefinition = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Epoch seconds; DynamoDB TTL on AWS, the dev sweeper locally. */
  ttlAttribute: 'expiresAt',
  streamView: 'NEW_AND_OLD_IMAGES',
  /** Global secondary indexes: GSI1–3 overloaded and projecting ALL attributes, GSI4 only the listed ones. */
  indexes: [
    { name: GSI1, partitionKey: 'GSI1PK', sortKey: 'GSI1SK', projection: 'ALL' },
    { name: GSI2, partitionKey: 'GSI2PK', sortKey: 'GSI2SK', projection: 'ALL' },
    { name: GSI3, partitionKey: 'GSI3PK', sortKey: 'GSI3SK', projection: 'ALL' },
    { name: GSI4, partitionKey: 'GSI4PK', sortKey: 'GSI4SK', projection: SESSION_LIST_ATTRIBUTES },
  ],
} as const;

export type IndexName = (typeof tableDefinition.indexes)[number]['name'];

/** An index's projection as the DynamoDB API (and CloudFormation) spells it. */
export const projectionOf = (index: (typeof tableDefinition.indexes)[number]) =>
  index.projection === 'ALL' ? { ProjectionType: 'ALL' as const } : { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...index.projection] };
