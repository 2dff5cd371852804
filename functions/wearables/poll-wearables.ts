import type { Context } from 'aws-lambda';
import { tableContextFromEnv } from '../../shared/db/context';
import { listDueDevices, rescheduleDevicePoll } from '../../shared/db/entities/device';
import type { Device } from '../../shared/domain/wearables/device';
import { connectableProviderSchema, DEVICES_IN_FLIGHT_PER_PROVIDER } from '../../shared/domain/wearables/provider';
import { logger } from '../../shared/logging/logger';
import { loadProviderCredentials, wearableProvider } from '../../shared/wearables/providers';
import { syncDevice, type SyncReport } from '../../shared/wearables/sync-device';
import { tokenCipherFromEnv } from '../../shared/wearables/token-cipher';

const ctx = tableContextFromEnv();
const cipher = tokenCipherFromEnv();

/** A claimed device is someone else's for this long (a crashed run's devices come back after it). */
const CLAIM_MS = 10 * 60_000;
/** Stop claiming this long before the Lambda's timeout. */
const SAFETY_MS = 30_000;

export interface PollSummary {
  devices: number;
  synced: number;
  rateLimited: number;
  reauthRequired: number;
  failed: number;
  workouts: number;
  requests: number;
  /** Providers whose budget ran out during this run (their other due devices wait for the next). */
  exhausted: string[];
}

/**
 * Every 15 minutes: walks the sparse poll index (connected devices by next poll instant, most
 * overdue first), claims each due device with a conditional write (so overlapping runs never poll
 * one twice) and syncs it from its cursor. Providers run side by side, up to
 * DEVICES_IN_FLIGHT_PER_PROVIDER devices of each at once. Once a provider with an app-wide budget
 * says wait (its 429, or our budget for it), its remaining devices stay due for the next run; with
 * a per-token budget only that device waits.
 */
export async function pollWearables(options: { now?: () => Date; deadline?: number } = {}): Promise<PollSummary> {
  const clock = options.now ?? (() => new Date());
  const deadline = options.deadline ?? Date.now() + 14 * 60_000;
  await loadProviderCredentials();
  const summary: PollSummary = { devices: 0, synced: 0, rateLimited: 0, reauthRequired: 0, failed: 0, workouts: 0, requests: 0, exhausted: [] };
  const seen = new Set<string>();
  const exhausted = new Set<string>();

  const count = (report: SyncReport, budgetScope: 'app' | 'token') => {
    summary.devices += 1;
    summary.requests += report.requests;
    summary.workouts += report.workouts.linked + report.workouts.activities;
    if (report.outcome === 'synced') summary.synced += 1;
    else if (report.outcome === 'rate_limited') {
      summary.rateLimited += 1;
      if (budgetScope === 'app') exhausted.add(report.provider);
    } else if (report.outcome === 'reauth_required') summary.reauthRequired += 1;
    else summary.failed += 1;
  };

  async function pollProvider(devices: Device[]) {
    const provider = wearableProvider(connectableProviderSchema.parse(devices[0]!.provider));
    if (!provider) return;
    let next = 0;
    const worker = async () => {
      while (next < devices.length) {
        if (exhausted.has(provider.id) || Date.now() > deadline - SAFETY_MS) return;
        const device = devices[next++]!;
        const now = clock();
        const claimed = await rescheduleDevicePoll(ctx, { userId: device.userId, provider: device.provider, nextPollAt: new Date(now.getTime() + CLAIM_MS), expectedNextPollAt: device.nextPollAt, now });
        if (!claimed) continue;
        count(await syncDevice(ctx, { cipher, provider, now }, device), provider.budget.scope);
      }
    };
    await Promise.all(Array.from({ length: Math.min(DEVICES_IN_FLIGHT_PER_PROVIDER, devices.length) }, worker));
  }

  for (;;) {
    const due = (await listDueDevices(ctx, clock(), 100)).filter((d) => !seen.has(`${d.userId}#${d.provider}`) && !exhausted.has(d.provider) && connectableProviderSchema.safeParse(d.provider).success);
    if (due.length === 0 || Date.now() > deadline - SAFETY_MS) break;
    for (const d of due) seen.add(`${d.userId}#${d.provider}`);
    const byProvider = Map.groupBy(due, (d) => d.provider);
    await Promise.all([...byProvider.values()].map(pollProvider));
  }
  summary.exhausted = [...exhausted];
  return summary;
}

export const handler = async (_event: unknown, context?: Context) => {
  const summary = await pollWearables({ deadline: context ? Date.now() + context.getRemainingTimeInMillis() : undefined });
  logger.info('wearables polled', { ...summary });
  return summary;
};
