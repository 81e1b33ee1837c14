import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench -- <name> [options]`: runs bench/<name>.ts. A bench module exports `description`,
 * `usage` and `main(args)`, which returns the exit code. Any bench/*.ts but this file is a bench;
 * shared code lives in bench/lib/.
 */
interface Bench {
  description: string;
  usage: string;
  main(args: string[]): Promise<number>;
}

const here = dirname(fileURLToPath(import.meta.url));
const names = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .map((file) => file.slice(0, -3))
  .sort();

const load = (name: string) => import(`./${name}.ts`) as Promise<Bench>;

async function printHelp(): Promise<void> {
  console.log('Usage: npm run bench -- <name> [options]     (npm run bench -- <name> --help for its options)\n\nBenches:');
  for (const name of names) console.log(`  ${name.padEnd(12)} ${(await load(name)).description}`);
}

async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h') {
    await printHelp();
    return 0;
  }
  if (!name || !names.includes(name)) {
    if (name) console.error(`Unknown bench "${name}".\n`);
    await printHelp();
    return 1;
  }
  const bench = await load(name);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`${bench.description}\n\nUsage: ${bench.usage}`);
    return 0;
  }
  return bench.main(rest);
}

// Exit explicitly: a bench must stop by itself even if a library leaves a timer or socket open.
run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    // Ctrl-C: the bench has cleaned up (databases dropped); no stack trace needed.
    if (error?.name === 'AbortError') console.error('Interrupted.');
    else console.error(error);
    process.exit(error?.name === 'AbortError' ? 130 : 1);
  },
);
