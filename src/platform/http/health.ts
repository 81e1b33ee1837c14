import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.ts';
import { Type } from '@sinclair/typebox';
import { sendProblem } from './problem.ts';
import { errors, StringEnum } from './schemas.ts';

const Liveness = Type.Object({ status: Type.Literal('ok') }, { title: 'Liveness' });
const Readiness = Type.Object({ status: Type.Literal('ready'), database: StringEnum(['postgres', 'pglite'], { description: 'Which database this server runs on' }) }, { title: 'Readiness' });

/** Liveness (the process answers) and readiness (the database answers). */
export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.get('/healthz', { config: { capability: 'public' }, schema: { tags: ['platform'], summary: 'Liveness: the process answers', response: { 200: Liveness } } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { config: { capability: 'public' }, schema: { tags: ['platform'], summary: 'Readiness: the database answers', response: { 200: Readiness, ...errors(503) } } }, async (request, reply) => {
      try {
        await ctx.db.query('SELECT 1');
        return { status: 'ready', database: ctx.db.kind };
      } catch {
        return sendProblem(reply, request, 503, { code: 'database_unavailable', detail: 'The database does not answer.' });
      }
    });
  };
