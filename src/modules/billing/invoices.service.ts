import type { AppContext } from '../../platform/context.ts';
import type { Actor, SystemActor } from '../../platform/actor.ts';
import type { Executor, Tx } from '../../platform/db/db.ts';
import { access, inScope } from '../../platform/access/access.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { invalid } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { csvText } from '../../platform/csv.ts';
import { accountsQueries } from '../accounts/index.ts';
import { networkQueries } from '../network/index.ts';
import { connectionsQueries } from '../connections/index.ts';
import * as repo from './billing.repo.ts';
import { formatMinor } from './billing.codes.ts';
import {
  monthEnd, monthLabel, monthlyCharges, monthStart, parseMonth, previousMonth, totalsOf, type ChargeLine, type Month, type ServicePeriod,
} from './billing.charges.ts';
import type { InvoiceListInput } from './billing.schemas.ts';

export const CLOSE_MONTH_JOB = 'billing.close_month';
const SYSTEM: SystemActor = { system: true, requestId: 'billing-close' };
/** How often a worker looks whether a month has ended and is not yet closed. */
const CLOSE_CHECK_MS = 60 * 60 * 1000;

/** The company that pays for a company's services: itself (direct, partner), its partner (managed), nobody (the operator). */
const payerOf = (company: { id: string; type: string; partner_id: string | null }): string | null =>
  company.type === 'managed' ? company.partner_id : company.type === 'operator' ? null : company.id;

/** Every service live at some time in the month, as the charges take them (read through network's and connections' queries). */
async function servicePeriods(db: Executor, month: Month): Promise<ServicePeriod[]> {
  const from = monthStart(month);
  const to = monthEnd(month);
  const ports = await networkQueries.servicePeriods(db, from, to);
  const vxcs = await connectionsQueries.servicePeriods(db, from, to);
  return [
    ...ports.map((p): ServicePeriod => ({
      product: p.kind, serviceId: p.id, serviceName: p.name, companyId: p.company_id, market: p.country,
      liveAt: p.live_at!, endedAt: p.decommissioned_at, rates: [{ from: p.live_at!, mbps: p.speed_mbps }],
    })),
    ...vxcs.map((c): ServicePeriod => ({
      product: 'vxc', serviceId: c.id, serviceName: c.name, companyId: c.company_id, market: c.country,
      liveAt: c.live_at!, endedAt: c.decommissioned_at,
      rates: [{ from: c.live_at!, mbps: c.changes[0]?.fromMbps ?? c.rate_limit_mbps }, ...c.changes.map((ch) => ({ from: ch.at, mbps: ch.toMbps }))],
    })),
  ];
}

const PRODUCT_ORDER = { port: 0, mcr: 1, vxc: 2 };

const presentLine = (l: repo.InvoiceLineRow) => ({
  accountCompanyId: l.account_company_id, accountName: l.account_name, accountRef: l.account_ref, product: l.product, serviceId: l.service_id,
  serviceName: l.service_name, market: l.market, currency: l.currency, mbps: l.mbps, firstDay: l.first_day, lastDay: l.last_day, days: l.days,
  daysInMonth: l.days_in_month, monthlyMinor: Number(l.monthly_minor), amountMinor: Number(l.amount_minor),
});
type Line = ReturnType<typeof presentLine>;

const presentSummary = (row: repo.InvoiceRow) => ({
  id: row.id, number: row.number, companyId: row.company_id, month: row.month, totals: row.totals, createdAt: row.created_at.toISOString(),
});

const CSV_HEADER = ['invoice', 'month', 'account', 'account_ref', 'product', 'service', 'service_id', 'market', 'currency', 'mbps', 'first_day', 'last_day', 'days', 'days_in_month', 'monthly_price', 'amount'];

