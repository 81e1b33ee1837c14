import { useQuery } from '@tanstack/react-query';
import { getCurrentCharges } from './billing.api';
import { billingKeys } from './queryKeys';
import { formatTotals } from './InvoicesPage';
import { ChargeLinesTable } from './ChargeLinesTable';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Panel } from '../../components/Panel';
import { Spinner } from '../../components/Spinner';
import { useI18n } from '../../i18n';

/** A managed account's services this month and what they come to, on its partner's invoice (the partner hub). */
export function AccountChargesPanel({ companyId }: { companyId: string }) {
  const { t, lang } = useI18n();
  const charges = useQuery({ queryKey: billingKeys.currentCharges, queryFn: getCurrentCharges });
  const title = t('accountCharges.title', { month: charges.data?.month ?? '' });
  const mine = charges.data?.items.find((item) => item.companyId === companyId);
  return (
    <Panel title={title}>
      {charges.isPending ? (
        <Spinner />
      ) : charges.isError ? (
        <ErrorPanel error={charges.error} onRetry={() => void charges.refetch()} />
      ) : !mine || mine.lines.length === 0 ? (
        <p className="muted">{t('accountCharges.none')}</p>
      ) : (
        <>
          <ChargeLinesTable label={title} lines={mine.lines} />
          <p>
            <strong>{t('accountCharges.total')}:</strong> {formatTotals(lang, mine.totals)}
          </p>
          <p className="small muted">{t('accountCharges.hint')}</p>
        </>
      )}
    </Panel>
  );
}
