/**
 * Registers the service worker of the production build (frontend/pwa.config.ts) once the page has
 * loaded, so precaching never competes with the first screen. The dev server has none
 * (docs/web.md "Offline").
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => console.warn('The offline mode is unavailable: the service worker did not register.', error));
  });
}
