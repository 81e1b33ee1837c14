import type { Invoice } from '../../api/models';
import { formatMoney, formatSpeed } from '../../../../src/i18n/index';
import { TableWrap } from '../../components/TableWrap';
import { useI18n } from '../../i18n';

/** What a charge line shows: an invoice's lines and this month's running charges have these fields. */
export type ChargeLine = Pick<
  Invoice['lines'][number],
  'product' | 'serviceId' | 'serviceName' | 'market' | 'currency' | 'mbps' | 'firstDay' | 'lastDay' | 'days' | 'daysInMonth' | 'monthlyMinor' | 'amountMinor'
>;

/** Charge lines: service, speed, days of the month, monthly price and amount (an invoice, an account's month so far). */
export function ChargeLinesTable({ label, lines }: { label: string; lines: ChargeLine[] }) {
  const { t, lang } = useI18n();
  return (
    <TableWrap label={label}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('invoices.service')}</th>
            <th scope="col">{t('invoices.speed')}</th>
            <th scope="col">{t('invoices.days')}</th>
            <th scope="col">{t('invoices.monthlyPrice')}</th>
            <th scope="col">{t('invoices.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={`${line.serviceId}-${line.firstDay}`}>
              <th scope="row">
                {line.serviceName}{' '}
                <span className="muted small">
                  ({t(`invoices.product.${line.product}`)}, {line.market})
                </span>
              </th>
              <td className="nowrap">{formatSpeed(lang, line.mbps)}</td>
              <td className="nowrap">{t('invoices.dayRange', { first: line.firstDay, last: line.lastDay, days: line.days, of: line.daysInMonth })}</td>
              <td className="nowrap">{formatMoney(lang, line.monthlyMinor, line.currency)}</td>
              <td className="nowrap">{formatMoney(lang, line.amountMinor, line.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
