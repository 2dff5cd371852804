import { Stack, Validations } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { CfnBucket, IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { tableDefinition } from '../../../shared/db/table-definition';
import type { Grant } from '../../manifest-types';
import type { HandlerFunction } from './handler-function';

/** The resources a manifest grant can name. */
export interface GrantTargets {
  table: ITable;
  /** Manifest queue name → queue. */
  queues: ReadonlyMap<string, IQueue>;
  /** Manifest queue name → its dead-letter queue (for `queue:<name>:stats`). */
  deadLetterQueues: ReadonlyMap<string, IQueue>;
  /** Name of the export holding the illustrations bucket ARN. */
  illustrationsBucketArnExport: string;
  illustrationsBucketArn: string;
  /** Uploaded workout files (keys `imports/<user>/<job>`). */
  importsBucket: IBucket;
  openAiSecret: ISecret;
  wearablesSecret: ISecret;
  wearablesKey: IKey;
  userPool: IUserPool;
}

// Explicit actions rather than grantReadData/grantWriteData: no Scan (never on a request path)
// and no wildcard index ARN, so the policies need no nag acknowledgement.
const tableRead = ['GetItem', 'BatchGetItem', 'Query', 'ConditionCheckItem', 'DescribeTable'];
const tableWrite = ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'ConditionCheckItem'];
const cognitoAdmin = ['AdminGetUser', 'AdminListGroupsForUser', 'AdminUserGlobalSignOut', 'AdminDeleteUser'];

/** Turns a function's manifest grants into least-privilege IAM statements on its role. */
export function applyGrants(target: HandlerFunction, grants: readonly Grant[], to: GrantTargets): void {
  const role = target.role;
  const allow = (actions: string[], resources: string[]) =>
    role.addToPrincipalPolicy(new PolicyStatement({ actions, resources }));
  const tableArn = to.table.tableArn;
  const indexArns = tableDefinition.indexes.map((index) => `${tableArn}/index/${index.name}`);
  const objects = `${to.illustrationsBucketArn}/*`;
  let objectsAcknowledged = false;
  const acknowledgeObjects = () => {
    if (objectsAcknowledged) return;
    objectsAcknowledged = true;
    Validations.of(target).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${to.illustrationsBucketArnExport}/*]`,
      reason:
        'Illustration keys are content hashes created at run time; access is limited to the objects of the one illustrations bucket.',
    });
  };

  for (const grant of grants) {
    const queueGrant = /^queue:(.+):(send|read|stats)$/.exec(grant);
    if (queueGrant) {
      const [, name = '', access] = queueGrant;
      const queue = to.queues.get(name);
      if (!queue) throw new Error(`Grant "${grant}": the manifest declares no queue named "${name}".`);
      if (access === 'send') queue.grantSendMessages(role);
      else if (access === 'read') queue.grantConsumeMessages(role);
      else for (const q of [queue, to.deadLetterQueues.get(name)!]) q.grant(role, 'sqs:GetQueueAttributes');
      continue;
    }
    switch (grant) {
      case 'table:read':
        allow(tableRead.map((a) => `dynamodb:${a}`), [tableArn, ...indexArns]);
        break;
      case 'table:write':
        allow(tableWrite.map((a) => `dynamodb:${a}`), [tableArn]);
        break;
      case 'bucket:illustrations:read':
        allow(['s3:GetObject'], [objects]);
        acknowledgeObjects();
        break;
      case 'bucket:illustrations:write':
        allow(['s3:PutObject'], [objects]);
        acknowledgeObjects();
        break;
      case 'bucket:imports:upload':
      case 'bucket:imports:consume':
        allow(grant.endsWith('upload') ? ['s3:PutObject'] : ['s3:GetObject', 's3:DeleteObject'], [to.importsBucket.arnForObjects('imports/*')]);
        Validations.of(target).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${Stack.of(target).getLogicalId(to.importsBucket.node.defaultChild as CfnBucket)}.Arn>/imports/*]`,
          reason: 'Upload keys are created per import job at run time (imports/<user>/<job>); access is limited to that prefix of the one imports bucket.',
        });
        break;
      case 'secret:openai:read':
        to.openAiSecret.grantRead(role);
        break;
      case 'secret:wearables:read':
        to.wearablesSecret.grantRead(role);
        break;
      case 'kms:wearables':
        // Envelope encryption: a data key per token (GenerateDataKey), unwrapped with Decrypt.
        to.wearablesKey.grant(role, 'kms:GenerateDataKey', 'kms:Decrypt');
        break;
      case 'cognito:admin':
        to.userPool.grant(role, ...cognitoAdmin.map((a) => `cognito-idp:${a}`));
        break;
      default:
        throw new Error(`Unknown grant "${grant}".`);
    }
  }
}
