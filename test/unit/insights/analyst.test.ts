import { describe, expect, it } from 'vitest';
import { analyseInsights, analyseProgression, starterInsights } from '../../../shared/domain/insights/analyst';
import { insightsContentSchema, progressionContentSchema } from '../../../shared/domain/insights/content';
import { computeTrainingMetrics } from '../../../shared/domain/insights/metrics';
import { daysBack, lift, lookup, names } from './support';

const today = '2026-03-18';
/** 10 weeks of push-heavy training with a squat that stopped progressing. */
function pushHeavyAthlete() {
  const days = daysBack(today, 24, 3);
  const squat = [100, 102.5, 105, 107.5, 110, 110, 110, 107.5, 107.5, 105, 105, 105, 105, 105, 105, 105, 105, 105, 105, 105, 105, 105, 105, 105];
  return days.map((day, i) => lift(day, [['bench', 4, 8, 70 + i], ['ohp', 3, 8, 40 + i], ['row', 1, 10, 60 + i], ['squat', 3, 5, squat[i]!]], i > 18 ? 8.5 : 7));
}

describe('offline analyst: Conseils', () => {
  const metrics = computeTrainingMetrics({ sessions: pushHeavyAthlete(), today, windowDays: 90, lookup });

  it('writes content that passes the schema, with the athlete’s own numbers', () => {
    const content = analyseInsights(metrics, 'en', names);
    expect(insightsContentSchema.parse(content)).toEqual(content);
    expect(content.summary).toContain('24 sessions');
    expect(content.progressionTrends.consistency.percentage).toBe(metrics.trends.consistency.percentage);
    expect(content.progressionTrends.intensity.avgRpe).toBe(metrics.trends.intensity.avgRpe);
    const pushPull = content.imbalances.find((i) => i.type === 'Push / pull')!;
    expect(pushPull.severity).toBe('high');
    expect(pushPull.description).toContain(`${metrics.balance.pushSets} pushing sets for ${metrics.balance.pullSets} pulling sets`);
    expect(content.weakPoints[0]).toMatchObject({ exercise: 'Back squat' });
    expect(content.weakPoints[0]!.issue).toMatch(/not beaten in \d+ sessions/);
    expect(content.recommendations.length).toBeGreaterThanOrEqual(3);
    expect(content.recommendations.some((r) => r.title === 'Pull as much as you push')).toBe(true);
    expect(new Set(content.recommendations.map((r) => r.id)).size).toBe(content.recommendations.length);
    expect(content.nextWeekFocus.focusAreas).toContain('Pulling (back)');
    expect(content.nextWeekFocus.suggestedSessions + content.nextWeekFocus.restDaysRecommended).toBeLessThanOrEqual(7);
  });

  it('writes French in French', () => {
    const content = analyseInsights(metrics, 'fr', (id) => ({ squat: 'Squat arrière' })[id] ?? id);
    expect(insightsContentSchema.parse(content)).toEqual(content);
    expect(content.summary).toMatch(/^24 séances en 13 semaines/);
    expect(content.imbalances[0]!.type).toBe('Poussée / tirage');
    expect(content.recommendations.find((r) => r.category === 'balance')!.title).toBe('Tirez autant que vous poussez');
    expect(content.weakPoints[0]!.exercise).toBe('Squat arrière');
    expect(content.summary).not.toMatch(/\b(sessions|week|lifted)\b/);
  });

  it('different athletes get different advice (not generic text)', () => {
    const balanced = daysBack(today, 12, 7).map((day) => lift(day, [['bench', 3, 5, 80], ['row', 3, 8, 60], ['squat', 3, 5, 100], ['deadlift', 3, 5, 120]]));
    const other = analyseInsights(computeTrainingMetrics({ sessions: balanced, today, windowDays: 90, lookup }), 'en', names);
    const first = analyseInsights(metrics, 'en', names);
    expect(other.summary).not.toBe(first.summary);
    expect(other.imbalances.find((i) => i.type === 'Push / pull')).toBeUndefined();
  });

  it('no session: the starter message (scenario C)', () => {
    const empty = computeTrainingMetrics({ sessions: [], today, windowDays: 90, lookup });
    expect(analyseInsights(empty, 'en', names)).toEqual(starterInsights('en'));
    expect(starterInsights('en').summary).toMatch(/No completed training session/);
    expect(starterInsights('fr').summary).toMatch(/Aucune séance/);
  });
});

describe('offline analyst: Progression', () => {
  it('exactly two paragraphs and three recommendations, for each period, in both languages', () => {
    for (const weeks of [4, 12, 24]) {
      for (const locale of ['en', 'fr'] as const) {
        const metrics = computeTrainingMetrics({ sessions: pushHeavyAthlete(), today, windowDays: weeks * 7, lookup });
        const content = analyseProgression(metrics, weeks, locale, names);
        expect(progressionContentSchema.parse(content)).toEqual(content);
        expect(content.recommendations).toHaveLength(3);
        expect(content.paragraph1).toContain(String(metrics.sessionsAnalyzed));
      }
    }
    const m = computeTrainingMetrics({ sessions: pushHeavyAthlete(), today, windowDays: 28, lookup });
    expect(analyseProgression(m, 4, 'en', names).paragraph1).toMatch(/^Over the last 4 weeks: \d+ sessions/);
    expect(analyseProgression(m, 4, 'fr', names).paragraph1).toMatch(/^Sur les 4 dernières semaines : \d+ séances/);
  });

  it('no session in the period: a starter analysis, still 2 + 3', () => {
    const empty = computeTrainingMetrics({ sessions: [], today, windowDays: 28, lookup });
    const content = analyseProgression(empty, 4, 'en', names);
    expect(progressionContentSchema.parse(content).recommendations).toHaveLength(3);
    expect(content.paragraph1).toMatch(/No completed session over the last 4 weeks/);
  });
});
