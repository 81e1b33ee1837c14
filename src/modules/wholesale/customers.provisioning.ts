import { setTimeout as sleep } from 'node:timers/promises';
import type { AppContext } from '../../platform/context.ts';
import type { SystemActor } from '../../platform/actor.ts';
import type { Tx } from '../../platform/db/db.ts';
import { loadEvent, type JobSpec } from '../../platform/jobs/jobs.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { companyCompliance } from '../accounts/index.ts';
import * as repo from './customers.repo.ts';
import * as subscribers from './subscribers.repo.ts';
import * as templates from './templates.repo.ts';
import { DEFAULT_CATALOGUE } from './packages.catalogue.ts';
import { organisationPackage } from './packages.policy.ts';
import { queueWelcomes } from './subscribers.service.ts';
import { apiStatus, provisionLine, provisioningOutcome } from './customers.policy.ts';
import type { CustomerStatus } from './wholesale.tables.ts';

export const PROVISION_JOB = 'wholesale.provision';
export const DEPROVISION_JOB = 'wholesale.deprovision';
export const COMPLIANCE_STATUS_JOB = 'wholesale.compliance-status';

const SYSTEM: SystemActor = { system: true, requestId: 'wholesale' };
const catalogue = DEFAULT_CATALOGUE;

/**
 * The background side of customers: provisioning their packages on the (simulated) service
 * platform, one package after another with WHOLESALE_SIM_DELAY_MS each; deprovisioning; and the
 * status change a restricted-party review makes (pending_rpl_review). Every change of the status the
 * API shows emits wholesale.customer_status_changed, so an integration need not poll.
 */
