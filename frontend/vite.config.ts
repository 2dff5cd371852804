import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwa } from './pwa.config';

/**
 * The web SPA. `npm run build:web` writes frontend/dist (deployed by the CDK Web stack, which adds
 * /config.json) with its service worker (sw.js) and web manifest; `npm start` serves it with
 * Vite's dev server (infra/local/web-server.ts), where the service worker is off (docs/web.md "Offline").
 */
export default defineConfig({
  plugins: [react(), VitePWA(pwa)],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  // Pre-bundle every dependency up front: no "new dependency found, reloading" mid-session.
  optimizeDeps: { include: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client', '@tanstack/react-query', 'uplot', 'idb-keyval'] },
});
