import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/**
 * The SMTP sink of the fan-out bench, run as a child process (`fork`, IPC). It accepts every
 * message and counts it; it drains the data stream without parsing. Messages from the parent:
 * `{ type: 'expect', count }` starts a new count; the sink answers `{ type: 'done', … }` once that
 * many messages are accepted, and `{ type: 'progress', … }` every 250 ms while counting.
 * Timestamps are `Date.now()` (the same clock as the parent's).
 */
export interface SinkDone {
  type: 'done';
  count: number;
  firstAt: number;
  lastAt: number;
  /** Most SMTP connections open at once (the client's pool size, if it pools). */
  maxConnections: number;
  /** Messages accepted per second since the count started (index 0 = the first second). */
  perSecond: number[];
  /** CPU time of the sink while counting, µs. */
  cpuMicros: number;
}

export interface SinkProgress {
  type: 'progress';
  count: number;
  at: number;
}

export type SinkMessage = { type: 'ready'; port: number } | SinkDone | SinkProgress;

export type ParentMessage = { type: 'expect'; count: number };

const send = (message: SinkMessage) => process.send?.(message);

let expected = Infinity;
let count = 0;
let startedAt = 0;
let firstAt = 0;
let lastAt = 0;
let connections = 0;
let maxConnections = 0;
let perSecond: number[] = [];
let cpu = process.cpuUsage();
let progress: NodeJS.Timeout | undefined;

function accepted(): void {
  const now = Date.now();
  count += 1;
  if (count === 1) firstAt = now;
  lastAt = now;
  const second = Math.floor((now - startedAt) / 1000);
  perSecond[second] = (perSecond[second] ?? 0) + 1;
  if (count === expected) {
    clearInterval(progress);
    const used = process.cpuUsage(cpu);
    send({ type: 'done', count, firstAt, lastAt, maxConnections, perSecond: Array.from(perSecond, (n) => n ?? 0), cpuMicros: used.user + used.system });
  }
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onConnect(_session, callback) {
    connections += 1;
    maxConnections = Math.max(maxConnections, connections);
    callback();
  },
  onClose() {
    connections -= 1;
  },
  onData(stream, _session, callback) {
    // Accepted when the whole message has arrived, as a real relay answers 250 after the data.
    stream.on('end', () => {
      accepted();
      callback();
    });
    stream.resume();
  },
});

process.on('message', (message: ParentMessage) => {
  if (message.type !== 'expect') return;
  expected = message.count;
  count = 0;
  firstAt = 0;
  lastAt = 0;
  maxConnections = connections;
  perSecond = [];
  startedAt = Date.now();
  cpu = process.cpuUsage();
  clearInterval(progress);
  progress = setInterval(() => send({ type: 'progress', count, at: Date.now() }), 250);
});

// The parent went away (finished, crashed or Ctrl-C): so do we.
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => send({ type: 'ready', port: (server.server.address() as AddressInfo).port }));
