import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `pnpm dev` serves the app with hot reload and forwards API calls to the API (port 3000 unless PLANPULS_API_URL says otherwise).
const api = process.env.PLANPULS_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [vue()],
  server: {
    port: 5173,
    proxy: { '/api': api, '/docs': api },
  },
  // The chart library is one lazily loaded chunk (only the goal detail fetches it); the initial route stays small.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 600 },
});
