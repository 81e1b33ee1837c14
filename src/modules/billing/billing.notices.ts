import { defineNotice } from '../../platform/notify/notices.ts';
import { formatMinor } from './billing.codes.ts';
import * as repo from './billing.repo.ts';

/** Billing's notices: a month's invoice is ready (the financial group's first notice). */
export const billingNotices = [
  defineNotice<'invoice.ready'>({
    type: 'financial.invoice_ready',
    group: 'financial',
    audience: 'company_subscribers',
    event: 'invoice.ready',
    link: (p) => `/invoices/${p.invoiceId}`,
    load: async (db, event) => {
      const invoice = await repo.findInvoice(db, event.payload.invoiceId);
      if (!invoice) return [];
      const total = invoice.totals.map((t) => `${formatMinor(t.amountMinor, t.currency)} ${t.currency}`).join(', ');
      return [{ companyId: invoice.company_id, params: { invoiceId: invoice.id, number: invoice.number, month: invoice.month, total } }];
    },
  }),
];
