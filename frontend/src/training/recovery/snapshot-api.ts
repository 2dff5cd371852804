import { ApiError, type ApiClient } from '../../api/client';
import type { SessionSnapshot } from '../../api/types';
import type { SnapshotState } from '../live/live-position';

type Api = Pick<ApiClient, 'get' | 'put'>;

/**
 * PUT a session's recovery point guarded by the version last seen. On a 409 (another tab or
 * device saved meanwhile) it re-reads the latest recovery point and saves once more on top of its
 * version (or the version the 409 names, when the latest point is another session's). A 409
 * with neither (the session is finished) is thrown.
 */
export async function putSnapshot(api: Api, sessionId: string, state: SnapshotState, version: number | undefined): Promise<SessionSnapshot> {
  const path = `/training/sessions/${encodeURIComponent(sessionId)}/snapshot`;
  const put = (expectedVersion: number | undefined) => api.put<SessionSnapshot>(path, expectedVersion === undefined ? state : { ...state, expectedVersion });
  try {
    return await put(version);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 409) throw error;
    const latest = await api.get<SessionSnapshot | undefined>('/training/recovery');
    const named = error.extensions.currentVersion;
    const current = latest?.sessionId === sessionId ? latest.version : typeof named === 'number' ? named : undefined;
    if (current === undefined) throw error;
    return put(current);
  }
}
