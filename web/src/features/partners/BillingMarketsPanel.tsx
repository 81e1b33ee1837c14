import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorPanel } from '../../components/ErrorPanel';
import { TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { FormError } from '../../components/FormError';
import { Panel } from '../../components/Panel';
import { useI18n, useT } from '../../i18n';
import { useSession } from '../../session';
import { disableBillingMarket, enableBillingMarket, listBillingMarkets } from './partners.api';
import { partnersKeys } from './queryKeys';

/**
 * A partner's or direct customer's billing markets: the countries it (and a partner's managed
 * accounts) may order in. Shown with billing_markets.view, changed with billing_markets.manage.
 */
export function BillingMarketsPanel({ companyId }: { companyId: string }) {
  const { t, lang, formatDate } = useI18n();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const markets = useQuery({ queryKey: partnersKeys.markets(companyId), queryFn: () => listBillingMarkets(companyId), enabled: can('billing_markets.view') });
  const refresh = () => queryClient.invalidateQueries({ queryKey: partnersKeys.markets(companyId) });
  const disable = useMutation({ mutationFn: disableBillingMarket, onSuccess: refresh });
  if (!can('billing_markets.view')) return null;
  const countryName = (code: string) => new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  return (
    <Panel title={t('markets.title')}>
      <p className="muted">{t('markets.intro')}</p>
      {markets.isError && <ErrorPanel error={markets.error} onRetry={() => void markets.refetch()} />}
      {markets.data && markets.data.items.length === 0 && <p>{t('markets.none')}</p>}
      {markets.data && markets.data.items.length > 0 && (
        <ul className="market-list" aria-label={t('markets.title')}>
          {markets.data.items.map((market) => (
            <li key={market.id}>
              <span>
                <strong>{countryName(market.country)}</strong> ({market.country}) · {t('markets.since', { date: formatDate(market.enabledAt) })}
              </span>
              {can('billing_markets.manage') && (
                <button type="button" className="button button-small" onClick={() => disable.mutate(market.id)} aria-disabled={disable.isPending || undefined}>
                  {t('markets.disable', { country: market.country })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormError error={disable.error} />
      {can('billing_markets.manage') && <EnableMarketForm companyId={companyId} onDone={refresh} />}
    </Panel>
  );
}

function EnableMarketForm({ companyId, onDone }: { companyId: string; onDone: () => void }) {
  const t = useT();
  const [country, setCountry] = useState('');
  const form = useFormMutation({
    fields: ['country'],
    mutationFn: () => enableBillingMarket(companyId, country.trim().toUpperCase()),
    onSuccess: () => {
      setCountry('');
      onDone();
    },
  });
  return (
    <Form form={form} submitLabel={t('markets.enable')} status="">
      <TextField label={t('markets.country')} hint={t('address.countryHint')} value={country} onChange={setCountry} error={form.fieldErrors.country} required />
    </Form>
  );
}
