/**
 * Workout-file import cost on the worker's CPU: parse time of a 2-hour activity (1 s records) in
 * each format, and the HR analysis the import runs on it. Run alone with `npx tsx bench/wearables.ts`;
 * `npm run bench` includes it.
 */
import { pathToFileURL } from 'node:url';
import { workoutHeartRate } from '../shared/domain/wearables/session-wearable';
import { parseWorkoutFile, type WorkoutFileFormat } from '../shared/wearables/files';
import { FIT_SPORT, fitFile, generateTimeline, gpxFile, tcxFile } from '../test/fixtures/wearables/workout-files';
import { round } from './load';

const TWO_HOURS_SEC = 2 * 3600;

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { runs: sorted.length, p50Ms: round(at(0.5), 2), maxMs: round(sorted.at(-1) ?? 0, 2) };
}

async function time(run: () => Promise<unknown>, runs: number): Promise<number[]> {
  for (let i = 0; i < 3; i++) await run(); // warm-up (JIT)
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** A 2-hour run in FIT, TCX and GPX (the same timeline), each parsed `runs` times, then its HR analysed. */
export async function benchWearableFiles(runs = 15) {
  const points = generateTimeline({ start: new Date('2026-03-01T07:00:00Z'), durationSec: TWO_HOURS_SEC, seed: 11 });
  const files: Record<WorkoutFileFormat, Uint8Array> = {
    fit: fitFile(points, { sport: FIT_SPORT.running, calories: 1500 }),
    tcx: tcxFile(points, { sport: 'Running', calories: 1500, stepSec: 1 }),
    gpx: gpxFile(points, { name: 'Long run', type: 'running' }),
  };
  const parse: Record<string, { bytes: number; samples: number } & ReturnType<typeof percentiles>> = {};
  for (const [format, bytes] of Object.entries(files) as Array<[WorkoutFileFormat, Uint8Array]>) {
    const workout = await parseWorkoutFile(format, bytes);
    parse[format] = { bytes: bytes.byteLength, samples: workout.samples.length, ...percentiles(await time(() => parseWorkoutFile(format, bytes), runs)) };
  }
  const workout = await parseWorkoutFile('fit', files.fit);
  const analysis = percentiles(
    await time(async () => {
      workoutHeartRate({
        samples: workout.samples,
        window: { start: workout.startAt, end: workout.endAt },
        samplingIntervalSec: null,
        profile: { maxHeartRate: 190, restingHeartRate: 55, birthYear: 1990 },
        fallback: { avgHr: workout.avgHr, maxHr: workout.maxHr },
        now: new Date('2026-03-01T10:00:00Z'),
      });
    }, runs),
  );
  return { durationSec: TWO_HOURS_SEC, parse, analysis };
}

export function printWearableFiles(result: Awaited<ReturnType<typeof benchWearableFiles>>) {
  const { parse, analysis } = result;
  console.log(`\nWorkout files, a 2-hour run at 1 s (parse on this CPU; the HR analysis of the FIT samples: p50 ${analysis.p50Ms} ms, max ${analysis.maxMs} ms):`);
  console.table(Object.entries(parse).map(([format, r]) => ({ format, KB: round(r.bytes / 1024, 1), samples: r.samples, 'parse p50 ms': r.p50Ms, 'parse max ms': r.maxMs })));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printWearableFiles(await benchWearableFiles());
