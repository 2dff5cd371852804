import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../../infra/manifest';
import type { StreamConsumer } from '../../../infra/manifest-types';
import { streamReaderSettings } from '../../../infra/manifest/stream-readers';
import { repoRoot } from '../../../infra/paths';
import { MAX_FILTERS_PER_MAPPING, matchesAny } from '../../../shared/stream/filter-pattern';

const image = (entity: string, extra: Record<string, unknown> = {}) => ({ entity: { S: entity }, ...extra });
/** One record of each kind the table writes that some consumer cares about, and some none does. */
const samples = ['INSERT', 'MODIFY', 'REMOVE'].flatMap((eventName) =>
  [
    image('trainingSession', { status: { S: 'completed' } }),
    image('trainingSession', { status: { S: 'active' }, enrichmentStatus: { S: 'fast' } }),
    image('trainingSession', { status: { S: 'draft' }, enrichmentStatus: { S: 'enriched' } }),
    image('activity'),
    image('sessionWearable'),
    image('forgeDay'),
    image('sessionSnapshot'),
  ].flatMap((item) => [
    { eventName, dynamodb: eventName === 'REMOVE' ? { OldImage: item } : { NewImage: item } },
    { eventName, dynamodb: { NewImage: item, OldImage: image('trainingSession', { status: { S: 'completed' } }) } },
  ]) as DynamoDBRecord[],
);

describe('the table stream has at most two readers (real manifest)', () => {
  const readers = streamReaderSettings(manifest);

  it('two readers; every consumer in exactly one: Forge’s two on one, the four Training-side ones on the other', () => {
    expect(readers.map((r) => [r.name, r.members.map((m) => m.name)])).toEqual([
      ['training-stream', ['enqueue-enrichment', 'queue-illustrations', 'project-session-changes', 'match-completed-sessions']],
      ['forge-stream', ['sync-training-sessions', 'apply-activity-changes']],
    ]);
    expect(readers.flatMap((r) => r.members).sort((a, b) => a.name.localeCompare(b.name))).toEqual([...manifest.streamConsumers].sort((a, b) => a.name.localeCompare(b.name)));
  });

  it('each mapping filters on AWS (≤ 5 patterns) and lets through exactly the records some member wants', () => {
    for (const reader of readers) {
      expect(reader.filters.length, reader.name).toBeGreaterThan(0);
      expect(reader.filters.length, reader.name).toBeLessThanOrEqual(MAX_FILTERS_PER_MAPPING);
      for (const record of samples) {
        const wanted = reader.members.some((member) => matchesAny(member.filters, record));
        expect(matchesAny(reader.filters, record), `${reader.name} ${JSON.stringify(record)}`).toBe(wanted);
      }
    }
  });

  it('a reader adds up its members: every grant, the largest batch and retries, the sum of their timeouts', () => {
    const training = readers[0]!;
    expect(new Set(training.grants)).toEqual(new Set(['table:read', 'table:write', 'queue:enrichment:send', 'queue:illustrations:send']));
    expect(training.batchSize).toBe(50);
    expect(training.maxRetries).toBe(5);
    expect(training.timeoutSeconds).toBe(240);
  });

  it('each reader’s entry module loads exactly its members (checked when the module initialises)', async () => {
    for (const reader of manifest.streamReaders) {
      const module = (await import(pathToFileURL(join(repoRoot, reader.handler)).href)) as { handler?: unknown };
      expect(typeof module.handler, reader.handler).toBe('function');
    }
  });

  it('refuses a third reader, an unknown reader, a reader without consumers and duplicate names', () => {
    const consumer = (name: string, reader: string): StreamConsumer => ({ name, reader, handler: 'x.ts', filters: [], batchSize: 1, maxRetries: 1, grants: [] });
    const reader = (name: string) => ({ name, handler: `${name}.ts`, description: name });
    expect(() => streamReaderSettings({ streamReaders: [reader('a'), reader('b'), reader('c')], streamConsumers: [consumer('1', 'a'), consumer('2', 'b'), consumer('3', 'c')] })).toThrow(
      /3 stream readers.*more than 2 readers per shard/,
    );
    expect(() => streamReaderSettings({ streamReaders: [reader('a')], streamConsumers: [consumer('1', 'a'), consumer('2', 'z')] })).toThrow(/"2" names an unknown reader "z"/);
    expect(() => streamReaderSettings({ streamReaders: [reader('a'), reader('b')], streamConsumers: [consumer('1', 'a')] })).toThrow(/"b" has no consumers/);
    expect(() => streamReaderSettings({ streamReaders: [reader('a'), reader('a')], streamConsumers: [consumer('1', 'a'), consumer('1', 'a')] })).toThrow(
      /reader "a" is declared twice[\s\S]*consumer "1" is declared twice/,
    );
  });
});
