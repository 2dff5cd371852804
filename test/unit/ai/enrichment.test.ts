import { describe, expect, it } from 'vitest';
import { coaches, getExercise, type Coach } from '../../../shared/domain/catalog';
import type { CoachContext } from '../../../shared/domain/coaches/context';
import { loadAllCoaching } from '../../../shared/domain/catalog/coaching/load';
import { generateOfflineEnrichment } from '../../../shared/domain/coaches/enrichment';
import { offlineCoach } from '../../../shared/domain/coaches/offline';
import type { Prescription } from '../../../shared/domain/coaches/prescription';
import { sessionEnrichmentSchema } from '../../../shared/domain/training/enrichment';
import { context, FULL_GYM, HOME } from '../coaches/fixtures';

const now = new Date('2026-03-10T08:00:00.000Z');
const coaching = await loadAllCoaching();
const ANALYSIS_FIELDS: Record<Coach, [string, string]> = {
  force: ['volumeAnalysis', 'intensityDistribution'],
  endurance: ['zoneDistribution', 'tssBreakdown'],
  functional: ['modalBalance', 'scalingGuidance'],
  calisthenics: ['skillProgressionPath', 'pushPullRatio'],
  competitions: ['stationTiming', 'transitionStrategy'],
};
const spread: Partial<CoachContext>[] = [
  { equipment: [], durationMin: 20, level: 'beginner', energy: 1 },
  { equipment: FULL_GYM, durationMin: 90, level: 'advanced', energy: 5 },
  { equipment: HOME, durationMin: 45, locale: 'fr' },
];
const enrich = (prescription: Prescription, locale: 'en' | 'fr' = 'en') =>
  generateOfflineEnrichment({ userId: 'user-1', sessionId: 'S1', prescription, locale, now, coaching });

describe.each(coaches.map((c) => [c]))('offline enrichment, %s coach', (coach: Coach) => {
  it.each(spread.map((overrides, i) => [i, overrides]))('context %i: valid content for every exercise and the coach analysis', (_i, overrides) => {
    const ctx = context(coach, overrides);
    const prescription = offlineCoach(ctx);
    const enrichment = enrich(prescription, ctx.locale ?? 'en');
    expect(sessionEnrichmentSchema.safeParse(enrichment).success).toBe(true);
    const flat = prescription.blocks.flatMap((b) => b.exercises);
    expect(enrichment.exercises.map((e) => e.exerciseId)).toEqual(flat.map((e) => e.exerciseId));
    expect(enrichment.exercises.map((e) => e.exerciseIndex)).toEqual(flat.map((_, i) => i));
    for (const e of enrichment.exercises) {
      expect(e.coachingCues.length).toBeGreaterThanOrEqual(3);
      expect(e.commonMistakes.length).toBeGreaterThanOrEqual(3);
    }
    expect(enrichment.coachAnalysis.coach).toBe(coach);
    for (const field of ANALYSIS_FIELDS[coach]) expect((enrichment.coachAnalysis as Record<string, string>)[field]!.length).toBeGreaterThan(40);
    expect(enrichment).toMatchObject({ provider: 'offline', model: null, tokenUsage: null, generatedAt: now.toISOString() });
  });

  it('is deterministic', () => {
    const prescription = offlineCoach(context(coach));
    expect(enrich(prescription)).toEqual(enrich(prescription));
  });
});

describe('offline enrichment content', () => {
  const single = (exerciseId: string, sets: Prescription['blocks'][number]['exercises'][number]['sets']): Prescription => ({
    ...offlineCoach(context('calisthenics')),
    blocks: [{ name: 'Main', kind: 'main', format: 'straight', rounds: 3, timeCapMin: null, exercises: [{ exerciseId, name: getExercise(exerciseId)!.name.en, sets, notes: null, scaling: null }] }],
  });
  const set = { type: 'working' as const, reps: 8, loadKg: null, durationSec: null, distanceM: null, calories: null, targetRpe: 8, targetRir: null, targetHrZone: null, targetPaceSecPerKm: null, restSec: 90 };

  it('progressions follow the catalog chains (push-up: knee push-up ← → diamond push-up)', () => {
    const [content] = enrich(single('push-up', [set])).exercises;
    expect(content!.progressions.easier).toMatch(/^Knee push-up/);
    expect(content!.progressions.harder).toMatch(/^Diamond push-up/);
    expect(content!.progressions.variation.length).toBeGreaterThan(10);
    expect(content!.coachingCues).toContain('Aim for RPE 8: about 2 reps left in the tank.');
    expect(content!.technicalBreakdown.execution).toContain('Today: 8 reps; rest 1:30 between sets.');
  });

  it('writes French when the athlete reads French', () => {
    const [content] = enrich(single('pull-up', [set]), 'fr').exercises;
    expect(content!.progressions.easier).toMatch(/^Traction assistée|élastique|étape précédente/i);
    expect(content!.technicalBreakdown.breathing).toMatch(/expirez/i);
  });

  it('calisthenics analysis counts pushing and pulling sets', () => {
    const prescription = single('push-up', [set, set]);
    const analysis = enrich({ ...prescription, coachFields: { coach: 'calisthenics', skillFocus: 'Push-up', progressionLevels: [], pushSets: 0, pullSets: 0, pushPullRatio: null } }).coachAnalysis;
    expect(analysis).toMatchObject({ coach: 'calisthenics' });
    if (analysis.coach !== 'calisthenics') throw new Error('unexpected coach');
    expect(analysis.pushPullRatio).toMatch(/^6 pushing sets, 0 pulling sets/);
    expect(analysis.skillProgressionPath).toMatch(/Push-up: step 4\/7 \(Push-up\) → next: Diamond push-up/);
  });
});
