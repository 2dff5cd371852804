/**
 * The local runtime process (run by `npm start` under `tsx watch`, so handler edits restart only
 * this process, never the emulators). Reads the cloud's endpoints from TWINFORGE_CLOUD_FILE.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifest } from '../manifest';
import type { CloudEndpoints } from './local-cloud';
import { localDir } from './paths';
import { startRuntime } from './runtime/runtime';

const cloud = JSON.parse(readFileSync(process.env.TWINFORGE_CLOUD_FILE ?? join(localDir(), 'cloud.json'), 'utf8')) as CloudEndpoints;
const quiet = process.env.TWINFORGE_QUIET === '1';

const runtime = await startRuntime({
  manifest,
  endpoints: cloud,
  apiPort: Number(process.env.TWINFORGE_API_PORT ?? 3000),
  checkpointFile: join(localDir(), 'stream-checkpoints.json'),
  log: (line) => {
    if (!quiet || line.startsWith('✗')) console.log(line);
  },
});
console.log(`runtime ready: ${manifest.routes.length} routes, ${manifest.streamConsumers.length} stream consumers in ${manifest.streamReaders.length} readers, ${manifest.queues.length} queues, ${manifest.schedules.length} schedules`);

const shutdown = async () => {
  await runtime.stop();
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
