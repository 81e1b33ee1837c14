import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/actor.ts';
import { AppError, conflict, notFound } from '../../platform/errors.ts';
import { record } from '../../platform/events/record.ts';
import { access } from '../../platform/access/access.ts';
import { isUniqueViolation, type Tx } from '../../platform/db/db.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { changeBillingAddressTx, insertCompanyTx } from '../accounts/index.ts';
import * as repo from './customers.repo.ts';
import * as templates from './templates.repo.ts';
import { isTimeZone } from './templates.policy.ts';
import { DEFAULT_CATALOGUE } from './packages.catalogue.ts';
import { checkPackageUpdate } from './packages.policy.ts';
import { defaultDialIn } from './dialin.ts';
import { apiStatus, checkCustomer, type CustomerDraft } from './customers.policy.ts';
import { presentCustomer } from './customers.present.ts';
import { partnerRef, visibleCustomer } from './customers.access.ts';
import type { CreateCustomerInput, CustomerListInput, UpdateCustomerInput } from './customers.schemas.ts';
import type { CustomerStatus, ProvisioningNote, StoredDialIn } from './wholesale.tables.ts';

const catalogue = DEFAULT_CATALOGUE;

/** The first problem as the one error the API answers (422: well-formed, but not possible). */
const refusal = (problems: ProvisioningNote[]) =>
  new AppError('invalid', problems[0]!.code, problems[0]!.detail, problems[0]!.field, { problems }, 422);

const dialInOf = (country: string): StoredDialIn => defaultDialIn(country)!;

const ownExists = () => {
  const problem = { code: 'own_organisation_exists', field: 'ownOrganisation', detail: 'Your own organisation is a customer already: cancel that one first (DELETE) to make another.' };
  return { problem, error: conflict(problem.code, problem.detail, problem.field) };
};

/** Thrown inside a create's transaction when another create with the same externalId won: rolls back its company. */
class ExternalIdTaken extends Error {}

/**
 * Wholesale customer organisations (PRODUCT.md §5): a partner creates them with a template's
 * provisioning id; provisioning runs in the background (customers.provisioning.ts). A customer is
 * a managed company of the partner, so accounts holds its company and compliance screens it.
 */
