import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../context.ts';
import { sendProblem } from './problem.ts';

/** Liveness (the process answers) and readiness (the database answers). */
export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    app.get('/healthz', { config: { public: true }, schema: { tags: ['platform'], summary: 'Liveness' } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { config: { public: true }, schema: { tags: ['platform'], summary: 'Readiness: the database answers' } }, async (request, reply) => {
      try {
        await ctx.db.query('SELECT 1');
        return { status: 'ready', database: ctx.db.kind };
      } catch {
        return sendProblem(reply, request, 503, { code: 'database_unavailable', detail: 'The database does not answer.' });
      }
    });
  };