export function createProvisioning(app: AppContext) {
  const { db } = app;

  async function statusChanged(trx: Tx, row: repo.CustomerRow, status: string, previous: string) {
    if (status === previous) return;
    await app.jobs.emit(trx, {
      type: 'wholesale.customer_status_changed', companyId: row.partner_id, actorUserId: null,
      payload: { customerId: row.id, partnerId: row.partner_id, externalId: row.external_id, status, previous },
    });
  }

  /** The headquarters and the full admin, made once at the first provisioning (the admin takes the organisation's package). */
  async function firstProvisioning(trx: Tx, row: repo.CustomerRow, at: Date) {
    const template = await templates.findTemplate(trx, row.template_id);
    const hq = row.headquarters ?? {};
    const locationId = await repo.insertHeadquarters(trx, {
      id: uuidv7(), customerId: row.id, name: hq.name ?? 'Headquarters', address: hq.address ?? row.address,
      timeZone: hq.timeZone ?? template?.calling_settings.defaultTimeZone ?? 'UTC', language: row.language,
    });
    const lines = await repo.lockLines(trx, row.id);
    const pkg = organisationPackage(catalogue, lines.filter((l) => l.status === 'provisioned'));
    if (!pkg) return;
    if (await repo.emailInUse(trx, row.primary_email)) {
      return { code: 'admin_email_in_use', field: 'customerInfo.primaryEmail', detail: `${row.primary_email} is a subscriber of another customer: add the administrator by hand.` };
    }
    if (await repo.fullAdminOf(trx, row.id)) return;
    const digits = template?.calling_settings.extensionLength ?? 4;
    // Named after its e-mail's local part; without one of the package left, no admin.
    const admin = await subscribers.takeOneAndInsert(trx, {
      id: uuidv7(), customerId: row.id, email: row.primary_email, firstName: row.primary_email.split('@')[0]!, lastName: '(administrator)',
      package: pkg.name, role: 'full_admin', locationId: pkg.callingEnabled ? locationId : null, extension: pkg.callingEnabled ? '1'.padEnd(digits, '0') : null, at,
    });
    if (!admin) return;
    // Like any subscriber's: webhooks hear of it, and it is welcomed.
    await app.jobs.emit(trx, {
      type: 'wholesale.subscriber_created', companyId: row.partner_id, actorUserId: null,
      payload: { customerId: row.id, partnerId: row.partner_id, externalId: row.external_id, subscriberId: admin.id },
    });
    await queueWelcomes(app, trx, row, [admin]);
    return undefined;
  }

  async function provision(data: { eventId: string }) {
    const event = await loadEvent(db.kysely, data.eventId, 'wholesale.customer_created', 'wholesale.customer_updated');
    if (!event) return;
    const id = event.payload.customerId;
    const pending = (await repo.listLines(db.kysely, [id])).filter((l) => l.status === 'pending' || l.status === 'provisioning');
    for (const line of pending) {
      const row = await repo.findCustomer(db.kysely, id);
      if (!row || row.status !== 'provisioning') return;
      await repo.setLineStatus(db.kysely, id, line.name, 'provisioning');
      if (app.config.wholesaleSimDelayMs > 0) await sleep(app.config.wholesaleSimDelayMs);
      const error = provisionLine(catalogue, line.name, row.country);
      await repo.setLineStatus(db.kysely, id, line.name, error ? 'error' : 'provisioned', error);
    }
    await db.kysely.transaction().execute(async (trx) => {
      const row = await repo.findCustomer(trx, id, { forUpdate: true });
      if (!row || row.status !== 'provisioning') return;
      const lines = await repo.listLines(trx, [id]);
      if (lines.some((l) => l.status === 'pending' || l.status === 'provisioning')) return; // a later update's job finishes it
      const at = new Date();
      const errors = lines.filter((l) => l.error).map((l) => l.error!);
      const warning = row.provisioned_at ? undefined : await firstProvisioning(trx, row, at);
      const status: CustomerStatus = provisioningOutcome(lines);
      await repo.setStatus(trx, id, { status, errors, warnings: warning ? [...row.warnings, warning] : undefined, provisionedAt: row.provisioned_at ?? at });
      await writeAudit(trx, SYSTEM, { action: 'wholesale.customer_provisioned', companyId: row.partner_id, targetType: 'wholesale_customer', targetId: id, after: { status, errors } });
      await statusChanged(trx, row, apiStatus(status, row.compliance_status), apiStatus(row.status, row.compliance_status));
    });
  }

  /** Ends a customer: its subscribers and numbers removed, its company deprovisioned (accounts), status deprovisioned. */
  async function finish(trx: Tx, row: repo.CustomerRow, reason: string) {
    const at = new Date();
    const removed = await repo.clearCustomer(trx, row.id, at);
    await repo.setStatus(trx, row.id, { status: 'deprovisioned', deprovisionedAt: at });
    await writeAudit(trx, SYSTEM, { action: 'wholesale.customer_deprovisioned', companyId: row.partner_id, targetType: 'wholesale_customer', targetId: row.id, after: { reason, subscribersRemoved: removed } });
    await statusChanged(trx, row, 'deprovisioned', apiStatus(row.status, row.compliance_status));
    // The partner's own organisation stays: only its wholesale subscription ends.
    if (row.company_id !== row.partner_id) await companyCompliance.deprovision(app, trx, SYSTEM, row.company_id, reason, at);
  }

  async function deprovision(data: { eventId: string }) {
    const event = await loadEvent(db.kysely, data.eventId, 'wholesale.customer_status_changed', 'company.deprovisioned');
    if (!event) return;
    if (event.type === 'wholesale.customer_status_changed') {
      if (event.payload.status !== 'deprovisioning') return;
      await db.kysely.transaction().execute(async (trx) => {
        const row = await repo.findCustomer(trx, event.payload.customerId, { forUpdate: true });
        if (row?.status === 'deprovisioning') await finish(trx, row, 'partner_deleted');
      });
      return;
    }
    // Compliance (or an operator) deprovisioned the company: its wholesale customers end with it.
    for (const ref of await repo.customersOfCompany(db.kysely, event.payload.companyId)) {
      await db.kysely.transaction().execute(async (trx) => {
        const row = await repo.findCustomer(trx, ref.id, { forUpdate: true });
        if (row && row.status !== 'deprovisioned') await finish(trx, row, event.payload.reason);
      });
    }
  }

  /** A review opened or decided: the customer's shown status enters or leaves pending_rpl_review. */
  async function complianceStatus(data: { eventId: string }) {
    const event = await loadEvent(db.kysely, data.eventId, 'compliance.status_changed');
    if (!event) return;
    for (const ref of await repo.customersOfCompany(db.kysely, event.payload.companyId)) {
      await db.kysely.transaction().execute(async (trx) => {
        const row = await repo.findCustomer(trx, ref.id, { forUpdate: true });
        if (row) await statusChanged(trx, row, apiStatus(row.status, event.payload.status), apiStatus(row.status, event.payload.previous));
      });
    }
  }

  const jobs: JobSpec[] = [
    { name: PROVISION_JOB, events: ['wholesale.customer_created', 'wholesale.customer_updated'], handler: provision, retryLimit: 5, retryDelaySeconds: 1, batchSize: 10, workers: 2 },
    { name: DEPROVISION_JOB, events: ['wholesale.customer_status_changed', 'company.deprovisioned'], handler: deprovision, retryLimit: 5, retryDelaySeconds: 1 },
    { name: COMPLIANCE_STATUS_JOB, events: ['compliance.status_changed'], handler: complianceStatus, retryLimit: 5, retryDelaySeconds: 1 },
  ];
  return { jobs };
}
