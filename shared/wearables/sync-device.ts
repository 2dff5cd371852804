import type { TableContext } from '../db/context';
import { lookupKeys, markDeviceReauthRequired, rescheduleDevicePoll } from '../db/entities/device';
import { blockProvider, providerBudgetCharger } from '../db/entities/provider-budget';
import { getProfileCached } from '../db/entities/profile';
import { localDay } from '../domain/time/zoned';
import type { Device, TokenCipher } from '../domain/wearables/device';
import { ProviderAuthError, ProviderRateLimitedError, type ChargeRequest, type WearableProvider } from '../domain/wearables/provider';
import { withAccessToken } from './access-token';
import { ingestDay, ingestWorkout, type IngestProfile } from './ingest';
import { POLL_INTERVAL_MS } from './poll-interval';
import { nextPollDelay } from './push';

export { POLL_INTERVAL_MS } from './poll-interval';
/** First sync: this much history (Polar keeps 30 days of exercises). */
export const FIRST_SYNC_HISTORY_MS = 30 * 86_400_000;
/** Providers upload late (a watch synced hours after the run): each poll looks this far behind its cursor. */
export const CURSOR_LOOKBACK_MS = 2 * 86_400_000;

export interface SyncReport {
  provider: string;
  outcome: 'synced' | 'reauth_required' | 'rate_limited' | 'failed';
  workouts: { linked: number; activities: number; unchanged: number };
  days: number;
  /** Provider requests this sync made. */
  requests: number;
  retryAfterSeconds?: number;
  error?: string;
}

/** The window a poll fetches: from the device's cursor (its last successful sync) minus the lookback, to now. */
export function syncWindow(device: Pick<Device, 'lastSyncAt'>, now: Date): { from: Date; to: Date } {
  const from = device.lastSyncAt ? Date.parse(device.lastSyncAt) - CURSOR_LOOKBACK_MS : now.getTime() - FIRST_SYNC_HISTORY_MS;
  return { from: new Date(Math.max(from, now.getTime() - FIRST_SYNC_HISTORY_MS)), to: now };
}

/**
 * One device's sync: workouts (with HR samples) and daily data since its cursor, each workout
 * through ingestWorkout (matching), within the provider's shared budget. Afterwards the device
 * is rescheduled with the new cursor: in 15 minutes, or in 24 hours when its provider pushes
 * notifications (reconciliation) — but due at once when a notification came during the sync; at
 * the Retry-After when rate limited (the cursor stays, so nothing is skipped); never again when
 * the provider refused its tokens.
 */
export async function syncDevice(ctx: TableContext, deps: { cipher: TokenCipher; provider: WearableProvider; now?: Date }, device: Device): Promise<SyncReport> {
  const now = deps.now ?? new Date();
  const { provider } = deps;
  let requests = 0;
  const budgeted = providerBudgetCharger(ctx, provider.id, provider.budget, { userId: device.userId });
  const charge: ChargeRequest = Object.assign(
    async () => {
      await budgeted();
      requests += 1;
    },
    { observeLimits: budgeted.observeLimits },
  );
  const report: SyncReport = { provider: provider.id, outcome: 'synced', workouts: { linked: 0, activities: 0, unchanged: 0 }, days: 0, requests: 0 };
  const tokenDeps = { ctx, cipher: deps.cipher, provider, charge };
  try {
    const profile = await getProfileCached(ctx.tableName, device.userId);
    const ingestProfile: IngestProfile = { maxHeartRate: profile.maxHeartRate, birthYear: profile.birthYear, timeZone: profile.timeZone };
    const range = syncWindow(device, now);
    const workouts = await withAccessToken(tokenDeps, device.userId, (token) => provider.fetchWorkouts(token, range, charge));
    let latest: { score: number; at: string } | undefined;
    for (const workout of workouts) {
      const result = await ingestWorkout(ctx, { userId: device.userId, provider: provider.id, workout, profile: ingestProfile, now });
      if (result.outcome === 'ignored') report.workouts.unchanged += 1;
      else {
        report.workouts[result.outcome === 'linked' ? 'linked' : 'activities'] += 1;
        const { effortScore, endAt } = result.workout;
        if (effortScore !== null && (!latest || endAt > latest.at)) latest = { score: effortScore, at: endAt };
      }
    }
    const days = await withAccessToken(tokenDeps, device.userId, (token) =>
      provider.fetchDays(token, { fromDay: localDay(range.from, profile.timeZone), toDay: localDay(now, profile.timeZone) }, charge),
    );
    for (const day of days) if ((await ingestDay(ctx, { userId: device.userId, provider: provider.id, day, now })) === 'written') report.days += 1;
    const synced = { userId: device.userId, provider: provider.id, lastSyncAt: now, lastError: null, latestEffort: latest, lookup: lookupKeys(device), now };
    const delay = await nextPollDelay(ctx, provider, device);
    if (!(await rescheduleDevicePoll(ctx, { ...synced, nextPollAt: new Date(now.getTime() + delay), unlessNotifiedSince: now }))) {
      // Notified while syncing (or gone: then this changes nothing either): due again at once.
      await rescheduleDevicePoll(ctx, { ...synced, nextPollAt: now });
    }
  } catch (error) {
    if (error instanceof ProviderAuthError) {
      await markDeviceReauthRequired(ctx, device.userId, provider.id, 'The provider refused our access; connect it again.', now);
      Object.assign(report, { outcome: 'reauth_required', error: error.message });
    } else if (error instanceof ProviderRateLimitedError) {
      if (error.origin === 'provider') await blockProvider(ctx, provider.id, provider.budget, { userId: device.userId }, error.retryAfterSeconds, now);
      await rescheduleDevicePoll(ctx, { userId: device.userId, provider: provider.id, nextPollAt: new Date(now.getTime() + error.retryAfterSeconds * 1000), now });
      Object.assign(report, { outcome: 'rate_limited', retryAfterSeconds: error.retryAfterSeconds, error: error.message });
    } else {
      const message = (error as Error).message.slice(0, 300);
      await rescheduleDevicePoll(ctx, { userId: device.userId, provider: provider.id, nextPollAt: new Date(now.getTime() + POLL_INTERVAL_MS), lastError: `Sync failed: ${message}`, now });
      Object.assign(report, { outcome: 'failed', error: message });
    }
  }
  report.requests = requests;
  return report;
}
