import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|map|txt|xml|webmanifest)$/;

/**
 * Writes `<file>.br` and `<file>.gz` next to every compressible file of a directory tree, once at
 * build time at the strongest settings, so the server never compresses on a request.
 */
export function precompressDirectory(dir: string, minBytes = 1024): string[] {
  const written: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      written.push(...precompressDirectory(path, minBytes));
      continue;
    }
    if (!COMPRESSIBLE.test(entry.name) || statSync(path).size < minBytes) continue;
    const content = readFileSync(path);
    const variants: [string, Buffer][] = [
      ['.br', brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } })],
      ['.gz', gzipSync(content, { level: constants.Z_BEST_COMPRESSION })],
    ];
    for (const [extension, compressed] of variants) {
      // A variant that saves nothing is not worth a second copy.
      if (compressed.length >= content.length) continue;
      writeFileSync(path + extension, compressed);
      written.push(path + extension);
    }
  }
  return written;
}

/** The Vite plugin that precompresses the portal's build output (vite.config.ts). */
export function precompressPlugin() {
  return {
    name: 'portico-precompress',
    apply: 'build' as const,
    writeBundle(options: { dir?: string }) {
      if (options.dir) precompressDirectory(options.dir);
    },
  };
}
