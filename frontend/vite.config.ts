import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web SPA. `npm run build:web` writes frontend/dist (deployed by the CDK Web stack, which adds
 * /config.json); `npm start` serves it with Vite's dev server (infra/local/web-server.ts).
 */
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  // Pre-bundle every dependency up front: no "new dependency found, reloading" mid-session.
  optimizeDeps: { include: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom/client', '@tanstack/react-query', 'uplot'] },
});
