import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The portal lives in web/; the Fastify server serves the build from dist/web.
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/v1': api,
      '/openapi.json': api,
      '/docs': api,
    },
  },
});
