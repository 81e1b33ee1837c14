import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Forks a bench/lib/*.ts module (path relative to bench/) under tsx, with IPC. Aborting kills it. */
export function forkTs(file: string, signal: AbortSignal): ChildProcess {
  return fork(fileURLToPath(new URL(`../${file.replace(/^\.\//, '')}`, import.meta.url)), [], {
    execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], signal, cwd: fileURLToPath(new URL('../..', import.meta.url)),
  });
}

/** The child's next IPC message of this type; rejects when it exits first, on abort, or after timeoutMs. */
export function nextMessage<T>(child: ChildProcess, type: string, signal: AbortSignal, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`no "${type}" from ${child.spawnfile} within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: { type: string }) => {
      if (message.type === type) finish(null, message as T);
    };
    const onExit = (code: number | null) => finish(new Error(`child exited (${code}) before "${type}"`));
    const onAbort = () => finish(signal.reason);
    function finish(error: unknown, value?: T) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve(value!);
    }
    child.on('message', onMessage);
    child.on('exit', onExit);
    signal.addEventListener('abort', onAbort);
  });
}
