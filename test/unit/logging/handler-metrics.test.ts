import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { METRIC } from '../../../shared/logging/metric-names';
import { draftSession } from '../../support/sessions';

const dynamo = mockClient(DynamoDBDocumentClient);
let sync: typeof import('../../../functions/forge/sync-training-sessions');
let toItem: typeof import('../../../shared/db/entities/training-session').toItem;

beforeAll(async () => {
  vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
  vi.stubEnv('TABLE_NAME', 'metrics-test');
  vi.stubEnv('CURSOR_SECRET', 'metrics-test-cursor-secret-0123456789');
  vi.resetModules();
  sync = await import('../../../functions/forge/sync-training-sessions');
  ({ toItem } = await import('../../../shared/db/entities/training-session'));
});

afterEach(() => {
  vi.restoreAllMocks();
  dynamo.reset();
});

/** The EMF documents printed while `run` runs. */
async function emitted(run: () => Promise<void>) {
  const lines: Record<string, unknown>[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    return true;
  });
  await run();
  vi.restoreAllMocks();
  return lines.filter((line) => '_aws' in line);
}

const image = (session: ReturnType<typeof draftSession>) => marshall(toItem(session), { removeUndefinedValues: true }) as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'];

describe('the Forge sync publishes its lag (EMF)', () => {
  const completedAt = new Date(Date.now() - 1500).toISOString();
  const active = draftSession('user-1', { status: 'active', startedAt: new Date(Date.now() - 3_600_000).toISOString(), version: 4 });
  const completed = { ...active, status: 'completed' as const, completedAt, version: 5 };

  it('measures completion → activity written, once, when the session has just been completed', async () => {
    dynamo.on(GetCommand).callsFake((input: { ProjectionExpression?: string; Key: { PK: string; SK: string } }) => (input.ProjectionExpression ? { Item: input.Key } : {}));
    dynamo.on(UpdateCommand).resolves({});
    const lines = await emitted(() => sync.syncRecord({ eventName: 'MODIFY', dynamodb: { OldImage: image(active), NewImage: image(completed) } }));
    const lag = lines.find((line) => METRIC.syncLagMs in line)!;
    expect(lag[METRIC.syncLagMs]).toBeGreaterThanOrEqual(1500);
    expect(lag[METRIC.syncLagMs]).toBeLessThan(60_000);
    expect((lag._aws as { CloudWatchMetrics: { Metrics: { Unit: string }[] }[] }).CloudWatchMetrics[0]!.Metrics[0]!.Unit).toBe('Milliseconds');
  });

  it('publishes no lag for a later edit of a completed session (it would measure the edit, not the sync)', async () => {
    dynamo.on(GetCommand).callsFake((input: { ProjectionExpression?: string; Key: { PK: string; SK: string } }) => (input.ProjectionExpression ? { Item: input.Key } : {}));
    dynamo.on(UpdateCommand).resolves({});
    const edited = { ...completed, title: 'Renamed', version: 6 };
    const lines = await emitted(() => sync.syncRecord({ eventName: 'MODIFY', dynamodb: { OldImage: image(completed), NewImage: image(edited) } }));
    expect(dynamo.commandCalls(UpdateCommand)).toHaveLength(1);
    expect(lines.filter((line) => METRIC.syncLagMs in line)).toEqual([]);
  });
});
