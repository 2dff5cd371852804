import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifest } from '../../infra/manifest';
import type { Manifest } from '../../infra/manifest-types';
import { tableDefinition } from '../../shared/db/table-definition';
import { allGrantsManifest } from './support/all-grants-manifest';
import { buildTestApp } from './support/build';

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

describe('manifest grants become least-privilege statements', () => {
  let statements: Statement[];
  const find = (action: string) => statements.filter((s) => [s.Action].flat().includes(action));

  beforeAll(() => {
    const template = Template.fromStack(buildTestApp({ manifest: allGrantsManifest }).stacks.api);
    const policies = template.findResources('AWS::IAM::Policy') as Record<string, { Properties: { PolicyDocument: { Statement: Statement[] } } }>;
    const id = Object.keys(policies).find((key) => key.startsWith('Routesfixturewhoami'))!;
    statements = policies[id]!.Properties.PolicyDocument.Statement;
  });

  it('table:read queries the table and its indexes, without Scan', () => {
    const [read] = find('dynamodb:Query');
    const resources = JSON.stringify(read!.Resource);
    for (const index of tableDefinition.indexes) expect(resources).toContain(`/index/${index.name}`);
    expect(resources).not.toContain('*');
    expect(statements.flatMap((s) => [s.Action].flat())).not.toContain('dynamodb:Scan');
  });

  it('table:write writes items of the table only', () => {
    const [write] = find('dynamodb:PutItem');
    expect([write!.Action].flat()).toEqual(
      expect.arrayContaining(['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem']),
    );
    expect(write!.Resource).toEqual({ 'Fn::ImportValue': expect.stringMatching(/TwinForge-test-Data:.*Table.*Arn/) });
  });

  it('queue grants send to and consume from the named queue', () => {
    expect(find('sqs:SendMessage')).toHaveLength(1);
    expect(find('sqs:ReceiveMessage')).toHaveLength(1);
  });

  it('bucket grants reach the illustration objects only', () => {
    const objects = { 'Fn::Join': ['', [{ 'Fn::ImportValue': 'TwinForge-test-Data-IllustrationsBucketArn' }, '/*']] };
    const s3 = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('s3:')));
    expect(s3.flatMap((s) => [s.Action].flat()).sort()).toEqual(['s3:GetObject', 's3:PutObject']);
    for (const statement of s3) expect(statement.Resource).toEqual(objects);
  });

  it('secret, KMS and Cognito grants name their single resource', () => {
    expect(find('secretsmanager:GetSecretValue')).toHaveLength(1);
    const [kms] = find('kms:Decrypt');
    expect([kms!.Action].flat().sort()).toEqual(['kms:Decrypt', 'kms:GenerateDataKey']);
    const [cognito] = find('cognito-idp:AdminDeleteUser');
    expect(cognito!.Resource).toEqual({ 'Fn::ImportValue': expect.stringMatching(/TwinForge-test-Auth:.*UserPool.*Arn/) });
  });

  it('rejects a grant on a queue the manifest does not declare', () => {
    const route = allGrantsManifest.routes[0]!;
    const bad: Manifest = { ...allGrantsManifest, routes: [{ ...route, grants: ['queue:nope:send'] }] };
    expect(() => buildTestApp({ manifest: bad })).toThrow(/no queue named "nope"/);
  });
});

describe('the wearable provider credentials secret', () => {
  // The functions that build a provider (authorize URL, token exchange, refresh, data paths).
  const readers = [
    'Routes/list-wearable-providers', 'Routes/connect-wearable', 'Routes/wearable-oauth-callback', 'Routes/sync-wearable-device', 'Jobs/poll-wearables',
    // Withings' notifications (revoke on disconnect; the callback secret derives from the client secret) and Polar's webhook registration.
    'Routes/disconnect-wearable-device', 'Routes/withings-notifications', 'Routes/withings-notifications-check', 'Jobs/register-polar-webhook',
    // Oura signs with our client secret and checks its subscriptions with a token derived from it; its subscriptions' job.
    'Routes/oura-notifications', 'Routes/oura-notifications-check', 'Jobs/register-oura-webhooks',
    // Account deletion revokes the notification subscriptions, as a disconnect does.
    'Routes/delete-me',
  ];
  let readersOfSecret: string[];
  let policyCount: number;

  beforeAll(() => {
    const template = Template.fromStack(buildTestApp({ manifest }).stacks.api);
    const policies = template.findResources('AWS::IAM::Policy') as Record<string, { Properties: { PolicyDocument: { Statement: Statement[] } } }>;
    policyCount = Object.keys(policies).length;
    readersOfSecret = Object.entries(policies)
      .filter(([, policy]) =>
        policy.Properties.PolicyDocument.Statement.some((s) => [s.Action].flat().includes('secretsmanager:GetSecretValue') && JSON.stringify(s.Resource).includes('WearableProviderCredentials')),
      )
      .map(([id]) => id);
  });

  it('is readable by exactly the functions that build a provider', () => {
    const prefixes = readers.map((name) => name.replace(/[/-]/g, ''));
    expect(readersOfSecret).toHaveLength(readers.length);
    for (const prefix of prefixes) expect(readersOfSecret.some((id) => id.startsWith(`${prefix}Role`))).toBe(true);
    expect(policyCount).toBeGreaterThan(readers.length); // the other functions' roles exist and cannot read it
  });
});
