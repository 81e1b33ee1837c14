import { readFileSync, readdirSync } from 'node:fs';

/** CPU accounting from Linux /proc: the machine, a process, and all PostgreSQL processes. */

/** Busy and total CPU ticks of the whole machine since boot. */
export function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = fields[3] + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/** User + system ticks of one process's /proc/<pid>/stat (the command name may hold spaces). */
function statTicks(stat: string): number {
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(rest[11]) + Number(rest[12]); // utime + stime
}

/** CPU seconds (user + system) one process has used so far, e.g. a Portico child. */
export function processSeconds(pid: number): number {
  return statTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')) / 100; // USER_HZ
}

/** CPU seconds (user + system) this process has used so far (the baselines' servers run in it). */
export function thisProcessSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * CPU ticks (user + system) of every PostgreSQL process, by pid; with `database`, only the backends
 * connected to it (their title is "postgres: <user> <database> …"), so other databases' work on a
 * shared server does not count.
 */
export function postgresTicks(database?: string): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('postgres')) continue;
      if (database && !readFileSync(`/proc/${entry}/cmdline`, 'utf8').split(' ').includes(database)) continue;
      ticks.set(Number(entry), statTicks(stat));
    } catch {
      /* the process ended meanwhile */
    }
  }
  return ticks;
}

/** CPU seconds used by PostgreSQL processes between two snapshots (backends that exited meanwhile are missed). */
export function postgresSeconds(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
  return ticks / 100; // USER_HZ
}
