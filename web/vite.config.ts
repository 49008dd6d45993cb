import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The local platform (`pnpm start` / `pnpm dev`) serves the API; Vite proxies to it in development. */
const platformUrl = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/trpc': platformUrl,
      '/health': platformUrl,
      '/dev': platformUrl,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
