/** The service worker's runtime caches (frontend/pwa.config.ts); the API one holds a user's answers and is emptied when the user changes. */
export const cacheNames = { api: 'twinforge-api', config: 'twinforge-config' } as const;