export function createInvoicesService(app: AppContext) {
  const { db } = app;

  /**
   * Closes a month: one invoice per paying company with charges in it (direct customers and
   * partners; a managed account's lines go on its partner's invoice), each with its audit row and
   * an `invoice.ready` event. Idempotent: a company that has the month's invoice keeps it (unique
   * per company and month), so a second run makes nothing.
   */
  async function closeMonth(month: Month, options: { trx?: Tx; notify?: boolean } = {}) {
    const notify = options.notify ?? true;
    if (monthEnd(month).getTime() > Date.now()) throw invalid('month_not_over', `The month ${monthLabel(month)} has not ended yet.`, 'month');
    const run = async (trx: Tx) => {
      const label = monthLabel(month);
      const services = await servicePeriods(trx, month);
      const { lines, unpriced } = monthlyCharges(month, services, await repo.priceBook(trx));
      const companies = new Map((await accountsQueries.companies(trx, [...new Set(lines.map((l) => l.companyId))])).map((c) => [c.id, c]));
      const byPayer = new Map<string, ChargeLine[]>();
      for (const line of lines) {
        const payer = payerOf(companies.get(line.companyId)!);
        if (!payer) continue;
        const of = byPayer.get(payer);
        if (of) of.push(line);
        else byPayer.set(payer, [line]);
      }
      let created = 0;
      for (const [payerId, payerLines] of [...byPayer].sort(([a], [b]) => a.localeCompare(b))) {
        // The payer's own services first, then each managed account's (by reference, then name), then by product and service.
        const account = (l: ChargeLine) => companies.get(l.companyId)!;
        const sortKey = (l: ChargeLine) => [l.companyId === payerId ? 0 : 1, account(l).account_ref ?? '', account(l).name, l.companyId] as const;
        const sorted = [...payerLines].sort((a, b) => {
          const [ka, kb] = [sortKey(a), sortKey(b)];
          for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
          return PRODUCT_ORDER[a.product] - PRODUCT_ORDER[b.product] || a.serviceName.localeCompare(b.serviceName) || a.serviceId.localeCompare(b.serviceId) || a.firstDay - b.firstDay;
        });
        const totals = totalsOf(sorted);
        const invoice = await repo.insertInvoice(trx, { id: uuidv7(), companyId: payerId, month: label, totals });
        if (!invoice) continue;
        await repo.insertInvoiceLines(trx, invoice.id, sorted.map((l, position) => ({
          ...l, position, accountCompanyId: l.companyId, accountName: account(l).name, accountRef: l.companyId === payerId ? null : account(l).account_ref,
        })));
        await writeAudit(trx, SYSTEM, {
          action: 'invoice.created', companyId: payerId, targetType: 'invoice', targetId: invoice.id,
          after: { number: invoice.number, month: label, totals, lines: sorted.length },
        });
        if (notify) await app.jobs.emit(trx, { type: 'invoice.ready', companyId: payerId, actorUserId: null, payload: { invoiceId: invoice.id } });
        created++;
      }
      await repo.markClosed(trx, label);
      if (unpriced.length > 0) app.log.warn({ month: label, unpriced }, 'services without a price in the price book were not charged');
      return { month: label, invoices: created, unpriced: unpriced.length };
    };
    return options.trx ? run(options.trx) : db.kysely.transaction().execute(run);
  }

  /** Sends the close job for the month just ended, once per month whichever worker asks first. */
  async function scheduleDueClose(now = new Date()): Promise<boolean> {
    const month = monthLabel(previousMonth(now));
    return db.kysely.transaction().execute(async (trx) => {
      if (!(await repo.claimClose(trx, month))) return false;
      await app.jobs.send(trx, CLOSE_MONTH_JOB, { month });
      return true;
    });
  }

  /** A worker checks at start and then hourly whether a month has ended that nobody closed yet. */
  function startCloseTimer(): { stop(): void } {
    const check = () => scheduleDueClose().catch((error: unknown) => app.log.error({ err: error }, 'could not schedule the monthly close'));
    void check();
    const timer = setInterval(check, CLOSE_CHECK_MS);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }

  /** The job: closes the month it names. */
  async function closeMonthJob(data: { month: string }) {
    await closeMonth(parseMonth(data.month));
  }

  /**
   * This month's charges so far as they will be invoiced, per company of the actor's tree (a
   * partner: itself and each managed account): the services it holds this month and what they
   * come to if they run to the month's end. What the partner hub's account list shows.
   */
  async function currentCharges(actor: Actor, now = new Date()) {
    access.require(actor, 'invoices.view');
    const month = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 };
    const tree = await accountsQueries.treeIds(db.kysely, actor);
    const inTree = (companyId: string) => tree === null || tree.includes(companyId);
    const services = (await servicePeriods(db.kysely, month)).filter((s) => inTree(s.companyId));
    const { lines } = monthlyCharges(month, services, await repo.priceBook(db.kysely));
    const companies = new Map<string, { services: Set<string>; lines: ChargeLine[] }>();
    const of = (companyId: string) => companies.get(companyId) ?? companies.set(companyId, { services: new Set(), lines: [] }).get(companyId)!;
    for (const service of services) of(service.companyId).services.add(service.serviceId);
    for (const line of lines) of(line.companyId).lines.push(line);
    return {
      month: monthLabel(month),
      items: [...companies].map(([companyId, c]) => ({
        companyId, services: c.services.size, totals: totalsOf(c.lines),
        lines: c.lines.map(({ companyId: _company, ...line }) => line),
      })),
    };
  }

  /** The invoices the actor may see: their own company's (the operator: everyone's, or one company's). */
  async function list(actor: Actor, query: InvoiceListInput) {
    access.require(actor, 'invoices.view');
    const limit = query.limit ?? 50;
    const companyId = actor.companyType === 'operator' ? (query.companyId ?? null) : actor.companyId;
    if (actor.companyType !== 'operator' && query.companyId && query.companyId !== actor.companyId) {
      const ref = await accountsQueries.companyRef(db.kysely, query.companyId);
      inScope(actor, ref, (r) => r, 'company', 'companyId');
      return { items: [], nextCursor: null };
    }
    const rows = await repo.listInvoices(db.kysely, { companyId, month: query.month, before: decodeCursor(query.cursor), limit });
    const page = toPage(rows, limit);
    return { items: page.items.map(presentSummary), nextCursor: page.nextCursor };
  }

  async function load(actor: Actor, id: string) {
    const row = await repo.findInvoice(db.kysely, id);
    const company = row ? await accountsQueries.companyRef(db.kysely, row.company_id) : undefined;
    const invoice = inScope(actor, row, () => company, 'invoice', 'id');
    access.require(actor, 'invoices.view', company, ['invoice', 'id']);
    return invoice;
  }

  /** One invoice with its lines, grouped per account (the payer's own, then each managed account's). */
  async function get(actor: Actor, id: string) {
    const row = await load(actor, id);
    const [lines, company] = await Promise.all([repo.invoiceLines(db.kysely, row.id), accountsQueries.company(db.kysely, row.company_id)]);
    const presented = lines.map(presentLine);
    const accounts: { companyId: string; name: string; accountRef: string | null; lines: Line[] }[] = [];
    for (const line of presented) {
      const last = accounts.at(-1);
      if (last && last.companyId === line.accountCompanyId) last.lines.push(line);
      else accounts.push({ companyId: line.accountCompanyId, name: line.accountName, accountRef: line.accountRef, lines: [line] });
    }
    return {
      ...presentSummary(row), companyName: company!.name,
      accounts: accounts.map(({ lines: own, ...a }) => ({ ...a, totals: totalsOf(own) })),
      lines: presented,
    };
  }

  /** The invoice as CSV: one row per line, amounts in major units of their currency. */
  async function csv(actor: Actor, id: string): Promise<{ filename: string; body: string }> {
    const row = await load(actor, id);
    const lines = (await repo.invoiceLines(db.kysely, row.id)).map(presentLine);
    const rows = lines.map((l) => [
      row.number, row.month, l.accountName, l.accountRef, l.product, l.serviceName, l.serviceId, l.market, l.currency, l.mbps,
      l.firstDay, l.lastDay, l.days, l.daysInMonth, formatMinor(l.monthlyMinor, l.currency), formatMinor(l.amountMinor, l.currency),
    ]);
    const body = csvText(CSV_HEADER, rows);
    return { filename: `${row.number}.csv`, body };
  }

  return { currentCharges, closeMonth, closeMonthJob, scheduleDueClose, startCloseTimer, list, get, csv };
}

export type InvoicesService = ReturnType<typeof createInvoicesService>;
