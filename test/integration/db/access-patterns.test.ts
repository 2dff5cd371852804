import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../infra/paths';
import { deleteUserData, exportUserItems } from '../../../shared/db/entities/account';
import { getForgeDayView, listActivityHistory } from '../../../shared/db/entities/activity';
import { getAiUsage } from '../../../shared/db/entities/ai-usage';
import { devicesOfExternalUser, listDevices, listDueDevices } from '../../../shared/db/entities/device';
import { listForgeDays } from '../../../shared/db/entities/forge-day';
import { listGoals } from '../../../shared/db/entities/goal';
import { getIllustration, listMostUsedIllustrations } from '../../../shared/db/entities/illustration';
import { listIllustrationJobs } from '../../../shared/db/entities/illustration-job';
import { getWebhook } from '../../../shared/db/entities/provider-webhook';
import { getInsightCache } from '../../../shared/db/entities/insight-cache';
import { listLocations } from '../../../shared/db/entities/location';
import { listOpenItems } from '../../../shared/db/entities/open-items';
import { consumeOAuthState } from '../../../shared/db/entities/oauth-state';
import { getOrCreateProfile } from '../../../shared/db/entities/profile';
import { getProgressionCache } from '../../../shared/db/entities/progression-cache';
import { listRecords } from '../../../shared/db/entities/personal-record';
import { consume } from '../../../shared/db/entities/rate-limit';
import { getSessionEnrichment } from '../../../shared/db/entities/session-enrichment';
import { listSnapshotsOlderThan, latestSnapshot } from '../../../shared/db/entities/session-snapshot';
import { getSessionWearable } from '../../../shared/db/entities/session-wearable';
import { recentTrainingDays } from '../../../shared/db/entities/training-day';
import { createSession, enrichmentQueueDepth, enrichmentQueuePosition, getSession, listSessionHistory, listSessionSummaries } from '../../../shared/db/entities/training-session';
import { listWearableDays } from '../../../shared/db/entities/wearable-day';
import { listWorkoutsStartingBetween } from '../../../shared/db/entities/wearable-workout';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { draftSession } from '../../support/sessions';

/**
 * Every access pattern listed in docs/data-model.md, run against DynamoDB Local while recording
 * the commands the document client sends: reads use GetItem/Query (never Scan).
 */
const ctx = repositoryTableContext;
const userId = uniqueUserId();
const session = draftSession(userId);
const swallow = (promise: Promise<unknown>) => promise.catch(() => undefined);

const probes: Record<number, () => Promise<unknown>> = {
  1: () => getOrCreateProfile(ctx().tableName, userId),
  2: () => getSession(ctx(), userId, session.id),
  3: () => listSessionSummaries(ctx(), userId, { fromDay: '2026-01-01', toDay: '2099-12-31', coach: 'force', limit: 20 }),
  4: () => listOpenItems(ctx(), userId),
  5: () => recentTrainingDays(ctx(), userId, '2026-11-22'),
  6: () => listRecords(ctx(), userId),
  7: async () => {
    await listGoals(ctx(), userId, { limit: 50 });
    await listLocations(ctx(), userId, { limit: 50 });
  },
  8: () => latestSnapshot(ctx(), userId),
  9: async () => {
    await getSession(ctx(), userId, session.id);
    await enrichmentQueuePosition(ctx(), session);
  },
  10: () => getSessionWearable(ctx(), userId, session.id),
  11: async () => {
    await getInsightCache(ctx(), userId);
    await getProgressionCache(ctx(), userId, 'week');
  },
  12: () => listSessionHistory(ctx(), userId, { fromDay: '2026-08-24', toDay: '2026-11-22', limit: 100 }),
  13: () => getForgeDayView(ctx(), userId, '2026-11-22'),
  14: () => listActivityHistory(ctx(), userId, { fromDay: '2026-11-01', toDay: '2026-11-30', source: 'manual', limit: 20 }),
  15: () => listForgeDays(ctx(), userId, '2026-11-01', '2026-11-30'),
  16: () => import('../../../shared/db/entities/activity').then(({ getActivity }) => getActivity(ctx(), userId, 'nothing')),
  17: () => listDevices(ctx(), userId),
  18: () => swallow(consumeOAuthState(ctx(), `state-${userId}`, 'garmin')),
  19: () => getIllustration(ctx(), { exerciseId: 'back-squat', discipline: 'strength' }),
  20: () => exportUserItems(ctx(), userId),
  21: () => deleteUserData(ctx(), uniqueUserId()),
  22: async () => {
    await consume(ctx(), userId, 'insights-refresh', 1, 3600);
    await getAiUsage(ctx(), userId);
  },
  23: () => listSnapshotsOlderThan(ctx(), new Date('2000-01-01T00:00:00Z')),
  24: () => listDueDevices(ctx(), new Date('2000-01-01T00:00:00Z'), 10),
  25: () => listMostUsedIllustrations(ctx(), 5),
  26: () => enrichmentQueueDepth(ctx()),
  27: () => getSessionEnrichment(ctx(), userId, session.id),
  28: () => listWorkoutsStartingBetween(ctx(), userId, '2026-11-22T00:00:00Z', '2026-11-22T23:59:59Z'),
  29: () => listWearableDays(ctx(), userId, '2026-11-01', '2026-11-30'),
  30: () => listIllustrationJobs(ctx(), 'failed', 5),
  31: () => devicesOfExternalUser(ctx(), 'polar', '475'),
  32: () => getWebhook(ctx(), 'polar'),
};

/** Writes a pattern may need besides reads (conditional create, counters, consume-once, batch delete). */
const ALLOWED = new Set(['GetItem', 'Query', 'BatchGetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem']);

function documentedPatterns(): number[] {
  const doc = readFileSync(join(repoRoot, 'docs', 'data-model.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Access patterns'));
  return [...section.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
}

describe('every documented access pattern', () => {
  it('has a probe here', () => {
    const documented = documentedPatterns();
    expect(documented.length).toBeGreaterThanOrEqual(30);
    expect(documented.filter((n) => !probes[n])).toEqual([]);
  });

  it.each(documentedPatterns())('pattern #%i uses GetItem/Query, never Scan', async (n) => {
    if (n === 1) await createSession(ctx(), session);
    const commands = await commandsOf(probes[n]!);
    expect(commands.length).toBeGreaterThan(0);
    expect(commands).not.toContain('Scan');
    expect(commands.filter((c) => !ALLOWED.has(c))).toEqual([]);
    // #18 reads by consuming: one DeleteItem that returns the item.
    if (n !== 18) expect(commands.some((c) => c === 'GetItem' || c === 'Query' || c === 'BatchGetItem')).toBe(true);
  });
});
