import { combinedFilters } from '../../shared/stream/filter-pattern';
import { type FilterPattern, type FunctionSettings, type Manifest, MAX_STREAM_READERS, type StreamConsumer } from '../manifest-types';

/** A consumer's timeout when the manifest sets none (as for any background function). */
export const DEFAULT_STREAM_TIMEOUT_SECONDS = 60;
/** Lambda's longest timeout. */
const MAX_TIMEOUT_SECONDS = 900;

/** A reader's function and event source mapping, as CDK and the local runtime build them. */
export interface StreamReaderSettings extends FunctionSettings {
  name: string;
  description: string;
  members: StreamConsumer[];
  /** The mapping's filters: the members' merged, or none when more than Lambda allows would remain. */
  filters: FilterPattern[];
  /** The largest member batch: each member is still handed at most its own. */
  batchSize: number;
  maxRetries: number;
  /** The members run one after the other: the sum of theirs. */
  timeoutSeconds: number;
}

/**
 * Each reader of the manifest with its members and the settings they add up to; throws on a
 * manifest with more than two readers, a consumer without exactly one known reader, or a reader
 * without members.
 */
export function streamReaderSettings(manifest: Pick<Manifest, 'streamConsumers' | 'streamReaders'>): StreamReaderSettings[] {
  const problems: string[] = [];
  const readers = manifest.streamReaders;
  if (readers.length > MAX_STREAM_READERS) {
    problems.push(`${readers.length} stream readers (${readers.map((r) => r.name).join(', ')}): DynamoDB Streams throttles more than ${MAX_STREAM_READERS} readers per shard`);
  }
  const duplicates = (names: string[]) => names.filter((name, i) => names.indexOf(name) !== i);
  for (const name of duplicates(readers.map((r) => r.name))) problems.push(`stream reader "${name}" is declared twice`);
  for (const name of duplicates(manifest.streamConsumers.map((c) => c.name))) problems.push(`stream consumer "${name}" is declared twice`);
  const known = new Set(readers.map((r) => r.name));
  for (const consumer of manifest.streamConsumers) {
    if (!known.has(consumer.reader)) problems.push(`stream consumer "${consumer.name}" names an unknown reader "${consumer.reader}"`);
  }
  const settings = readers.map((reader): StreamReaderSettings => {
    const members = manifest.streamConsumers.filter((consumer) => consumer.reader === reader.name);
    if (!members.length) problems.push(`stream reader "${reader.name}" has no consumers`);
    const timeoutSeconds = members.reduce((sum, member) => sum + (member.timeoutSeconds ?? DEFAULT_STREAM_TIMEOUT_SECONDS), 0);
    if (timeoutSeconds > MAX_TIMEOUT_SECONDS) problems.push(`stream reader "${reader.name}": its members' timeouts add up to ${timeoutSeconds} s, over Lambda's ${MAX_TIMEOUT_SECONDS} s`);
    const memory = members.map((member) => member.memoryMb).filter((mb): mb is number => mb !== undefined);
    const layers = [...new Set(members.flatMap((member) => member.nativeLayers ?? []))];
    return {
      name: reader.name,
      handler: reader.handler,
      description: reader.description,
      members,
      filters: combinedFilters(members.map((member) => member.filters)),
      batchSize: Math.max(...members.map((member) => member.batchSize), 1),
      maxRetries: Math.max(...members.map((member) => member.maxRetries), 0),
      timeoutSeconds,
      grants: [...new Set(members.flatMap((member) => member.grants))],
      ...(memory.length ? { memoryMb: Math.max(...memory) } : {}),
      ...(layers.length ? { nativeLayers: layers } : {}),
    };
  });
  if (problems.length) throw new Error(`Invalid stream wiring in the manifest:\n- ${problems.join('\n- ')}`);
  return settings;
}
