import {
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  GetGroupCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateTableCommand,
  DescribeTableCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { projectionOf, tableDefinition } from '../../shared/db/table-definition';
import type { QueueEntry } from '../manifest-types';

const indexSpec = (index: (typeof tableDefinition.indexes)[number]) => ({
  IndexName: index.name,
  KeySchema: [
    { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
    { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
  ],
  Projection: projectionOf(index),
});

/**
 * Creates the table exactly as CDK does (keys, GSIs, stream, TTL). When it exists, only the
 * indexes it lacks are added (as a CDK deploy of a new index would), one per update.
 */
export async function provisionTable(dynamodb: DynamoDBClient, tableName: string): Promise<void> {
  const existing = await dynamodb.send(new DescribeTableCommand({ TableName: tableName })).then(
    (described) => described.Table,
    (error: Error) => {
      if (error.name === 'ResourceNotFoundException') return undefined;
      throw error;
    },
  );
  if (existing) {
    const present = new Set((existing.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
    for (const index of tableDefinition.indexes.filter((candidate) => !present.has(candidate.name))) {
      await dynamodb.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: [index.partitionKey, index.sortKey].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
          GlobalSecondaryIndexUpdates: [{ Create: indexSpec(index) }],
        }),
      );
    }
    return;
  }
  const keyNames = [tableDefinition.partitionKey, tableDefinition.sortKey, ...tableDefinition.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  await dynamodb.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: tableDefinition.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableDefinition.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: tableDefinition.indexes.map(indexSpec),
      StreamSpecification: { StreamEnabled: true, StreamViewType: tableDefinition.streamView },
    }),
  );
  await dynamodb.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: tableDefinition.ttlAttribute, Enabled: true },
    }),
  );
}

async function createQueue(sqs: SQSClient, name: string, attributes: Record<string, string>): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl!, arn: Attributes!.QueueArn! };
}

/** Each manifest queue with its DLQ (redrive after maxReceiveCount), plus the stream on-failure queue. */
export async function provisionQueues(
  sqs: SQSClient,
  prefix: string,
  queues: QueueEntry[],
): Promise<{ queueUrls: Record<string, string>; dlqUrls: Record<string, string>; streamFailuresQueueUrl: string }> {
  const queueUrls: Record<string, string> = {};
  const dlqUrls: Record<string, string> = {};
  for (const queue of queues) {
    const dlq = await createQueue(sqs, `${prefix}-${queue.name}-dlq`, { MessageRetentionPeriod: String(14 * 24 * 3600) });
    const main = await createQueue(sqs, `${prefix}-${queue.name}`, {
      VisibilityTimeout: String(queue.visibilityTimeoutSeconds),
      RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: queue.maxReceiveCount }),
    });
    queueUrls[queue.name] = main.url;
    dlqUrls[queue.name] = dlq.url;
  }
  const failures = await createQueue(sqs, `${prefix}-stream-failures`, { MessageRetentionPeriod: String(14 * 24 * 3600) });
  return { queueUrls, dlqUrls, streamFailuresQueueUrl: failures.url };
}

/** The user pool, the SPA client (USER_PASSWORD_AUTH) and the "admin" group, found by name or created. */
export async function provisionUserPool(cognito: CognitoIdentityProviderClient, poolName: string): Promise<{ userPoolId: string; userPoolClientId: string }> {
  const pools = await cognito.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  let userPoolId = pools.UserPools?.find((pool) => pool.Name === poolName)?.Id;
  if (!userPoolId) {
    const created = await cognito.send(
      new CreateUserPoolCommand({
        PoolName: poolName,
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        Policies: { PasswordPolicy: { MinimumLength: 8, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: false } },
      }),
    );
    userPoolId = created.UserPool!.Id!;
  }
  const clients = await cognito.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }));
  let userPoolClientId = clients.UserPoolClients?.find((client) => client.ClientName === 'spa')?.ClientId;
  if (!userPoolClientId) {
    const created = await cognito.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: 'spa',
        GenerateSecret: false,
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH'],
      }),
    );
    userPoolClientId = created.UserPoolClient!.ClientId!;
  }
  const hasAdminGroup = await cognito.send(new GetGroupCommand({ UserPoolId: userPoolId, GroupName: 'admin' })).then(
    () => true,
    () => false,
  );
  if (!hasAdminGroup) {
    await cognito.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: 'admin', Description: 'TwinForge administrators' }));
  }
  return { userPoolId, userPoolClientId };
}
