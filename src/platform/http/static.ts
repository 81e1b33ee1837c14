import { join, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Vite names every file under assets/ by its content hash: a changed file gets a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built portal: the precompressed variant (.br, .gz) the client accepts, hashed assets
 * cached for a year, everything else (index.html above all) revalidated on every load.
 */
export async function registerStatic(app: FastifyInstance, root: string): Promise<void> {
  const hashed = join(root, 'assets') + sep;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => reply.header('cache-control', path.startsWith(hashed) ? IMMUTABLE : 'no-cache'),
  });
}
