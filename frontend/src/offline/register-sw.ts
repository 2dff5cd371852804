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
  // What this page read before the worker took over did not pass through it: read /config.json again.
  onFirstControl(() => void fetch('/config.json', { cache: 'no-store' }).catch(() => undefined));
}

/**
 * Runs `callback` when a service worker first takes control of this page (first visit: it
 * installs, then claims the page), e.g. to read again, through it, what the reload must find offline.
 */
export function onFirstControl(callback: () => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || navigator.serviceWorker.controller) return;
  navigator.serviceWorker.addEventListener('controllerchange', callback, { once: true });
}
