import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { formatMoney } from '../../../../src/i18n/index';
import { canSeePrices } from '../../access';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { getPrice, type PricedProduct } from './billing.api';
import { billingKeys } from './queryKeys';

/**
 * The monthly price of what an order form is ordering, as a summary row's text; null when the user
 * does not see prices (prices.view: a managed account only when its partner shows them).
 */
export function useMonthlyPrice(product: PricedProduct, mbps: number | null | undefined, locationId: string | undefined): string | null {
  const { me } = useSession();
  const { t, lang } = useI18n();
  const shown = canSeePrices(me);
  const ready = shown && !!locationId && !!mbps && mbps > 0;
  const price = useQuery({
    queryKey: billingKeys.price(product, mbps ?? 0, locationId ?? ''),
    queryFn: () => getPrice(product, mbps!, locationId!),
    enabled: ready,
    retry: false,
    staleTime: 60_000,
  });
  if (!shown) return null;
  if (!ready) return '—';
  if (price.isPending) return '…';
  if (price.isError) return isApiError(price.error) && price.error.code === 'no_price' ? t('price.none') : t('price.unavailable');
  return t('price.perMonth', {
    amount: formatMoney(lang, price.data.monthlyMinor, price.data.currency),
  });
}
