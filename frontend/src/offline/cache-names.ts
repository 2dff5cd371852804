/**
 * The service worker's runtime caches, as frontend/vite.config.ts names them (test/unit/frontend/
 * offline-outbox.test.ts keeps both equal); the API one holds a user's answers and is emptied when
 * the user changes.
 */
export const cacheNames = { api: 'twinforge-api', config: 'twinforge-config' } as const;
