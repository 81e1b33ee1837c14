import type { Tx } from '../../platform/db/db.ts';
import type { AppContext } from '../../platform/context.ts';
import { previousMonth } from './billing.charges.ts';
import { createInvoicesService } from './invoices.service.ts';
import { writeAudit } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import * as repo from './billing.repo.ts';
import { checkPriceBook, type PriceItem } from './billing.pricebook.ts';
import { bookCounts } from './billing.service.ts';

/**
 * Command for the demo data: the price book, when it is empty (by the book's rules, with the audit
 * row a replacement writes, by the system). Returns whether it wrote it.
 */
export async function seedPriceBook(trx: Tx, items: PriceItem[], operatorId: string): Promise<boolean> {
  await repo.lockPriceBook(trx);
  if ((await repo.priceBook(trx)).length > 0) return false;
  checkPriceBook(items);
  await repo.replacePriceBook(trx, items.map((item) => ({ ...item, id: uuidv7() })), null);
  await writeAudit(trx, { system: true, requestId: 'demo' }, {
    action: 'price_book.replaced', companyId: operatorId, targetType: 'price_book', targetId: null, before: bookCounts([]), after: bookCounts(items),
  });
  return true;
}

/**
 * Command for the demo data: closes the month before `now` in the caller's transaction (its
 * invoices and audit rows, no notices), as the monthly close job would have. Returns how many invoices it made.
 */
export async function seedClosedMonth(app: AppContext, trx: Tx, now = new Date()): Promise<number> {
  return (await createInvoicesService(app).closeMonth(previousMonth(now), { trx, notify: false })).invoices;
}
