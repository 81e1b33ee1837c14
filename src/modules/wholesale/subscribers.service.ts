import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import { record } from '../../platform/events/record.ts';
import { isUniqueViolation, type Tx } from '../../platform/db/db.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { translate } from '../../i18n/index.ts';
import { queueEmails } from '../notifications/index.ts';
import * as templates from './templates.repo.ts';
import { visibleCustomer } from './customers.access.ts';
import * as customers from './customers.repo.ts';
import * as locations from './locations.repo.ts';
import * as repo from './subscribers.repo.ts';
import { refuseGone } from './locations.service.ts';
import { DEFAULT_CATALOGUE } from './packages.catalogue.ts';
import { checkSubscriberPackage } from './packages.policy.ts';
import { asAppError, welcomeMail, type SubscriberProblem } from './subscribers.policy.ts';
import type { CreateSubscriberInput, SubscriberListInput, UpdateSubscriberInput } from './subscribers.schemas.ts';
import type { SubscriberRole } from './wholesale.tables.ts';

const catalogue = DEFAULT_CATALOGUE;

/**
 * Queues the welcome e-mails of new subscribers in the transaction that creates them, as
 * notifications' e-mail deliveries: sent after commit (never for a refused create), retried while
 * SMTP is down, and kept for the operator's mail preview without SMTP. In the create's transaction
 * rather than a job after its event: that job (relayed, fetched, a once-row, three reads) per
 * subscriber was a round of work the create can do in two inserts.
 */
export async function queueWelcomes(
  app: AppContext, trx: Tx, customer: Pick<CustomerRow, 'company_id' | 'name' | 'template_id'>,
  subscribers: readonly { id: string; email: string; first_name: string; package: string }[],
) {
  if (subscribers.length === 0) return;
  const template = await templates.findTemplate(trx, customer.template_id);
  if (!template) return;
  const mails = subscribers.flatMap((row) => {
    const mail = welcomeMail(template, { email: row.email, firstName: row.first_name, customerName: customer.name, package: row.package }, translate);
    return mail ? [{ ...mail, to: row.email, companyId: customer.company_id, type: 'wholesale.welcome', idempotencyKey: `wholesale-welcome-${row.id}` }] : [];
  });
  await queueEmails(app, trx, mails);
}

export function presentSubscriber(row: repo.SubscriberRow, phoneNumber: string | null) {
  return {
    id: row.id, customerId: row.customer_id, email: row.email, firstName: row.first_name, lastName: row.last_name, package: row.package, role: row.role,
    locationId: row.location_id, phoneNumber, extension: row.extension, createdAt: row.created_at.toISOString(), updatedAt: row.updated_at.toISOString(),
  };
}

/** A unique violation of the subscribers' indexes as the problem it is (others unchanged). */
export function uniqueProblem(error: unknown): AppError | unknown {
  if (isUniqueViolation(error, 'wholesale_subscribers_email')) return conflict('email_in_use', 'This e-mail is an active subscriber’s already.', 'email');
  if (isUniqueViolation(error, 'wholesale_subscribers_extension')) return conflict('extension_in_use', 'A subscriber of this customer has this extension already.', 'extension');
  if (isUniqueViolation(error, 'wholesale_numbers_subscriber_id_key')) return conflict('number_assigned', 'The subscriber has a number already.', 'phoneNumber');
  return error;
}

type CustomerRow = customers.CustomerRow;
type Lines = Awaited<ReturnType<typeof customers.listLines>>;

/** What one subscriber needs: checked against the customer's lines, locations and numbers, then written (cap, number, history). */
export interface SubscriberDraft {
  email: string;
  firstName: string;
  lastName: string;
  package: string;
  role: 'user' | 'admin';
  locationId: string | null;
  /** A location named (bulk CSV) instead of its id. */
  locationName?: string;
  phoneNumber: string | null;
  extension: string | null;
}

/**
 * Subscribers of wholesale customers (PRODUCT.md §5): exactly one base package each, taken from the
 * customer's cap by one conditional UPDATE; a calling package needs a location and a number (or
 * extension) of it; a number is assigned by one conditional UPDATE; every package a subscriber had
 * is a row of wholesale_assignments (billing's package-days).
 */
