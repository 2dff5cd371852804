import { cacheNames } from './cache-names';

/**
 * Keeps the service worker's copy of an API read current from the page: the live session's GETs
 * are rarely fetched (the writes' answers fill the query cache), so after each write the newest
 * session (or recovery point) is stored under its GET's URL, as the reload offline will ask for
 * it. `null`: the read has nothing any more (a finished session's recovery point).
 */
export async function keepForOffline(apiUrl: string, path: string, value: unknown): Promise<void> {
  if (typeof caches === 'undefined') return;
  try {
    const cache = await caches.open(cacheNames.api);
    const url = `${apiUrl}${path}`;
    if (value === null) await cache.delete(url);
    else await cache.put(url, new Response(JSON.stringify(value), { status: 200, headers: { 'content-type': 'application/json' } }));
  } catch {
    // No Cache Storage here (private mode, quota): the app still works online, only the offline reload is lost.
  }
}

export const sessionPath = (id: string) => `/training/sessions/${encodeURIComponent(id)}`;
export const recoveryPath = '/training/recovery';
