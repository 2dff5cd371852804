/** npm run job -- <name>: runs one scheduled job now against the running local stack. */
import { manifest } from '../../manifest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CloudEndpoints } from '../local-cloud';
import { localDir } from '../paths';
import { localFunctionEnvironment } from '../runtime/runtime';
import { runJob } from '../runtime/scheduler';

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
const started = performance.now();
try {
  const result = await runJob(entry);
  console.log(`${entry.name} done in ${(performance.now() - started).toFixed(0)} ms${result === undefined ? '' : `: ${JSON.stringify(result)}`}`);
} catch (error) {
  console.error(`✗ ${entry.name} failed: ${(error as Error).message}`);
  process.exit(1);
}
