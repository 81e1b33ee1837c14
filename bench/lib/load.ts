import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * The load generator: autocannon's CLI in a child process. In the server's own event loop it would
 * take turns with the server on one thread; as its own process it can use the other core, as a
 * real client would.
 */
const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon');

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Aborting kills the child (Ctrl-C, SIGTERM). */
  signal?: AbortSignal;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Mean latency, ms (autocannon records whole milliseconds; optional for other load generators). */
  mean?: number;
  p50: number;
  p99: number;
  /** Socket errors and timeouts. */
  errors: number;
  non2xx: number;
  total: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  // Benches send traffic to this machine only.
  if (new URL(options.url).hostname !== '127.0.0.1') throw new Error(`refusing to load ${options.url}: only 127.0.0.1`);
  const args = [AUTOCANNON, '--json', '-c', String(options.connections), '-d', String(options.seconds)];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}=${value}`);
  args.push(options.url);
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    signal: options.signal,
    // A hung run must not hang the bench: it stops by itself.
    timeout: (options.seconds + 30) * 1000,
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`autocannon exited with ${code}`);
  const r = JSON.parse(out.trim().split('\n').pop()!);
  return {
    requestsPerSecond: r.requests.average,
    mean: r.latency.mean,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    total: r.requests.total,
  };
}
