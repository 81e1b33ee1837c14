import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * The last commit's Portico, built in a directory of its own: `git archive HEAD` unpacked under the
 * system's temporary directory, this tree's node_modules linked in, `npm run build`. A bench that
 * measures it is not thrown by uncommitted work in progress in this tree. Built once per commit
 * (kept for the next run; `--tree work` in the benches that offer it builds this tree instead).
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

export async function builtSnapshot(): Promise<{ root: string; commit: string }> {
  const commit = (await run('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT })).stdout.trim();
  const root = join(tmpdir(), `portico-bench-${commit}`);
  if (existsSync(join(root, 'dist/src/main.js'))) return { root, commit };
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  await new Promise<void>((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const tar = spawn('tar', ['-x', '-C', root], { stdio: ['pipe', 'inherit', 'inherit'] });
    archive.stdout.pipe(tar.stdin);
    tar.on('error', reject);
    tar.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tar exited with ${code}`))));
  });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const t0 = performance.now();
  try {
    await run('npm', ['run', 'build', '--silent'], { cwd: root });
  } catch (error) {
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    throw error;
  }
  console.log(`Built commit ${commit} (git archive HEAD, npm run build) in ${((performance.now() - t0) / 1000).toFixed(1)} s in ${root}`);
  return { root, commit };
}
