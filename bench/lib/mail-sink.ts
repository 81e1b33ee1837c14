import { forkTs, nextMessage } from './child.ts';
import type { ParentMessage, SinkMessage } from './smtp-sink.ts';

/**
 * The SMTP sink (smtp-sink.ts) in a child process, counting from its start: `count` is the number
 * of messages it has accepted (updated every 250 ms), `url` what SMTP_URL points a server at.
 */
export interface MailSink {
  url: string;
  readonly count: number;
  stop(): void;
}

export async function startMailSink(signal: AbortSignal): Promise<MailSink> {
  const child = forkTs('./lib/smtp-sink.ts', signal);
  child.on('error', () => {}); // abort kills it; reported by the wait
  const { port } = await nextMessage<{ port: number }>(child, 'ready', signal, 20_000);
  let count = 0;
  child.on('message', (m: SinkMessage) => {
    if (m.type === 'progress' || m.type === 'done') count = m.count;
  });
  // Counts from now, with no end (progress every 250 ms).
  child.send({ type: 'expect', count: Number.MAX_SAFE_INTEGER } satisfies ParentMessage);
  return {
    url: `smtp://127.0.0.1:${port}`,
    get count() {
      return count;
    },
    stop: () => void child.kill(),
  };
}
