import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressPlugin } from './src/platform/http/precompress.ts';

// The portal lives in web/; the Fastify server serves the build from dist/web.
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root: 'web',
  // .br and .gz next to each file: the server sends them as they are (src/platform/http/static.ts).
  plugins: [react(), precompressPlugin()],
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
