import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../infra/manifest';
import { buildTestApp } from './support/build';

type Mapping = { Properties: { EventSourceArn?: unknown; BatchSize?: number; ScalingConfig?: unknown; MaximumBatchingWindowInSeconds?: number; StartingPosition?: string } };

describe('queue workers (the real manifest)', () => {
  it('leave Lambda its low-traffic SQS poller optimization: no maximum concurrency, no batching window', () => {
    // Lambda long-polls an idle queue with 5 pollers and can go down to 2, but not with a maximum
    // concurrency set; a batching window only delays the enrichment (bench/cost.ts SQS_POLLING).
    const template = Template.fromStack(buildTestApp({ manifest }).stacks.api);
    const mappings = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')) as Mapping[];
    const sqs = mappings.filter((m) => m.Properties.StartingPosition === undefined);
    expect(sqs).toHaveLength(manifest.queues.length);
    for (const mapping of sqs) {
      expect(mapping.Properties.ScalingConfig).toBeUndefined();
      expect(mapping.Properties.MaximumBatchingWindowInSeconds).toBeUndefined();
    }
    expect(sqs.map((m) => m.Properties.BatchSize).sort()).toEqual(manifest.queues.map((q) => q.batchSize).sort());
  });
});
