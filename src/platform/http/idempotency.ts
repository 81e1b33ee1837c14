import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/db.ts';
import { conflict, invalid } from '../errors.ts';

const HEADER = 'idempotency-key';
const KEY_RE = /^[\x21-\x7e]{1,200}$/;
const STALE_AFTER_MS = 60_000;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * `Idempotency-Key` on creating routes: the same key with the same body replays the first response;
 * with another body, or while the first request is still running, it is a 409. Keys are per caller.
 */
export function registerIdempotency(app: FastifyInstance, db: Db): void {
  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config?.idempotent) return;
    const key = request.headers[HEADER];
    if (key === undefined) return;
    if (typeof key !== 'string' || !KEY_RE.test(key)) throw invalid('bad_idempotency_key', 'Idempotency-Key must be 1–200 visible ASCII characters.', 'Idempotency-Key');
    const owner = request.credential ? `user:${request.credential.actor.userId}` : `ip:${request.ip}`;
    const path = request.routeOptions.url ?? request.url;
    const hash = createHash('sha256').update(`${request.method} ${request.url}\n${canonical(request.body)}`).digest('hex');
    const inserted = await db.kysely
      .insertInto('idempotency_keys')
      .values({ owner, key, method: request.method, path, request_hash: hash, status_code: null, response: null })
      .onConflict((oc) => oc.doNothing())
      .returning('key')
      .executeTakeFirst();
    if (inserted) {
      request.idempotency = { owner, key };
      return;
    }
    const existing = await db.kysely.selectFrom('idempotency_keys').selectAll().where('owner', '=', owner).where('key', '=', key).executeTakeFirstOrThrow();
    if (existing.request_hash !== hash) {
      throw conflict('idempotency_key_reused', 'This Idempotency-Key was used with another request.', 'Idempotency-Key');
    }
    if (existing.status_code === null) {
      // A request that died mid-way (process killed) must not pin its key forever.
      const takenOver = await db.kysely
        .updateTable('idempotency_keys')
        .set({ created_at: new Date() })
        .where('owner', '=', owner)
        .where('key', '=', key)
        .where('status_code', 'is', null)
        .where('created_at', '<', new Date(Date.now() - STALE_AFTER_MS))
        .returning('key')
        .executeTakeFirst();
      if (takenOver) {
        request.idempotency = { owner, key };
        return;
      }
      throw conflict('idempotency_key_in_progress', 'A request with this Idempotency-Key is still running.', 'Idempotency-Key');
    }
    reply.header('idempotent-replayed', 'true');
    // A replayed refusal is still a problem document.
    const type = existing.status_code >= 400 ? 'application/problem+json' : 'application/json';
    return reply.code(existing.status_code).type(type).send(existing.response);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const pending = request.idempotency;
    if (!pending) return payload;
    request.idempotency = undefined;
    if (reply.statusCode >= 500 || reply.statusCode === 409) {
      // Failures that may pass on retry do not pin the key.
      await db.kysely.deleteFrom('idempotency_keys').where('owner', '=', pending.owner).where('key', '=', pending.key).execute();
      return payload;
    }
    const body = typeof payload === 'string' && payload.length > 0 ? payload : 'null';
    await db.kysely
      .updateTable('idempotency_keys')
      .set({ status_code: reply.statusCode, response: body })
      .where('owner', '=', pending.owner)
      .where('key', '=', pending.key)
      .execute();
    return payload;
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { owner: string; key: string };
  }
}
