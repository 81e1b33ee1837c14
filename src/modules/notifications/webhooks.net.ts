import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP, BlockList } from 'node:net';
import { createHmac } from 'node:crypto';

/** Addresses a webhook may never reach unless WEBHOOK_ALLOW_PRIVATE (SSRF): loopback, private, link-local… */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['2001:db8::', 32], ['64:ff9b::', 96]] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return !blocked.check(mapped[1], 'ipv4');
  return !blocked.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

export type UrlProblem = { code: string; detail: string } | null;

/** Checks a webhook URL's form: https only (http too when private targets are allowed), no credentials. */
export function checkUrlForm(raw: string, allowPrivate: boolean): UrlProblem {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { code: 'bad_url', detail: 'The URL is not a valid absolute URL.' };
  }
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
    return { code: 'https_required', detail: 'Webhook URLs must use https://.' };
  }
  if (url.username || url.password) return { code: 'credentials_in_url', detail: 'Put no credentials in the URL; verify our signature instead.' };
  return null;
}

/** Resolves the host and refuses private addresses (unless allowed). Returns the address to connect to. */
export async function resolvePublicAddress(hostname: string, allowPrivate: boolean): Promise<{ address: string; family: number }> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
  if (addresses.length === 0) throw new Error(`${host} does not resolve`);
  if (!allowPrivate) {
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad) throw new PrivateAddressError(`${host} resolves to a private or loopback address (${bad.address})`);
  }
  return addresses[0];
}

export class PrivateAddressError extends Error {}

/**
 * `Portico-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the webhook secret>`.
 * The timestamp inside the signed text lets receivers refuse replays of old deliveries.
 */
export function signature(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/**
 * POSTs JSON with a hard timeout. The connection goes to the address we checked (no second DNS
 * answer can point it at a private address), and redirects are not followed.
 */
export async function postJson(rawUrl: string, body: string, headers: Record<string, string>, options: { timeoutMs: number; allowPrivate: boolean }): Promise<number> {
  const url = new URL(rawUrl);
  const target = await resolvePublicAddress(url.hostname, options.allowPrivate);
  const pinned: LookupFunction = (_host, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) (callback as any)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<number>((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        lookup: pinned,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Portico-Webhooks/1', ...headers },
        timeout: options.timeoutMs,
      },
      (response) => {
        response.resume(); // the body is not needed; drain it so the socket is freed
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}
