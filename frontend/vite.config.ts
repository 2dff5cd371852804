import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The installable PWA (docs/web.md "Offline"): the web manifest, and a Workbox service worker that
 * precaches the app shell (every built file) and keeps the last answer of the API reads a live
 * session needs to reopen offline (any origin: the API's is only known at run time) and of
 * /config.json, served when the network fails or takes over 5 s. Writes never pass through it:
 * the outbox (src/offline/) queues them. main.tsx registers it, in production builds only. The
 * runtime caches' names are the app's too (src/offline/cache-names.ts; a unit test keeps them equal).
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  registerType: 'autoUpdate',
  injectRegister: false,
  manifest: {
    name: 'TwinForge',
    short_name: 'TwinForge',
    description: 'AI-coached training, from the plan to every logged set.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    theme_color: '#14213d',
    background_color: '#f6f7fb',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/config\.json$/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/config.json',
        handler: 'NetworkFirst',
        options: { cacheName: 'twinforge-config', networkTimeoutSeconds: 5 },
      },
      {
        // Workbox copies this function into sw.js on its own: everything it uses is inline.
        urlPattern: ({ url, request }) => request.method === 'GET' && /\/(me|exercises|openapi\.json|training\/(today|recovery|sessions\/[^/]+))$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: 'twinforge-api', networkTimeoutSeconds: 5, expiration: { maxEntries: 60, maxAgeSeconds: 7 * 24 * 3600 }, cacheableResponse: { statuses: [200] } },
      },
    ],
  },
  devOptions: { enabled: false },
};


/**
 * The web SPA. `npm run build:web` writes frontend/dist (deployed by the CDK Web stack, which adds
 * /config.json) with its service worker (sw.js) and web manifest; `npm start` serves it with
 * Vite's dev server (infra/local/web-server.ts), where the service worker is off (docs/web.md "Offline").
 */
export default defineConfig({
  plugins: [react(), VitePWA(pwaOptions)],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  // Pre-bundle every dependency up front: no "new dependency found, reloading" mid-session.
  optimizeDeps: { include: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client', '@tanstack/react-query', 'uplot', 'idb-keyval'] },
});
