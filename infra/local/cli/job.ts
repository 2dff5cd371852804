/** npm run job -- <name>: runs one scheduled job now against the running local stack. */
import { manifest } from '../../manifest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CloudEndpoints } from '../local-cloud';
import { localDir } from '../paths';
import { localFunctionEnvironment } from '../runtime/runtime';
import { runJob } from '../runtime/scheduler';
import type { PregenerationReport } from '../../../functions/illustrations/pregenerate-illustrations';
import { pregenerationDetail, watchPregeneration } from './pregeneration-progress';

const name = process.argv[2];
const entry = manifest.schedules.find((s) => s.name === name);
if (!entry) {
  console.error(`Usage: npm run job -- <name>; known jobs: ${manifest.schedules.map((s) => s.name).join(', ') || '(none yet)'}`);
  process.exit(2);
}
let cloud: CloudEndpoints;
try {
  cloud = JSON.parse(readFileSync(join(localDir(), 'cloud.json'), 'utf8')) as CloudEndpoints;
} catch {
  console.error('✗ No local stack found: run `npm start` first.');
  process.exit(1);
}
Object.assign(process.env, localFunctionEnvironment(cloud));
// The running stack's public API URL (the runtime sets it for its own handlers): the Polar webhook's and Oura subscriptions' target.
try {
  process.env.API_PUBLIC_URL ??= (JSON.parse(readFileSync(join(localDir(), 'endpoints.json'), 'utf8')) as { apiUrl: string }).apiUrl;
} catch {
  // No endpoints file: jobs that need the URL say so.
}
const started = performance.now();
try {
  if (entry.name === 'pregenerate-illustrations') {
    // Queues the generations, then follows the stack's worker with a progress bar (Ctrl-C stops watching; run again to resume).
    const report = (await runJob(entry, pregenerationDetail(process.argv.slice(3)))) as PregenerationReport;
    console.log(`${report.selected.length} exercises: ${report.ready} already illustrated, ${report.queued} queued now, ${report.inProgress} already in the queue`);
    const { ready, failed } = await watchPregeneration({ tableName: cloud.tableName, cursorSecret: cloud.cursorSecret }, report.selected);
    console.log(`${entry.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s: ${ready} illustrated, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  }
  const result = await runJob(entry);
  console.log(`${entry.name} done in ${(performance.now() - started).toFixed(0)} ms${result === undefined ? '' : `: ${JSON.stringify(result)}`}`);
} catch (error) {
  console.error(`✗ ${entry.name} failed: ${(error as Error).message}`);
  process.exit(1);
}