export function createCustomersService(app: AppContext) {
  const { db } = app;

  async function withLines(rows: repo.CustomerRow[]) {
    const lines = await repo.listLines(db.kysely, rows.map((r) => r.id));
    return rows.map((row) => presentCustomer(row, lines.filter((l) => l.customer_id === row.id)));
  }
  const one = async (row: repo.CustomerRow) => (await withLines([row]))[0]!;

  /** The partner's template a provisioning id names: unknown and another partner's are the same 404. */
  async function templateFor(actor: Actor, provisioningId: string) {
    const template = await templates.findByProvisioningId(db.kysely, provisioningId);
    if (!template || template.partner_id !== actor.companyId) throw notFound('template', 'provisioningId');
    return template;
  }

  function check(input: CustomerDraft, pstnProvider: string | null) {
    return checkCustomer(catalogue, input, { dataRegions: app.config.dataRegions, pstnProvider, isTimeZone });
  }

  /** The precheck: would a create succeed, and with what; creates nothing. */
  async function validate(actor: Actor, input: CreateCustomerInput) {
    access.require(actor, 'wholesale.customers.manage', partnerRef(actor.companyId));
    const template = await templates.findByProvisioningId(db.kysely, input.provisioningId);
    const result = check(input, template?.pstn_provider ?? null);
    const problems = [...result.problems];
    if (!template || template.partner_id !== actor.companyId) {
      problems.unshift({ code: 'template_not_found', field: 'provisioningId', detail: 'No onboarding template of yours has this provisioning id.' });
    }
    const existing = await repo.findByExternalId(db.kysely, actor.companyId, input.externalId);
    if (existing) problems.push({ code: 'external_id_exists', field: 'externalId', detail: `Customer ${existing.id} has this externalId: a create returns it instead of making a second.` });
    else if (input.ownOrganisation && (await repo.findOwnOrganisation(db.kysely, actor.companyId))) problems.push(ownExists().problem);
    const dialIn = defaultDialIn(input.address.country);
    return {
      ok: problems.length === 0, problems, warnings: result.warnings,
      info: { region: dialIn?.region ?? '', dataRegion: result.dataRegion, dialIn: { countryCode: dialIn?.countryCode ?? '', number: dialIn?.number ?? '' } },
    };
  }

  /** 202 with the new customer, or 200 with the one this partner made with the same externalId (also when both arrive at once). */
  async function create(actor: Actor, input: CreateCustomerInput): Promise<{ id: string; created: boolean }> {
    access.require(actor, 'wholesale.customers.manage', partnerRef(actor.companyId));
    const existing = await repo.findByExternalId(db.kysely, actor.companyId, input.externalId);
    if (existing) return { id: existing.id, created: false };
    const template = await templateFor(actor, input.provisioningId);
    const result = check(input, template.pstn_provider);
    if (result.problems.length > 0) throw refusal(result.problems);
    const id = uuidv7();
    try {
      await db.kysely.transaction().execute(async (trx) => {
        // The partner's own organisation keeps its company (screened already); a customer gets a managed one.
        const company = input.ownOrganisation
          ? { id: actor.companyId }
          : await insertCompanyTx(app, trx, actor, { type: 'managed', name: input.customerInfo.name.trim(), partnerId: actor.companyId, accountRef: input.externalId.slice(0, 64), billingAddress: input.address });
        const hq = input.headquarters;
        const inserted = await repo.insertCustomer(trx, {
          id, partnerId: actor.companyId, companyId: company.id, templateId: template.id, externalId: input.externalId, name: input.customerInfo.name.trim(),
          primaryEmail: input.customerInfo.primaryEmail, language: input.customerInfo.language ?? template.default_email_language, address: input.address,
          headquarters: hq ? { ...hq, ...(hq.name ? { name: hq.name.trim() } : {}) } : null, dataRegion: result.dataRegion, dialIn: dialInOf(input.address.country),
          warnings: result.warnings, createdBy: actor.userId,
        });
        if (!inserted) throw new ExternalIdTaken();
        await repo.insertLines(trx, id, input.packages.map((l) => ({ ...l, status: 'pending' as const })), new Date());
        const ref = { customerId: id, partnerId: actor.companyId, externalId: input.externalId };
        await record(trx, app.jobs, actor, {
          audit: { action: 'wholesale.customer_created', companyId: actor.companyId, targetType: 'wholesale_customer', targetId: id, after: { ...input, companyId: company.id } },
          events: [
            { type: 'wholesale.customer_created', companyId: actor.companyId, actorUserId: actor.userId, payload: ref },
            { type: 'wholesale.customer_status_changed', companyId: actor.companyId, actorUserId: actor.userId, payload: { ...ref, status: 'provisioning', previous: null } },
          ],
        });
      });
      return { id, created: true };
    } catch (error) {
      if (isUniqueViolation(error, 'wholesale_customers_own')) throw ownExists().error;
      if (!(error instanceof ExternalIdTaken)) throw error;
      const winner = await repo.findByExternalId(db.kysely, actor.companyId, input.externalId);
      return { id: winner!.id, created: false };
    }
  }

  const get = async (actor: Actor, id: string) => one(await visibleCustomer(db.kysely, actor, id, 'wholesale.customers.view'));

  async function list(actor: Actor, input: CustomerListInput) {
    access.require(actor, 'wholesale.customers.view');
    const partnerId = actor.companyType === 'operator' ? input.partnerId ?? null : actor.companyId;
    if (input.partnerId) access.require(actor, 'wholesale.customers.view', partnerRef(input.partnerId), ['partner', 'partnerId']);
    const limit = input.limit ?? 50;
    const status = input.status;
    const rows = await repo.listCustomers(db.kysely, {
      partnerId, externalId: input.externalId, after: decodeCursor(input.cursor), limit,
      statuses: status === undefined ? undefined : status === 'pending_rpl_review' ? ['provisioning', 'provisioned', 'provisioned_with_errors'] : [status as CustomerStatus],
      pendingReview: status === undefined ? undefined : status === 'pending_rpl_review' ? true : ['provisioning', 'provisioned', 'provisioned_with_errors'].includes(status) ? false : undefined,
    });
    const page = toPage(rows, limit);
    return { items: await withLines(page.items), nextCursor: page.nextCursor };
  }

  const gone = (row: repo.CustomerRow) => row.status === 'deprovisioning' || row.status === 'deprovisioned';
  const goneError = () => conflict('customer_deprovisioned', 'The customer is deprovisioned (or being deprovisioned): it cannot change.', 'id');

  /** Replaces the package list (complete; none below what is assigned) and maybe the address: 202, new lines are provisioned in the background. */
  async function update(actor: Actor, id: string, input: UpdateCustomerInput) {
    const problems = check({ address: input.address ?? { addressLine1: '-', city: '-', country: 'DE' }, packages: input.packages }, null).problems
      .filter((p) => input.address !== undefined || !p.field?.startsWith('address'));
    if (problems.length > 0) throw refusal(problems);
    await db.kysely.transaction().execute(async (trx) => {
      const before = await visibleCustomer(trx, actor, id, 'wholesale.customers.manage', { forUpdate: true });
      if (gone(before)) throw goneError();
      const lines = await repo.lockLines(trx, id);
      const assigned = new Map(lines.map((l) => [l.name, l.assigned]));
      const below = checkPackageUpdate(catalogue, input.packages, assigned);
      if (below.length > 0) throw refusal(below.map((p) => ({ code: p.code, field: p.field, detail: p.detail })));
      const at = new Date();
      const changed: string[] = [];
      const wanted = new Map(input.packages.map((l) => [l.name, l.quantity]));
      for (const line of lines) {
        const quantity = wanted.get(line.name);
        if (quantity === undefined) await repo.deleteLine(trx, id, line.name, at);
        else if (quantity !== line.quantity) await repo.setLineQuantity(trx, id, line.name, quantity, at);
        if (quantity !== line.quantity) changed.push(`packages.${line.name}`);
      }
      const added = input.packages.filter((l) => !assigned.has(l.name));
      await repo.insertLines(trx, id, added.map((l) => ({ ...l, status: 'pending' as const })), at);
      changed.push(...added.map((l) => `packages.${l.name}`));
      if (input.address && JSON.stringify(input.address) !== JSON.stringify(before.address)) {
        await repo.updateAddress(trx, id, input.address, dialInOf(input.address.country));
        // The partner's own organisation: its company's billing address is its own settings' (re-screened there).
        if (before.company_id !== before.partner_id) await changeBillingAddressTx(app, trx, actor, before.company_id, input.address);
        changed.push('address');
      }
      const ref = { customerId: id, partnerId: before.partner_id, externalId: before.external_id };
      const events: Parameters<typeof record>[3]['events'] = [{ type: 'wholesale.customer_updated', companyId: before.partner_id, actorUserId: actor.userId, payload: { ...ref, changed } }];
      if (added.length > 0) {
        await repo.setStatus(trx, id, { status: 'provisioning' });
        if (before.status !== 'provisioning') {
          events.push({ type: 'wholesale.customer_status_changed', companyId: before.partner_id, actorUserId: actor.userId, payload: { ...ref, status: apiStatus('provisioning', before.compliance_status), previous: apiStatus(before.status, before.compliance_status) } });
        }
      }
      await record(trx, app.jobs, actor, {
        audit: { action: 'wholesale.customer_updated', companyId: before.partner_id, targetType: 'wholesale_customer', targetId: id, before: { packages: lines.map((l) => ({ name: l.name, quantity: l.quantity })), address: before.address }, after: input },
        events,
      });
    });
    return { id, url: `/v1/wholesale/customers/${id}` };
  }

  /** Deprovisions the customer with its subscribers and numbers, in the background: 202. A second DELETE changes nothing. */
  async function remove(actor: Actor, id: string) {
    await db.kysely.transaction().execute(async (trx: Tx) => {
      const before = await visibleCustomer(trx, actor, id, 'wholesale.customers.manage', { forUpdate: true });
      if (gone(before)) return;
      await repo.setStatus(trx, id, { status: 'deprovisioning' });
      const ref = { customerId: id, partnerId: before.partner_id, externalId: before.external_id };
      await record(trx, app.jobs, actor, {
        audit: { action: 'wholesale.customer_deprovisioning', companyId: before.partner_id, targetType: 'wholesale_customer', targetId: id, before: { status: before.status } },
        events: [{ type: 'wholesale.customer_status_changed', companyId: before.partner_id, actorUserId: actor.userId, payload: { ...ref, status: 'deprovisioning', previous: apiStatus(before.status, before.compliance_status) } }],
      });
    });
    return { id, url: `/v1/wholesale/customers/${id}` };
  }

  const catalogueView = () => ({ packages: catalogue.packages, dataRegions: app.config.dataRegions });

  return { validate, create, get, list, update, remove, catalogue: catalogueView };
}

export type CustomersService = ReturnType<typeof createCustomersService>;
