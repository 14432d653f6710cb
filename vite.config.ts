import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client lives in client/ and builds to dist/client, which the Express server serves.
// In development `npm run dev:client` proxies /api to `npm run dev:server`.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // no source maps in the production build (the server would not serve them either)
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    host: '127.0.0.1',
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
});
