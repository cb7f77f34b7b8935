import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `pnpm dev` serves the app with hot reload and forwards API calls to the API on port 3000.
export default defineConfig({
  plugins: [vue()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000', '/docs': 'http://127.0.0.1:3000' },
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
