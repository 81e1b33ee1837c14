import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors } from '../../platform/http/schemas.ts';
import { ScreeningListImportsSchema } from './compliance.schemas.ts';
import type { ComplianceService } from './compliance.service.ts';

const tags = ['compliance'];

export const complianceRoutes =
  (deps: { compliance: ComplianceService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { compliance } = deps;

    app.get('/v1/compliance/lists', {
      config: { capability: 'compliance.review' },
      schema: {
        tags, summary: 'The screening lists: every import (list, version, counts, checksum, who, when), newest first; one active version per list',
        response: { 200: ScreeningListImportsSchema, ...errors(401, 403) },
      },
    }, async (request) => ({ items: await compliance.imports(actorOf(request)) }));
  };
