/**
 * Offline coach timing: one prescription per context over a spread of contexts (5 coaches ×
 * equipment × duration × energy × level × locale × days, half of them with history), after a
 * warm-up. Run alone with `npx tsx bench/offline-coach.ts`; `npm run bench` includes it.
 */
import { pathToFileURL } from 'node:url';
import { coaches, equipment as allEquipment, levels, type Equipment } from '../shared/domain/catalog';
import { addDays } from '../shared/domain/science/days';
import type { CoachContext, HistoryEntry } from '../shared/domain/coaches/context';
import { loadAllCoaching } from '../shared/domain/catalog/coaching/load';
import { generateOfflineEnrichment } from '../shared/domain/coaches/enrichment';
import { offlineCoach } from '../shared/domain/coaches/offline';
import { round } from './load';

export const OFFLINE_COACH_TARGET_MS = 50;
/** Read once, as a warm Lambda holds it (the files are read at the first enrichment of a cold start). */
const coaching = await loadAllCoaching();

const EQUIPMENT: Equipment[][] = [
  [],
  ['dumbbell', 'kettlebell', 'band', 'pull-up-bar', 'jump-rope'],
  allEquipment.filter((e) => e !== 'none' && e !== 'pool'),
  ['pool'],
];
const DURATIONS = [10, 20, 45, 90, 180];

function history(day: string): HistoryEntry[] {
  const at = (offset: number) => `${addDays(day, -offset)}T18:00:00.000Z`;
  const sets = (load: number, reps: number, rpe: number) => Array.from({ length: 3 }, () => ({ reps, loadKg: load, durationSec: null, distanceM: null, rpe, rir: null }));
  return [
    { exerciseId: 'bench-press', performedAt: at(2), sets: sets(80, 5, 8) },
    { exerciseId: 'back-squat', performedAt: at(4), sets: sets(100, 5, 7.5) },
    { exerciseId: 'pull-up', performedAt: at(4), sets: sets(0, 8, 8) },
    { exerciseId: 'easy-run', performedAt: at(3), sets: [{ reps: null, loadKg: null, durationSec: 2_700, distanceM: 7_500, rpe: 4, rir: null }] },
  ];
}

export function benchContexts(count: number): CoachContext[] {
  const contexts: CoachContext[] = [];
  for (let i = 0; contexts.length < count; i++) {
    const date = addDays('2026-01-05', i % 28);
    contexts.push({
      coach: coaches[i % coaches.length]!,
      discipline: null,
      equipment: EQUIPMENT[Math.floor(i / 5) % EQUIPMENT.length]!,
      durationMin: DURATIONS[Math.floor(i / 3) % DURATIONS.length]!,
      energy: (i % 5) + 1,
      level: levels[Math.floor(i / 7) % levels.length]!,
      goals: i % 4 === 0 ? ['strength'] : i % 4 === 1 ? ['10k race'] : [],
      avoid: i % 6 === 0 ? ['knees'] : [],
      history: i % 2 === 0 ? history(date) : [],
      profile: { weightKg: 70 + (i % 20), sex: i % 2 ? 'female' : 'male', age: 25 + (i % 30), maxHeartRate: null },
      date,
      locale: i % 3 === 0 ? 'fr' : 'en',
    });
  }
  return contexts;
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { runs: sorted.length, p50Ms: round(at(0.5), 3), p99Ms: round(at(0.99), 3), maxMs: round(sorted.at(-1) ?? 0, 3), meanMs: round(sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1), 3) };
}

/** Times `offlineCoach` (and the inline enrichment of `mode: "full"`) per prescription. */
export function benchOfflineCoach(count = 2_000) {
  const contexts = benchContexts(count);
  for (const ctx of contexts.slice(0, 100)) offlineCoach(ctx); // warm-up (JIT, lazy catalog indexes)
  const coach: number[] = [];
  const enrichment: number[] = [];
  const now = new Date('2026-01-05T08:00:00.000Z');
  for (const ctx of contexts) {
    const started = performance.now();
    const prescription = offlineCoach(ctx);
    coach.push(performance.now() - started);
    const enrichStarted = performance.now();
    generateOfflineEnrichment({ userId: 'bench', sessionId: 'bench', prescription, locale: ctx.locale, now, coaching });
    enrichment.push(performance.now() - enrichStarted);
  }
  const prescription = percentiles(coach);
  return { targetMs: OFFLINE_COACH_TARGET_MS, prescription, withinTarget: prescription.p99Ms <= OFFLINE_COACH_TARGET_MS, enrichment: percentiles(enrichment) };
}

export function printOfflineCoach(result: ReturnType<typeof benchOfflineCoach>) {
  const { prescription: p, enrichment: e } = result;
  console.log(
    `\nOffline coach (${p.runs} contexts): p50 ${p.p50Ms} ms, p99 ${p.p99Ms} ms, max ${p.maxMs} ms per prescription (${result.withinTarget ? 'within' : 'OVER'} the ${result.targetMs} ms target)` +
      `\nOffline enrichment (mode "full"): p50 ${e.p50Ms} ms, p99 ${e.p99Ms} ms, max ${e.maxMs} ms per session`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printOfflineCoach(benchOfflineCoach());
