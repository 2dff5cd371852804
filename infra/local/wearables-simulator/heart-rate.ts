import { uniformRandom } from '../../../shared/domain/rng';

/** Realistic generated heart rate for the simulator: warm-up, work with intervals, cool-down, sensor noise. */

export const seedOf = (text: string): number => [...text].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16_777_619) >>> 0, 2_166_136_261);

const TARGET_BY_SPORT: Record<string, { work: number; swing: number; periodSec: number }> = {
  running: { work: 158, swing: 10, periodSec: 240 },
  cycling: { work: 145, swing: 12, periodSec: 300 },
  strength: { work: 122, swing: 18, periodSec: 150 },
  rowing: { work: 152, swing: 10, periodSec: 240 },
  swimming: { work: 140, swing: 10, periodSec: 200 },
};

/**
 * One reading per `stepSec` over `durationSec`: a 10 % warm-up from resting, work around the
 * sport's level with interval swings and a slow drift up (cardiac drift), a 10 % cool-down, ±2 bpm
 * noise, and, like real straps, a rare dropout (no reading) and a rarer spike artefact.
 */
export function generateHeartRate(args: { sport: string; durationSec: number; stepSec: number; seed: number; restingHr?: number }): Array<number | null> {
  const rand = uniformRandom(args.seed);
  const target = TARGET_BY_SPORT[args.sport] ?? { work: 135, swing: 12, periodSec: 240 };
  const resting = args.restingHr ?? 62;
  const warm = args.durationSec * 0.1;
  const cool = args.durationSec * 0.9;
  const readings: Array<number | null> = [];
  let walk = 0;
  for (let t = 0; t < args.durationSec; t += args.stepSec) {
    walk = Math.max(-6, Math.min(6, walk + (rand() - 0.5) * 0.8));
    const drift = (t / args.durationSec) * 6;
    const work = target.work + target.swing * Math.sin((2 * Math.PI * t) / target.periodSec) + drift + walk;
    let bpm: number;
    if (t < warm) bpm = resting + 30 + (work - resting - 30) * (t / warm);
    else if (t > cool) bpm = work - (work - resting - 25) * ((t - cool) / (args.durationSec - cool));
    else bpm = work;
    bpm += (rand() - 0.5) * 4;
    const roll = rand();
    if (roll < 0.004) readings.push(null);
    else if (roll > 0.9995) readings.push(Math.round(bpm + 55));
    else readings.push(Math.round(bpm));
  }
  return readings;
}
