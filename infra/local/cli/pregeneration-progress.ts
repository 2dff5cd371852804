import { listLibrary } from '../../../shared/db/entities/illustration';
import { listIllustrationJobs } from '../../../shared/db/entities/illustration-job';
import type { TableContext } from '../../../shared/db/context';
import { refLabel, type IllustrationRef } from '../../../shared/domain/illustrations/illustration';

/** `--all` or `--count N` of `npm run job -- pregenerate-illustrations`, as the job's event detail. */
export function pregenerationDetail(args: string[]): Record<string, unknown> {
  if (args.includes('--all')) return { count: 'all' };
  const at = args.indexOf('--count');
  if (at !== -1) {
    const count = Number(args[at + 1]);
    if (!Number.isInteger(count) || count < 1) throw new Error('--count needs a whole number ≥ 1');
    return { count };
  }
  return {};
}

const BAR = 30;
const bar = (done: number, total: number) => {
  const filled = total === 0 ? BAR : Math.round((done / total) * BAR);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}]`;
};

/**
 * Follows the queued generations (the stack's worker makes them) until every selected exercise
 * is illustrated or failed, with a progress bar. Stopping it stops nothing but the watching:
 * the queue goes on, and running the job again resumes (what is ready is skipped).
 */
export async function watchPregeneration(ctx: TableContext, selected: IllustrationRef[], out: NodeJS.WriteStream = process.stdout): Promise<{ ready: number; failed: number }> {
  const wanted = new Set(selected.map(refLabel));
  let lastLine = '';
  for (;;) {
    const [library, failedJobs] = await Promise.all([listLibrary(ctx), listIllustrationJobs(ctx, 'failed', 1000)]);
    const ready = library.filter((entry) => wanted.has(refLabel(entry))).length;
    const failed = failedJobs.filter((job) => wanted.has(refLabel(job))).length;
    const line = `${bar(ready + failed, wanted.size)} ${ready}/${wanted.size} illustrated${failed ? `, ${failed} failed` : ''}`;
    if (out.isTTY) out.write(`\r${line}`);
    else if (line !== lastLine) out.write(`${line}\n`);
    lastLine = line;
    if (ready + failed >= wanted.size) {
      if (out.isTTY) out.write('\n');
      return { ready, failed };
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
