import { ApiError } from '../../api/client';
import { unwrap, unwrapOrNull, type Http } from '../../api/typed-client';
import type { SessionSnapshot } from '../../api/types';
import type { SnapshotState } from '../live/live-position';

/** GET /training/recovery: the latest recovery point under 24 h, or null (the API answers 204). */
export const getRecovery = (http: Http): Promise<SessionSnapshot | null> => unwrapOrNull(http.GET('/training/recovery'));

/**
 * PUT a session's recovery point guarded by the version last seen. On a 409 (another tab or
 * device saved meanwhile) it re-reads the latest recovery point and saves once more on top of its
 * version (or the version the 409 names, when the latest point is another session's). A 409
 * with neither (the session is finished) is thrown.
 */
export async function putSnapshot(http: Http, sessionId: string, state: SnapshotState, version: number | undefined): Promise<SessionSnapshot> {
  const put = (expectedVersion: number | undefined) =>
    unwrap(http.PUT('/training/sessions/{id}/snapshot', { params: { path: { id: sessionId } }, body: expectedVersion === undefined ? state : { ...state, expectedVersion } }));
  try {
    return await put(version);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 409) throw error;
    const latest = await getRecovery(http);
    const named = error.extensions.currentVersion;
    const current = latest?.sessionId === sessionId ? latest.version : typeof named === 'number' ? named : undefined;
    if (current === undefined) throw error;
    return put(current);
  }
}
