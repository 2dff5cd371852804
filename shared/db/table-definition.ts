/**
 * The one DynamoDB table, described once. CDK (infra/cdk) and the local cloud
 * (infra/local/provision.ts) both build the table from this definition.
 */
export const tableDefinition = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Epoch seconds; DynamoDB TTL on AWS, the dev sweeper locally. */
  ttlAttribute: 'expiresAt',
  streamView: 'NEW_AND_OLD_IMAGES',
  /** Overloaded global secondary indexes; every index projects ALL attributes. */
  indexes: [
    { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
    { name: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' },
  ],
} as const;

export type IndexName = (typeof tableDefinition.indexes)[number]['name'];
