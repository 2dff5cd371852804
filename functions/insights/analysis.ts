import type { TableContext } from '../../shared/db/context';
import { getProfileCached } from '../../shared/db/entities/profile';
import { listSessionHistory } from '../../shared/db/entities/training-session';
import type { AnalysisFacts } from '../../shared/domain/insights/content';
import { getExercise } from '../../shared/domain/catalog';
import { computeTrainingMetrics, insightSessionOf, READ_WINDOW_DAYS, type ExerciseLookup, type InsightSession, type TrainingMetrics } from '../../shared/domain/insights/metrics';
import type { Profile } from '../../shared/domain/profile/profile';
import { addDays } from '../../shared/domain/science/days';
import { localDay } from '../../shared/domain/time/zoned';

/** Pages of 100 completed sessions read at most (600 sessions in 25 weeks is plenty). */
const MAX_PAGES = 6;

export interface AnalysisInput {
  profile: Profile;
  today: string;
  sessions: InsightSession[];
}

/**
 * Tier 3 only: the profile and the completed sessions of the last 25 weeks (newest first, one
 * Query page per 100 sessions). The window is taken from the UTC day so both reads run at once.
 */
export async function loadAnalysisInput(ctx: TableContext, userId: string, email: string | undefined, now: Date): Promise<AnalysisInput> {
  const utcDay = now.toISOString().slice(0, 10);
  const read = async () => {
    const sessions: InsightSession[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await listSessionHistory(ctx, userId, { fromDay: addDays(utcDay, -READ_WINDOW_DAYS), toDay: addDays(utcDay, 1), status: 'completed', limit: 100, cursor });
      for (const session of result.items) {
        const reduced = insightSessionOf(session);
        if (reduced) sessions.push(reduced);
      }
      cursor = result.nextCursor;
      if (!cursor) break;
    }
    return sessions;
  };
  const [profile, sessions] = await Promise.all([getProfileCached(ctx.tableName, userId, email), read()]);
  return { profile, today: localDay(now, profile.timeZone), sessions };
}

/** The catalog's movement pattern and discipline of an exercise (bundles read the catalog as data, infra/bundling.ts). */
export const catalogLookup: ExerciseLookup = (id) => {
  const exercise = getExercise(id);
  return exercise ? { pattern: exercise.movementPattern, discipline: exercise.discipline } : null;
};

export const exerciseNames = (locale: 'en' | 'fr') => (id: string) => getExercise(id)?.name[locale] ?? id;

export function metricsFor(input: AnalysisInput, windowDays: number): TrainingMetrics {
  return computeTrainingMetrics({ sessions: input.sessions, today: input.today, windowDays, lookup: catalogLookup });
}

/** The numbers kept with the content (charts and load on a cache hit). */
export function factsOf(metrics: TrainingMetrics): AnalysisFacts {
  const { acwr, monotony, fitness } = metrics.load;
  return {
    windowDays: metrics.windowDays,
    today: metrics.today,
    weeks: metrics.weeks,
    disciplines: metrics.disciplines,
    load: {
      acwr: acwr.ratio,
      acwrFlag: acwr.flag,
      acuteLoad: acwr.acuteLoad,
      chronicWeeklyLoad: acwr.chronicWeeklyLoad,
      monotony: monotony.monotony,
      strain: monotony.strain,
      ctl: fitness.ctl,
      atl: fitness.atl,
      tsb: fitness.tsb,
    },
    balance: metrics.balance,
  };
}
