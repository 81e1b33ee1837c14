import { createMailTransport } from '../../src/platform/mail/transport.ts';

/**
 * The baseline of the fan-out bench, run as a child process (`fork`, IPC) so its memory is its own:
 * the same pre-rendered message sent `count` times through Portico's own pooled nodemailer
 * transport (createMailTransport: 5 connections, 500 messages each), all handed over at once.
 * No database, no jobs, no rendering: what the SMTP path alone can do.
 */
export interface BaselineRequest {
  type: 'go';
  smtpUrl: string;
  from: string;
  count: number;
  message: { subject: string; html: string; text: string };
  /** Recipient i is to(i). */
  toPattern: string;
}

export interface BaselineResult {
  type: 'sent';
  startedAt: number;
  /** When the last sendMail resolved (the sink's last accept is a little earlier). */
  finishedAt: number;
  failed: number;
  /** Highest RSS sampled every 100 ms while sending, bytes. */
  peakRss: number;
  /** The kernel's high-water mark for the process (`resourceUsage().maxRSS`), bytes. */
  maxRss: number;
  rssBefore: number;
  cpuMicros: number;
}

process.on('message', async (request: BaselineRequest) => {
  if (request.type !== 'go') return;
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const transport = createMailTransport({ smtpUrl: request.smtpUrl, from: request.from });
  const cpu = process.cpuUsage();
  const startedAt = Date.now();
  const results = await Promise.allSettled(
    Array.from({ length: request.count }, (_, i) =>
      transport.send({ ...request.message, to: request.toPattern.replace('{i}', String(i)), messageId: `<baseline-${startedAt}-${i}@portico>` }),
    ),
  );
  const finishedAt = Date.now();
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  transport.close();
  const result: BaselineResult = {
    type: 'sent', startedAt, finishedAt, failed: results.filter((r) => r.status === 'rejected').length,
    peakRss, maxRss: process.resourceUsage().maxRSS * 1024, rssBefore, cpuMicros: used.user + used.system,
  };
  process.send?.(result, () => process.exit(0));
});

process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready' });
