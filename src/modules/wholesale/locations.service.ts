import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { record } from '../../platform/events/record.ts';
import type { Executor } from '../../platform/db/db.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { visibleCustomer } from './customers.access.ts';
import type { CustomerRow } from './customers.repo.ts';
import * as repo from './locations.repo.ts';
import { isTimeZone } from './templates.policy.ts';
import type { AddNumbersInput, CreateLocationInput } from './locations.schemas.ts';

export const presentNumber = (n: repo.NumberRow) => ({ id: n.id, number: n.number, subscriberId: n.subscriber_id, assignedAt: n.assigned_at?.toISOString() ?? null });

export function presentLocation(row: repo.LocationRow, numbers: repo.NumberRow[]) {
  return {
    id: row.id, customerId: row.customer_id, name: row.name, address: row.address, timeZone: row.time_zone, language: row.language,
    headquarters: row.headquarters, numbers: numbers.filter((n) => n.location_id === row.id).map(presentNumber), createdAt: row.created_at.toISOString(),
  };
}

/** A customer that is deprovisioned (or being deprovisioned) changes no more. */
export function refuseGone(row: CustomerRow, field = 'customerId') {
  if (row.status === 'deprovisioning' || row.status === 'deprovisioned') {
    throw conflict('customer_deprovisioned', 'The customer is deprovisioned (or being deprovisioned): it cannot change.', field);
  }
}

/** Problems of numbers to add: duplicates in the list, or already on the platform (409 number_taken naming numbers[i]). */
async function checkNewNumbers(db: Executor, numbers: string[], field: string) {
  const seen = new Set<string>();
  numbers.forEach((n, i) => {
    if (seen.has(n)) throw invalid('number_duplicate', `${n} is listed twice.`, `${field}[${i}]`);
    seen.add(n);
  });
  const taken = await repo.takenNumbers(db, numbers);
  const i = numbers.findIndex((n) => taken.has(n));
  if (i >= 0) throw numberTaken(numbers[i]!, `${field}[${i}]`);
}

const numberTaken = (number: string, field: string) => conflict('number_taken', `${number} is on the platform already.`, field);

/** Locations of wholesale customers and their phone numbers (PRODUCT.md §5). */
export function createLocationsService(app: AppContext) {
  const { db } = app;

  async function addNumbers(trx: Executor, customerId: string, locationId: string, numbers: string[], field: string) {
    await checkNewNumbers(trx, numbers, field);
    const added = await repo.insertNumbers(trx, { ids: numbers.map(() => uuidv7()), customerId, locationId, numbers });
    // Another request added one of them meanwhile: the unique number decides, nothing of ours stays.
    if (added !== numbers.length) {
      const taken = await repo.takenNumbers(trx, numbers);
      const i = numbers.findIndex((n) => taken.has(n));
      throw numberTaken(numbers[Math.max(i, 0)]!, `${field}[${Math.max(i, 0)}]`);
    }
  }

  async function create(actor: Actor, customerId: string, input: CreateLocationInput) {
    if (!isTimeZone(input.timeZone)) throw invalid('unknown_time_zone', `${input.timeZone} is not an IANA time zone (e.g. Europe/Berlin).`, 'timeZone');
    return db.kysely.transaction().execute(async (trx) => {
      const customer = await visibleCustomer(trx, actor, customerId, 'wholesale.customers.manage', { forUpdate: true, field: 'id' });
      refuseGone(customer, 'id');
      const name = input.name.trim();
      const row = await repo.insertLocation(trx, { id: uuidv7(), customerId, name, address: input.address, timeZone: input.timeZone, language: input.language });
      if (!row) throw conflict('location_name_taken', `The customer has a location named "${name}" already.`, 'name');
      const numbers = input.phoneNumbers ?? [];
      await addNumbers(trx, customerId, row.id, numbers, 'phoneNumbers');
      await record(trx, app.jobs, actor, {
        audit: { action: 'wholesale.location_created', companyId: customer.partner_id, targetType: 'wholesale_location', targetId: row.id, after: { customerId, ...input, name } },
        events: [{
          type: 'wholesale.location_created', companyId: customer.partner_id, actorUserId: actor.userId,
          payload: { customerId, partnerId: customer.partner_id, externalId: customer.external_id, locationId: row.id },
        }],
      });
      return presentLocation(row, await repo.numbersOfLocations(trx, [row.id]));
    });
  }

  async function list(actor: Actor, customerId: string) {
    await visibleCustomer(db.kysely, actor, customerId, 'wholesale.customers.view', { field: 'id' });
    const rows = await repo.listLocations(db.kysely, customerId);
    const numbers = await repo.numbersOfLocations(db.kysely, rows.map((r) => r.id));
    return { items: rows.map((r) => presentLocation(r, numbers)) };
  }

  async function addRange(actor: Actor, customerId: string, locationId: string, input: AddNumbersInput) {
    return db.kysely.transaction().execute(async (trx) => {
      const customer = await visibleCustomer(trx, actor, customerId, 'wholesale.customers.manage', { forUpdate: true, field: 'id' });
      refuseGone(customer, 'id');
      const location = await repo.findLocation(trx, locationId);
      if (!location || location.customer_id !== customerId) throw notFound('location', 'locationId');
      await addNumbers(trx, customerId, locationId, input.numbers, 'numbers');
      await record(trx, app.jobs, actor, {
        audit: { action: 'wholesale.numbers_added', companyId: customer.partner_id, targetType: 'wholesale_location', targetId: locationId, after: { numbers: input.numbers } },
        events: [],
      });
      return presentLocation(location, await repo.numbersOfLocations(trx, [locationId]));
    });
  }

  return { create, list, addRange };
}

export type LocationsService = ReturnType<typeof createLocationsService>;
