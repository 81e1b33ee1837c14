import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../platform/http/auth.ts';
import { errors, IdParams, ListOf, ListQuery } from '../../platform/http/schemas.ts';
import {
  EmailListItemSchema, EmailListQuery, EmailSchema, FeedQuery, MaintenanceBody, MaintenanceSchema, PreferencesBody, PreferencesSchema, typedSchemas,
} from './notifications.schemas.ts';
import { Type } from '@sinclair/typebox';
import type { NotificationsService } from './notifications.service.ts';
import type { MaintenanceService } from './maintenance.service.ts';
import type { EmailService } from './email.service.ts';

/** Catalogue, preferences, the feed, maintenance announcements and the operator's mail log. */
export const notificationsRoutes =
  (deps: { notifications: NotificationsService; maintenance: MaintenanceService; email: EmailService }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { notifications, maintenance, email } = deps;
    const tags = ['notifications'];
    const { CatalogueSchema, FeedItemSchema, FeedSchema } = typedSchemas();

    app.get('/v1/notification-types', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Every notification type with its group and audience', response: { 200: CatalogueSchema, ...errors(401) } },
    }, async (request) => notifications.catalogue(actorOf(request)));

    app.get('/v1/me/notification-preferences', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'The groups I receive', response: { 200: PreferencesSchema, ...errors(401) } },
    }, async (request) => notifications.preferences(actorOf(request)));

    app.put('/v1/me/notification-preferences', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Choose the groups I receive (admins, technical admins and technical contacts)', body: PreferencesBody, response: { 200: PreferencesSchema, ...errors(400, 401, 403) } },
    }, async (request) => notifications.updatePreferences(actorOf(request), request.body));

    app.get('/v1/notifications', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'My in-app notifications, newest first, with the unread count', querystring: FeedQuery, response: { 200: FeedSchema, ...errors(400, 401) } },
    }, async (request) => notifications.feed(actorOf(request), request.query));

    app.post('/v1/notifications/:id/read', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Mark one notification read', params: IdParams, response: { 200: FeedItemSchema, ...errors(400, 401, 404) } },
    }, async (request) => notifications.markRead(actorOf(request), request.params.id));

    app.post('/v1/notifications/read-all', {
      config: { capability: 'authenticated' },
      schema: { tags, summary: 'Mark all my notifications read', response: { 200: Type.Object({ marked: Type.Integer() }), ...errors(401) } },
    }, async (request) => notifications.markAllRead(actorOf(request)));

    app.post('/v1/maintenance-events', {
      config: { idempotent: true, capability: 'maintenance.announce' },
      schema: {
        tags: ['maintenance'], summary: 'Operator: announce maintenance or an outage at locations or ports', body: MaintenanceBody,
        response: { 201: MaintenanceSchema, ...errors(400, 401, 403, 409) },
      },
    }, async (request, reply) => reply.code(201).send(await maintenance.announce(actorOf(request), request.body)));

    app.get('/v1/maintenance-events', {
      config: { capability: 'authenticated' },
      schema: { tags: ['maintenance'], summary: 'Announced maintenance and outages, newest first', querystring: ListQuery, response: { 200: ListOf(MaintenanceSchema, 'MaintenanceEvent'), ...errors(400, 401) } },
    }, async (request) => maintenance.list(actorOf(request), request.query));

    app.get('/v1/maintenance-events/:id', {
      config: { capability: 'authenticated' },
      schema: { tags: ['maintenance'], summary: 'One maintenance or outage notice', params: IdParams, response: { 200: MaintenanceSchema, ...errors(400, 401, 404) } },
    }, async (request) => maintenance.get(actorOf(request), request.params.id));

    app.get('/v1/admin/emails', {
      config: { capability: 'authenticated' },
      schema: { tags: ['operator'], summary: 'Operator: the e-mail log (the mail preview when no SMTP is set); dead letters with status=dead', querystring: EmailListQuery, response: { 200: ListOf(EmailListItemSchema, 'EmailDelivery'), ...errors(400, 401, 403) } },
    }, async (request) => email.list(actorOf(request), request.query));

    app.get('/v1/admin/emails/:id', {
      config: { capability: 'authenticated' },
      schema: { tags: ['operator'], summary: 'Operator: one e-mail with its HTML and text', params: IdParams, response: { 200: EmailSchema, ...errors(400, 401, 403, 404) } },
    }, async (request) => email.get(actorOf(request), request.params.id));

    app.post('/v1/admin/emails/:id/retry', {
      config: { capability: 'authenticated' },
      schema: {
        tags: ['operator'], summary: 'Operator: send a dead-lettered e-mail again', params: IdParams,
        response: { 200: Type.Object({ id: Type.String(), status: Type.Literal('pending') }), ...errors(400, 401, 403, 404, 409) },
      },
    }, async (request) => email.retry(actorOf(request), request.params.id));
  };
