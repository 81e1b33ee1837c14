import http from 'node:http';
import { Presets, SingleBar } from 'cli-progress';
import { percentile } from './report.ts';

/**
 * A fixed number of requests by a fixed number of concurrent clients, each sending its next request
 * as soon as its last was answered (closed loop, keep-alive: one connection per client). Unlike
 * autocannon (cannon.ts, load.ts), which runs for a time and rounds latencies to whole
 * milliseconds, this sends exactly `total` requests, the i-th built by `request(i)`, counts every
 * status exactly and times each request with performance.now(). It runs in the calling process:
 * a bench whose server is a child process of its own (built-portico.ts) uses the other core.
 */
export interface CountedRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
}

export interface CountedLoadOptions {
  /** Base URL, http://127.0.0.1:<port> (benches send traffic to this machine only). */
  url: string;
  headers?: Record<string, string>;
  clients: number;
  total: number;
  request(i: number): CountedRequest;
  /** The statuses that are success: any other is counted as unexpected. */
  expect: number[];
  signal: AbortSignal;
  /** A progress bar with this label (only when stdout is a terminal). */
  progress?: string;
  /** Each answer: the request's index, status, body and when it was answered (epoch ms, sub-ms). */
  onResponse?(i: number, status: number, body: string, answeredAt: number): void;
  /** Per request; a request not answered in time counts as an error. Default 30 s. */
  timeoutMs?: number;
}

export interface CountedLoadResult {
  total: number;
  /** Answers with an expected status. */
  ok: number;
  /** Every status, with its count (expected ones too). */
  statuses: Record<string, number>;
  /** Requests that got no answer: socket errors, timeouts. */
  errors: number;
  /** Some unexpected answers and errors, for the report. */
  examples: string[];
  wallMs: number;
  perSecond: number;
  /** Of every answered request, ms. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** The figures of a run from its latencies (any order) and counts. */
export function summarise(latencies: number[], counts: Pick<CountedLoadResult, 'total' | 'ok' | 'statuses' | 'errors' | 'examples' | 'wallMs'>): CountedLoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    ...counts, perSecond: (counts.ok * 1000) / counts.wallMs,
    p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN,
  };
}

/** Whether every request got an expected status. */
export const clean = (r: CountedLoadResult) => r.errors === 0 && r.ok === r.total;

/** "201×9,990 409×10": every status of a run. */
export const statusList = (r: Pick<CountedLoadResult, 'statuses' | 'errors'>) =>
  [...Object.entries(r.statuses).map(([s, n]) => `${s}×${n.toLocaleString('en-US')}`), ...(r.errors ? [`no answer×${r.errors}`] : [])].join(' ');

/** A progress bar on stdout when it is a terminal (else nothing). */
export function progressBar(label: string | undefined, total: number): { tick(): void; stop(): void } {
  if (!label || !process.stdout.isTTY) return { tick: () => {}, stop: () => {} };
  const bar = new SingleBar({ format: `${label} [{bar}] {value}/{total} {percentage}% {eta_formatted} left`, hideCursor: true, fps: 5 }, Presets.shades_classic);
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}

const now = () => performance.timeOrigin + performance.now();

export async function runCountedLoad(options: CountedLoadOptions): Promise<CountedLoadResult> {
  const base = new URL(options.url);
  if (base.hostname !== '127.0.0.1') throw new Error(`refusing to load ${options.url}: only 127.0.0.1`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients });
  const timeoutMs = options.timeoutMs ?? 30_000;
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  const examples: string[] = [];
  const expected = new Set(options.expect);
  let ok = 0;
  let errors = 0;
  let next = 0;
  const bar = progressBar(options.progress, options.total);

  const send = (request: CountedRequest) => new Promise<{ status: number; body: string }>((resolve, reject) => {
    const payload = request.body === undefined ? undefined : JSON.stringify(request.body);
    const req = http.request({
      host: base.hostname, port: base.port, path: request.path, method: request.method, agent, timeout: timeoutMs,
      headers: { ...options.headers, ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) },
    }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: res.statusCode!, body })).on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });

  const client = async () => {
    for (let i = next++; i < options.total; i = next++) {
      if (options.signal.aborted) return;
      const request = options.request(i);
      const t0 = performance.now();
      try {
        const { status, body } = await send(request);
        const t1 = performance.now();
        latencies.push(t1 - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (expected.has(status)) ok++;
        else if (examples.length < 5) examples.push(`${request.method} ${request.path}: ${status} ${body.slice(0, 300)}`);
        options.onResponse?.(i, status, body, now());
      } catch (error) {
        errors++;
        if (examples.length < 5) examples.push(`${request.method} ${request.path}: ${(error as Error).message}`);
      }
      bar.tick();
    }
  };

  const onAbort = () => agent.destroy();
  options.signal.addEventListener('abort', onAbort);
  const t0 = performance.now();
  try {
    await Promise.all(Array.from({ length: options.clients }, client));
  } finally {
    bar.stop();
    options.signal.removeEventListener('abort', onAbort);
    agent.destroy();
  }
  options.signal.throwIfAborted();
  return summarise(latencies, { total: options.total, ok, statuses, errors, examples, wallMs: performance.now() - t0 });
}
