import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The local platform (`pnpm start` / `pnpm dev`) serves the API; Vite proxies to it in development. */
const platformUrl = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    // No `changeOrigin`: the platform must see the browser's Host (localhost:5173) to answer
    // /config.json with this origin's sign-in redirect URIs.
    proxy: {
      '/trpc': platformUrl,
      '/health': platformUrl,
      '/dev': platformUrl,
      '/oidc': platformUrl,
      '/config.json': platformUrl,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
