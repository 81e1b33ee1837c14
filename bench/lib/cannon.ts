import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { forkTs, nextMessage } from './child.ts';
import type { LoadResult } from './load.ts';

/**
 * Load with autocannon in a child process (as bench/lib/load.ts), for requests that vary: each
 * connection takes the next path or body of a list, round robin, so a run rotates across many search
 * prefixes or many A-end ports. load.ts runs autocannon's CLI, which sends one fixed request.
 */
export interface RotatingLoadOptions {
  /** Base URL (127.0.0.1 only). */
  url: string;
  method: 'GET' | 'POST';
  /** The paths to rotate across (one path for all when a single one is given). */
  paths: string[];
  /** JSON bodies to rotate across (POST); `{n}` in a body is replaced with a sequence number. */
  bodies?: string[];
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  signal: AbortSignal;
}

export interface RotatingLoadResult extends LoadResult {
  p90: number;
  max: number;
  /** Status codes other than 2xx, with counts. */
  statuses: Record<string, number>;
}

interface ChildRequest extends Omit<RotatingLoadOptions, 'signal'> {
  type: 'go';
}

export async function runRotatingLoad(options: RotatingLoadOptions): Promise<RotatingLoadResult> {
  if (new URL(options.url).hostname !== '127.0.0.1') throw new Error(`refusing to load ${options.url}: only 127.0.0.1`);
  const child = forkTs('./lib/cannon.ts', options.signal);
  child.on('error', () => {}); // abort kills it; reported by the wait
  try {
    await nextMessage(child, 'ready', options.signal, 20_000);
    const { signal, ...rest } = options;
    const done = nextMessage<{ result: RotatingLoadResult }>(child, 'done', signal, (options.seconds + 30) * 1000);
    child.send({ type: 'go', ...rest } satisfies ChildRequest);
    return (await done).result;
  } finally {
    child.kill();
  }
}

// ---------------------------------------------------------------------------------------------
// The child: forked by runRotatingLoad.

async function childMain(): Promise<void> {
  const autocannon = createRequire(import.meta.url)('autocannon');
  process.on('message', (message: ChildRequest) => {
    if (message.type !== 'go') return;
    const { paths, bodies, method } = message;
    let next = 0;
    const statuses: Record<string, number> = {};
    const instance = autocannon(
      {
        url: message.url, connections: message.connections, duration: message.seconds, headers: message.headers,
        requests: [
          {
            method,
            setupRequest: (request: Record<string, unknown>) => {
              const i = next++;
              request.path = paths[i % paths.length];
              if (bodies) request.body = bodies[i % bodies.length].replaceAll('{n}', String(i));
              return request;
            },
          },
        ],
      },
      (error: Error | null, r: any) => {
        if (error) throw error;
        process.send!({
          type: 'done',
          result: {
            requestsPerSecond: r.requests.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max,
            errors: r.errors + r.timeouts, non2xx: r.non2xx, total: r.requests.total, statuses,
          } satisfies RotatingLoadResult,
        });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number) => {
      if (statusCode < 200 || statusCode >= 300) statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  process.send!({ type: 'ready' });
}

if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) void childMain();
