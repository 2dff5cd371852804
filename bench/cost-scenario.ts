import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CostInput, CostMeasurements } from './cost';

/**
 * `npm run bench -- --scenario cost`: only a session's writes (bench/lifecycle.ts) and the storage they
 * leave (bench/storage.ts) are measured again;
 * the reads, the simulated month of insights and the SPA bytes come from the newest full bench
 * result in bench/results, so a storage change is costed in a few minutes instead of a full run.
 */

interface StoredReport {
  at: string;
  cost?: { measurements?: CostMeasurements; input: CostInput };
}

const READ_ROUTES = ['GET /me', 'GET /training/today', 'GET /training/sessions', 'GET /training/records', 'GET /forge/day', 'GET /forge/activities', 'GET /forge/insights', 'GET /forge/progression', 'GET /illustrations'];
const INSIGHTS_ACTION = 'GET /training/insights + /progression';

/** The newest `bench-*.json` that has a cost part, or an error saying to run the full bench first. */
export function newestFullReport(resultsDir: string): { file: string; report: StoredReport } {
  const files = readdirSync(resultsDir).filter((name) => /^bench-.*\.json$/.test(name)).sort().reverse();
  for (const name of files) {
    const report = JSON.parse(readFileSync(join(resultsDir, name), 'utf8')) as StoredReport;
    if (report.cost) return { file: name, report };
  }
  throw new Error(`--scenario cost reuses the reads of a full run: no bench-*.json with a cost part in ${resultsDir} (run npm run bench first).`);
}

/**
 * The read side of the measurements of a stored run: as stored (runs from now on keep them), else
 * recovered from its cost input, where each measured read route is an action with its p50 and units.
 */
export function storedReadMeasurements(report: StoredReport, usage: { spaColdLoadsPerMonth: number; newIllustrationsPerMonth: number; illustrationBytes: number }): Omit<CostMeasurements, 'writes' | 'storage'> {
  const { measurements, input } = report.cost!;
  if (measurements) return { reads: measurements.reads, insights: measurements.insights, spaColdLoadBytes: measurements.spaColdLoadBytes };
  const byName = new Map(input.actions.map((a) => [a.name, a]));
  const reads = Object.fromEntries(
    READ_ROUTES.map((name) => {
      const a = byName.get(name);
      if (!a) throw new Error(`stored bench result has no cost action ${name}`);
      return [name, { p50Ms: a.lambdaMs, readUnits: a.readUnits, writeUnits: a.writeUnits }];
    }),
  );
  const insights = byName.get(INSIGHTS_ACTION);
  if (!insights) throw new Error(`stored bench result has no cost action ${INSIGHTS_ACTION}`);
  return {
    reads,
    insights: { requestsPerUser: insights.perUserMonth, readUnitsPerUser: insights.readUnits * insights.perUserMonth, writeUnitsPerUser: insights.writeUnits * insights.perUserMonth, meanMs: insights.lambdaMs },
    spaColdLoadBytes: (input.cdnBytesPerUser - usage.newIllustrationsPerMonth * usage.illustrationBytes) / usage.spaColdLoadsPerMonth,
  };
}
