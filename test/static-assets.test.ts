import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { precompressDirectory } from '../src/platform/http/precompress.ts';
import { IMMUTABLE } from '../src/platform/http/static.ts';
import { startTestPortico, type TestPortico } from './helpers/portico.ts';

// A portal build in miniature: Vite's layout (index.html, hashed files under assets/).
let portico: TestPortico;
let app: FastifyInstance;
let port: number;
let root: string;
let written: string[];
const script = `export const hello = () => ${JSON.stringify('hello from the portal '.repeat(200))};\n`;
const page = `<!doctype html><html><head><title>Portico</title></head><body>${'<div id="root"></div>'.repeat(100)}</body></html>`;
const image = Buffer.alloc(4096, 7);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'portico-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), page);
  writeFileSync(join(root, 'assets', 'index-Ab12Cd34.js'), script);
  writeFileSync(join(root, 'assets', 'logo-Ef56Gh78.png'), image);
  writeFileSync(join(root, 'assets', 'tiny-Ij90Kl12.css'), 'a{}');
  // What the Vite plugin does at the end of `npm run build`.
  written = precompressDirectory(root).map((path) => path.slice(root.length + 1)).sort();
  portico = await startTestPortico();
  app = await buildApp(portico.ctx, portico.services, { logger: false, webRoot: root });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await app?.close();
  await portico?.close();
  rmSync(root, { recursive: true, force: true });
});

/** A GET with node:http, which leaves the body as the server encoded it. */
function get(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the portal files', () => {
  it('are precompressed at build time: brotli and gzip for text over 1 KB, nothing for images or tiny files', () => {
    expect(written).toEqual(['assets/index-Ab12Cd34.js.br', 'assets/index-Ab12Cd34.js.gz', 'index.html.br', 'index.html.gz']);
  });

  it('are sent brotli- or gzip-compressed as the client accepts, and as they are otherwise', async () => {
    const path = '/assets/index-Ab12Cd34.js';
    const br = await get(path, 'gzip, deflate, br');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.body.length).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gzip = await get(path, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const identity = await get(path);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe(script);
  });

  it('are cached for a year where the name is hashed, and revalidated otherwise', async () => {
    for (const path of ['/assets/index-Ab12Cd34.js', '/assets/logo-Ef56Gh78.png', '/assets/tiny-Ij90Kl12.css']) {
      const response = await get(path, 'br');
      expect({ path, status: response.status, cache: response.headers['cache-control'] }).toEqual({ path, status: 200, cache: IMMUTABLE });
    }
    expect(readFileSync(join(root, 'assets', 'logo-Ef56Gh78.png')).equals((await get('/assets/logo-Ef56Gh78.png', 'br')).body)).toBe(true);
    // index.html names the hashed files of the current build: it must never be served stale.
    for (const path of ['/', '/index.html', '/connections/01890000-0000-7000-8000-000000000000']) {
      const response = await get(path, 'br');
      expect({ path, status: response.status, cache: response.headers['cache-control'], encoding: response.headers['content-encoding'] }).toEqual({ path, status: 200, cache: 'no-cache', encoding: 'br' });
      expect(brotliDecompressSync(response.body).toString()).toBe(page);
    }
  });
});