export function createSubscribersService(app: AppContext) {
  const { db } = app;

  /**
   * Checks one draft and writes it in the caller's transaction: the new subscriber, or the problems
   * (then nothing of it is written, except under a race the caller's rollback undoes).
   */
  async function place(trx: Tx, customer: CustomerRow, lines: Lines, draft: SubscriberDraft, at: Date): Promise<{ row: repo.SubscriberRow; number: string | null } | { problems: SubscriberProblem[] }> {
    const problems: SubscriberProblem[] = [];
    let locationId = draft.locationId;
    if (draft.locationName !== undefined) {
      const location = await locations.findLocationByName(trx, customer.id, draft.locationName);
      if (!location) problems.push({ code: 'location_not_found', field: 'location', detail: `The customer has no location named "${draft.locationName}".` });
      locationId = location?.id ?? null;
    } else if (locationId) {
      const location = await locations.findLocation(trx, locationId);
      if (!location || location.customer_id !== customer.id) problems.push({ code: 'location_not_found', field: 'locationId', detail: 'The customer has no such location.' });
    }
    const number = draft.phoneNumber ? await locations.findNumber(trx, draft.phoneNumber) : undefined;
    const numberAtLocation = draft.phoneNumber ? number !== undefined && number.customer_id === customer.id && number.location_id === locationId : undefined;
    problems.push(...checkSubscriberPackage(catalogue, {
      ordered: lines.map((l) => ({ name: l.name, quantity: l.quantity })), package: draft.package, role: draft.role,
      locationId, phoneNumber: draft.phoneNumber, extension: draft.extension, numberAtLocation,
    }));
    // A number outside the location is refused also for a package without calling.
    if (draft.phoneNumber && numberAtLocation === false && !problems.some((p) => p.code === 'number_not_at_location')) {
      problems.push({ code: 'number_not_at_location', field: 'phoneNumber', detail: locationId ? 'That number is not one of the location\'s numbers.' : 'A phone number needs the location it belongs to (locationId).' });
    }
    if (number && numberAtLocation && number.subscriber_id !== null) problems.push({ code: 'number_assigned', field: 'phoneNumber', detail: `${number.number} is assigned to another subscriber.` });
    if ((await repo.emailsInUse(trx, [draft.email])).size > 0) problems.push({ code: 'email_in_use', field: 'email', detail: `${draft.email} is an active subscriber's already.` });
    if (draft.extension && (await repo.extensionsInUse(trx, customer.id, [draft.extension])).size > 0) {
      problems.push({ code: 'extension_in_use', field: 'extension', detail: `A subscriber of this customer has extension ${draft.extension} already.` });
    }
    if (problems.length > 0) return { problems };
    const row = await repo.takeOneAndInsert(trx, {
      id: uuidv7(), customerId: customer.id, email: draft.email, firstName: draft.firstName.trim(), lastName: draft.lastName.trim(), package: draft.package, role: draft.role,
      locationId, extension: draft.extension, at,
    });
    if (!row) {
      return { problems: [{ code: 'package_cap_reached', field: 'package', detail: `Every "${draft.package}" the customer ordered is assigned: raise the quantity or free one.` }] };
    }
    if (number && !(await locations.assignNumber(trx, number.id, row.id, at))) {
      return { problems: [{ code: 'number_assigned', field: 'phoneNumber', detail: `${number.number} is assigned to another subscriber.` }] };
    }
    return { row, number: number?.number ?? null };
  }

  async function recordSubscriber(
    trx: Tx, actor: Actor, type: 'wholesale.subscriber_created' | 'wholesale.subscriber_updated' | 'wholesale.subscriber_removed', customer: CustomerRow,
    after: ReturnType<typeof presentSubscriber> | undefined, before?: ReturnType<typeof presentSubscriber>,
  ) {
    const id = (after ?? before)!.id;
    await record(trx, app.jobs, actor, {
      audit: { action: type, companyId: customer.partner_id, targetType: 'wholesale_subscriber', targetId: id, before, after },
      events: [{ type, companyId: customer.partner_id, actorUserId: actor.userId, payload: { customerId: customer.id, partnerId: customer.partner_id, externalId: customer.external_id, subscriberId: id } }],
    });
  }

  /** Places the drafts in one transaction (the customer locked): the created ones, or every row's problems and nothing created. */
  async function placeAll(trx: Tx, actor: Actor, customer: CustomerRow, drafts: SubscriberDraft[]) {
    const lines = await customers.listLines(trx, [customer.id]);
    const at = new Date();
    const results: ({ row: repo.SubscriberRow; number: string | null } | { problems: SubscriberProblem[] })[] = [];
    for (const draft of drafts) results.push(await place(trx, customer, lines, draft, at));
    if (results.every((r) => 'row' in r)) {
      const created = results.flatMap((r) => ('row' in r ? [r] : []));
      for (const r of created) await recordSubscriber(trx, actor, 'wholesale.subscriber_created', customer, presentSubscriber(r.row, r.number));
      await queueWelcomes(app, trx, customer, created.map((r) => r.row));
    }
    return results;
  }

  async function create(actor: Actor, input: CreateSubscriberInput) {
    try {
      return await db.kysely.transaction().execute(async (trx) => {
        const customer = await visibleCustomer(trx, actor, input.customerId, 'wholesale.customers.manage', { forUpdate: true, field: 'customerId' });
        refuseGone(customer);
        const [result] = await placeAll(trx, actor, customer, [{
          email: input.email, firstName: input.firstName, lastName: input.lastName, package: input.package, role: input.role ?? 'user',
          locationId: input.locationId ?? null, phoneNumber: input.phoneNumber ?? null, extension: input.extension ?? null,
        }]);
        if ('problems' in result!) throw asAppError(result.problems);
        return presentSubscriber(result!.row, result!.number);
      });
    } catch (error) {
      throw uniqueProblem(error);
    }
  }

  /** The subscriber and its customer as the actor may see them: missing, removed and another partner's are the same 404. */
  async function visible(trx: Tx | typeof db.kysely, actor: Actor, id: string, capability: 'wholesale.customers.view' | 'wholesale.customers.manage', forUpdate = false) {
    const row = await repo.findSubscriber(trx, id, { forUpdate });
    if (!row) throw notFound('subscriber', 'id');
    try {
      const customer = await visibleCustomer(trx, actor, row.customer_id, capability, { forUpdate });
      return { row, customer };
    } catch (error) {
      if (error instanceof AppError && error.kind === 'not_found') throw notFound('subscriber', 'id');
      throw error;
    }
  }

  async function get(actor: Actor, id: string) {
    const { row } = await visible(db.kysely, actor, id, 'wholesale.customers.view');
    return presentSubscriber(row, (await locations.numberOfSubscriber(db.kysely, id))?.number ?? null);
  }

  async function list(actor: Actor, input: SubscriberListInput) {
    await visibleCustomer(db.kysely, actor, input.customerId, 'wholesale.customers.view', { field: 'customerId' });
    const limit = input.limit ?? 50;
    const rows = await repo.listSubscribers(db.kysely, { customerId: input.customerId, after: decodeCursor(input.cursor), limit });
    const page = toPage(rows, limit);
    const numbers = new Map((await locations.numbersOfSubscribers(db.kysely, page.items.map((r) => r.id))).map((n) => [n.subscriber_id, n.number]));
    return { items: page.items.map((r) => presentSubscriber(r, numbers.get(r.id) ?? null)), nextCursor: page.nextCursor };
  }

  /**
   * A subscriber to change and its customer, both locked: the customer first, as creation locks it
   * (the same order, no deadlock). Another partner's is 404; a deprovisioned customer's 409. The
   * row is undefined when another request removed it meanwhile.
   */
  async function lockedSubscriber(trx: Tx, actor: Actor, id: string) {
    const peek = await repo.findSubscriber(trx, id);
    if (!peek) throw notFound('subscriber', 'id');
    const customer = await visibleCustomer(trx, actor, peek.customer_id, 'wholesale.customers.manage', { forUpdate: true }).catch((error: unknown) => {
      throw error instanceof AppError && error.kind === 'not_found' ? notFound('subscriber', 'id') : error;
    });
    refuseGone(customer, 'id');
    return { customer, row: await repo.findSubscriber(trx, id, { forUpdate: true }) };
  }

  async function update(actor: Actor, id: string, edit: UpdateSubscriberInput) {
    try {
      return await db.kysely.transaction().execute(async (trx) => {
        const { customer, row } = await lockedSubscriber(trx, actor, id);
        if (!row) throw notFound('subscriber', 'id');
        const held = await locations.numberOfSubscriber(trx, id);
        const before = presentSubscriber(row, held?.number ?? null);
        const role: SubscriberRole = row.role === 'full_admin' ? 'full_admin' : edit.role ?? row.role;
        if (row.role === 'full_admin' && edit.role !== undefined) throw conflict('full_admin_role', 'The full admin stays the full admin.', 'role');
        const pkg = edit.package ?? row.package;
        const locationId = edit.locationId !== undefined ? edit.locationId : row.location_id;
        const phoneNumber = edit.phoneNumber !== undefined ? edit.phoneNumber : locationId === row.location_id ? held?.number ?? null : null;
        const extension = edit.extension !== undefined ? edit.extension : row.extension;
        const problems: SubscriberProblem[] = [];
        if (locationId && locationId !== row.location_id) {
          const location = await locations.findLocation(trx, locationId);
          if (!location || location.customer_id !== customer.id) problems.push({ code: 'location_not_found', field: 'locationId', detail: 'The customer has no such location.' });
        }
        const number = phoneNumber ? await locations.findNumber(trx, phoneNumber) : undefined;
        const numberAtLocation = phoneNumber ? number !== undefined && number.customer_id === customer.id && number.location_id === locationId : undefined;
        const lines = await customers.listLines(trx, [customer.id]);
        problems.push(...checkSubscriberPackage(catalogue, {
          ordered: lines.map((l) => ({ name: l.name, quantity: l.quantity })), package: pkg, role, locationId, phoneNumber, extension, numberAtLocation, current: row.package,
        }));
        if (phoneNumber && numberAtLocation === false && !problems.some((p) => p.code === 'number_not_at_location')) {
          problems.push({ code: 'number_not_at_location', field: 'phoneNumber', detail: 'That number is not one of the location\'s numbers.' });
        }
        if (problems.length > 0) throw asAppError(problems);
        const at = new Date();
        if (pkg !== row.package) {
          await customers.releaseOne(trx, customer.id, row.package);
          if (!(await customers.takeOne(trx, customer.id, pkg))) throw asAppError([{ code: 'package_cap_reached', field: 'package', detail: `Every "${pkg}" the customer ordered is assigned.` }]);
          await repo.closeAssignment(trx, id, at);
          await repo.openAssignment(trx, { customerId: customer.id, subscriberId: id, package: pkg, at });
        }
        if ((held?.number ?? null) !== phoneNumber) {
          await locations.releaseNumber(trx, id);
          if (number && !(await locations.assignNumber(trx, number.id, id, at))) {
            throw asAppError([{ code: 'number_assigned', field: 'phoneNumber', detail: `${number.number} is assigned to another subscriber.` }]);
          }
        }
        const updated = await repo.updateSubscriber(trx, id, { package: pkg, role, locationId, extension, at });
        const after = presentSubscriber(updated, phoneNumber);
        await recordSubscriber(trx, actor, 'wholesale.subscriber_updated', customer, after, before);
        return after;
      });
    } catch (error) {
      throw uniqueProblem(error);
    }
  }

  /** Removes the subscriber: its package goes back to the cap, its number is free, its package period ends. */
  async function remove(actor: Actor, id: string) {
    await db.kysely.transaction().execute(async (trx) => {
      const { customer, row } = await lockedSubscriber(trx, actor, id);
      if (!row) return;
      if (row.role === 'full_admin') throw conflict('full_admin_required', 'The full admin cannot be removed: the customer needs one.', 'id');
      const held = await locations.numberOfSubscriber(trx, id);
      const at = new Date();
      await locations.releaseNumber(trx, id);
      await customers.releaseOne(trx, customer.id, row.package);
      await repo.closeAssignment(trx, id, at);
      await repo.markRemoved(trx, id, at);
      await recordSubscriber(trx, actor, 'wholesale.subscriber_removed', customer, undefined, presentSubscriber(row, held?.number ?? null));
    });
  }

  return { create, get, list, update, remove, placeAll, visibleCustomer: (trx: Tx, actor: Actor, id: string) => visibleCustomer(trx, actor, id, 'wholesale.customers.manage', { forUpdate: true }) };
}

export type SubscribersService = ReturnType<typeof createSubscribersService>;
