import { getProfileCached } from '../../shared/db/entities/profile';
import type { Caller } from '../../shared/http/caller';
import { localDay } from '../../shared/domain/time/zoned';

/**
 * The caller's time zone and today's local day there. The profile is served from this
 * container's memory (5 min), so a Forge read stays at one table request.
 */
export async function callerToday(tableName: string, caller: Caller, now = new Date()): Promise<{ timeZone: string; today: string }> {
  const profile = await getProfileCached(tableName, caller.userId, caller.email);
  return { timeZone: profile.timeZone, today: localDay(now, profile.timeZone) };
}
