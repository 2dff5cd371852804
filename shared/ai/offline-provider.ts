import type { CoachContext } from '../domain/coaches/context';
import { offlineCoach } from '../domain/coaches/offline';
import type { CoachProvider, CoachResult } from './coach-port';

/** The offline coach behind the port: deterministic, rule-based, from the catalog, no cost. */
export const offlineProvider: CoachProvider = {
  name: 'offline',
  async prescribe(context: CoachContext): Promise<CoachResult> {
    return { prescription: offlineCoach(context), provider: 'offline', model: null, usage: null, attempts: 1 };
  },
  estimateCostUsd: () => 0,
};
