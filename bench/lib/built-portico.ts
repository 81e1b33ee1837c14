import { spawn, execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '../../test/helpers/net.ts';

/**
 * Portico as `npm start` runs it: built (`npm run build`), then `node dist/src/main.js start` with
 * NODE_ENV=production, in a child process of its own. Its CPU is read from /proc by its pid.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let built: Promise<void> | null = null;

/** `npm run build`, once per bench process. */
export function buildPortico(): Promise<void> {
  built ??= (async () => {
    const t0 = performance.now();
    await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: ROOT });
    console.log(`Built Portico (npm run build) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  })();
  return built;
}

export interface BuiltPortico {
  /** http://127.0.0.1:<port> (null for a worker, which does not listen). */
  url: string | null;
  pid: number;
  close(): Promise<void>;
}

/**
 * Starts the built server with `env` (DATABASE_URL, LOG_LEVEL, …) and waits until it says it is
 * running (after migrating). Aborting, or `close`, sends SIGTERM (a graceful stop).
 * `BENCH_PORTICO_NODE_ARGS` adds Node options (space-separated) to the server and only to it, e.g.
 * `--cpu-prof --cpu-prof-dir=/tmp/prof` (Node refuses those in NODE_OPTIONS).
 */
export async function startBuiltPortico(
  env: Record<string, string>, role: 'api' | 'worker' | 'all', signal: AbortSignal, options: { root?: string } = {},
): Promise<BuiltPortico> {
  // `root`: a tree built already (bench/lib/snapshot.ts: the last commit's), instead of this one built now.
  if (!options.root) await buildPortico();
  const port = await freePort();
  const nodeArgs = process.env.BENCH_PORTICO_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, 'dist/src/main.js', 'start', '--role', role], {
    cwd: options.root ?? ROOT, stdio: ['ignore', 'pipe', 'inherit'], signal, killSignal: 'SIGTERM',
    // The default screening list is a fresh install's one-off import: not part of what is measured.
    env: { ...process.env, PORTICO_SCREENING_DEFAULT_LIST: '', ...env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), PORTICO_PUBLIC_URL: `http://127.0.0.1:${port}` },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => finish(new Error('Portico did not start within 120 s')), 120_000);
    const onData = (chunk: string) => {
      out += chunk;
      if (out.includes('Portico is running')) finish(null);
    };
    const onExit = (code: number | null) => finish(new Error(`Portico (${role}) exited with ${code} before it was running:\n${out}`));
    function finish(error: Error | null) {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
    child.stdout!.setEncoding('utf8').on('data', onData);
    child.once('exit', onExit);
  });
  // Its later log lines (warnings) still reach the terminal.
  child.stdout!.on('data', (chunk: string) => process.stdout.write(chunk));
  return {
    url: role === 'worker' ? null : `http://127.0.0.1:${port}`,
    pid: child.pid!,
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
