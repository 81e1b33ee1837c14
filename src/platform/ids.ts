import { randomBytes } from 'node:crypto';

/**
 * A UUIDv7 (RFC 9562): 48-bit millisecond timestamp, a 12-bit counter, then random bits, so ids
 * sort by creation order — also within one millisecond (RFC 9562 §6.2, method 1): the outbox relays
 * events in id order, and a change's events must reach their handlers in the order it wrote them.
 */
// Random bytes drawn in blocks: one randomBytes call per id is slower than the rest of the id.
const POOL_SIZE = 16 * 256;
let pool = randomBytes(POOL_SIZE);
let offset = 0;
let lastMs = 0;
let counter = 0;

/** `at`: an id for a moment in the past (sorts by that time, not monotonic with the ids made now). */
export function uuidv7(at?: number): string {
  if (offset + 16 > POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + 16));
  offset += 16;
  if (at !== undefined) return format(bytes, at, bytes.readUInt16BE(6) & 0x0fff);
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    // A random start below half the range leaves at least 2,048 ids for this millisecond.
    counter = bytes.readUInt16BE(6) & 0x07ff;
  } else if (++counter > 0x0fff) {
    // More ids in one millisecond than the counter holds (or the clock went back): borrow the next one.
    lastMs += 1;
    counter = 0;
  }
  return format(bytes, lastMs, counter);
}

function format(bytes: Buffer, ms: number, counter: number): string {
  bytes.writeUIntBE(ms, 0, 6);
  bytes.writeUInt16BE(0x7000 | counter, 6);
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID_RE.test(value);
