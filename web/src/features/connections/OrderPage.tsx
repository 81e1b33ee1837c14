import { useState, type FormEvent } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { findProvider, lookupServiceKey } from '../marketplace/marketplace.api';
import { orderConnection, type NewConnection } from './connections.api';
import type { Connection } from '../../api/models';
import { SelectField, TextField } from '../../components/Fields';
import { FormError, problemMessage, useFocusOnError } from '../../components/FormError';
import { Breadcrumb, PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { setFlash } from '../../flash';
import { useDebounced } from '../../hooks';
import { useI18n, type Translate } from '../../i18n';
import { formatSpeed, livePorts, maxRate, parseRate, parseVlan, useLocations, useMyPorts } from '../network/network';
import { Link, useRouter } from '../../router';
import { useSession } from '../../session';
import { OrderDestination, type DestinationMode } from './OrderDestination';
import { portLabel } from '../../components/NearPortField';
import { connectionsKeys } from './queryKeys';
import { marketplaceKeys } from '../marketplace/queryKeys';
import { useMonthlyPrice } from '../billing/price';

type Field = 'name' | 'rate' | 'aEnd' | 'vlan' | 'bEnd' | 'serviceKey';
type Errors = Partial<Record<Field, string>>;

/** Where the API points at (`aEnd.vlan`, `bEnd.portId`, …) → the form's field. */
const apiFields: Record<string, Field> = {
  name: 'name',
  rateLimitMbps: 'rate',
  'aEnd.portId': 'aEnd',
  aEnd: 'aEnd',
  'aEnd.vlan': 'vlan',
  'bEnd.portId': 'bEnd',
  bEnd: 'bEnd',
  serviceKey: 'serviceKey',
};

export function OrderPage() {
  const { t, lang } = useI18n();
  const { search, navigate } = useRouter();
  const queryClient = useQueryClient();
  const [params] = useState(() => new URLSearchParams(search));
  const providerId = params.get('provider') ?? '';
  const [mode, setMode] = useState<DestinationMode>(params.get('mode') === 'key' || !providerId ? 'key' : 'port');
  const [name, setName] = useState('');
  const [rate, setRate] = useState('');
  const [aEndChoice, setAEnd] = useState(params.get('aEnd') ?? '');
  const [vlan, setVlan] = useState('');
  const [bEnd, setBEnd] = useState(params.get('port') ?? '');
  const [keyText, setKeyText] = useState(params.get('key') ?? '');
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<Errors>({});
  const [nextFreeVlan, setNextFreeVlan] = useState<number | null>(null);
  /** Counts failed submits, so focus moves to the first invalid field after each. */
  const [failures, setFailures] = useState(0);

  const { me } = useSession();
  const ports = useMyPorts();
  const locations = useLocations();
  const allLive = livePorts(ports.data);
  // A-ends only where my company may order: a billing market in the port's country (GET /v1/locations'
  // orderable). A location not known here is left to the server to decide.
  const myLive = allLive.filter((port) => locations.byId.get(port.locationId)?.orderable !== false);
  // With a single live port there is nothing to choose.
  const aEnd = aEndChoice || (myLive.length === 1 ? myLive[0].id : '');
  const aPort = myLive.find((port) => port.id === aEnd);

  const provider = useQuery({
    queryKey: marketplaceKeys.provider(providerId, aEnd),
    queryFn: () => findProvider(providerId, aEnd || undefined),
    enabled: !!providerId,
    placeholderData: keepPreviousData,
  });
  const bPort = provider.data?.ports.find((port) => port.id === bEnd);

  const key = useDebounced(keyText.trim(), 400);
  const lookup = useQuery({
    queryKey: marketplaceKeys.serviceKeyLookup(key),
    queryFn: () => lookupServiceKey(key),
    enabled: mode === 'key' && key.length >= 8,
    retry: false,
    staleTime: 0,
  });
  const keyPreview = mode === 'key' && key === keyText.trim() ? lookup.data : undefined;

  // A VXC is priced in the market of its A-end's location (shown only to those who see prices).
  const monthlyPrice = useMonthlyPrice('vxc', parseRate(rate), aPort?.locationId);

  const limit = maxRate(aPort?.speedMbps, mode === 'port' ? bPort?.speedMbps : undefined, mode === 'key' ? keyPreview?.maxSpeedMbps : undefined);
  const clientErrors = validate(t, { name, rate, aEnd: aPort, vlan, mode, bEnd: bPort?.id, keyText, keyFound: !!keyPreview, limit });
  const lookupError = mode === 'key' && lookup.isError && key === keyText.trim() ? problemMessage(t, lookup.error) : undefined;
  const errors: Errors = { ...(tried ? clientErrors : {}), ...(lookupError ? { serviceKey: lookupError } : {}), ...serverErrors };

  const order = useMutation({
    mutationFn: (body: NewConnection) => orderConnection(body),
    onSuccess: (connection: Connection) => {
      void queryClient.invalidateQueries({ queryKey: connectionsKeys.connections });
      const providerName = connection.providerName ?? provider.data?.title ?? keyPreview?.providerName ?? '';
      const done = connection.state === 'AWAITING_APPROVAL' ? 'order.done' : connection.state === 'AWAITING_PARTNER' ? 'order.doneHeld' : 'order.donePreApproved';
      setFlash(t(done, { name: connection.name, provider: providerName }));
      navigate('/services');
    },
    onError: (error) => {
      setFailures((count) => count + 1);
      const field = isApiError(error) && error.field ? apiFields[error.field] : undefined;
      if (!field) return;
      const target = field === 'bEnd' && mode === 'key' ? 'serviceKey' : field;
      if (isApiError(error) && error.code === 'vlan_taken' && field === 'vlan') {
        const next = typeof error.extras.nextFreeVlan === 'number' ? error.extras.nextFreeVlan : null;
        setNextFreeVlan(next);
        setServerErrors({ vlan: next ? t('order.vlanTakenNext', { vlan, next }) : t('order.vlanTaken', { vlan }) });
      } else setServerErrors({ [target]: problemMessage(t, error) });
    },
  });
  const formError = order.error && !(isApiError(order.error) && order.error.field && apiFields[order.error.field]) ? order.error : null;
  const formRef = useFocusOnError(failures || null);

  /** Editing a field clears what the server said about it. */
  const edit = (field: Field, setter: (value: string) => void) => (value: string) => {
    setter(value);
    if (serverErrors[field]) setServerErrors(({ [field]: _, ...rest }) => rest);
    if (field === 'vlan') setNextFreeVlan(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setServerErrors({});
    if (order.isPending) return;
    if (Object.keys(clientErrors).length > 0 || !aPort) {
      setFailures((count) => count + 1);
      return;
    }
    const vlanValue = parseVlan(vlan);
    order.mutate({
      name: name.trim(),
      rateLimitMbps: parseRate(rate)!,
      aEnd: vlanValue === undefined || vlanValue === null ? { portId: aPort.id } : { portId: aPort.id, vlan: vlanValue },
      ...(mode === 'port' ? { bEnd: { portId: bEnd } } : { serviceKey: keyText.trim() }),
    });
  };

  if (ports.isPending || locations.isPending) return <Spinner />;
  return (
    <>
      {providerId && provider.data ? (
        <Breadcrumb to={`/marketplace/providers/${encodeURIComponent(providerId)}`} label={provider.data.title} />
      ) : (
        <Breadcrumb to="/marketplace" label={t('market.title')} />
      )}
      <PageHeader title={t('order.title')} subtitle={t('order.subtitle')} />
      {myLive.length === 0 ? (
        <section className="panel">
          <p>
            {allLive.length === 0
              ? t('order.noLivePort')
              : t(me.company.type === 'managed' ? 'order.noBillingMarketManaged' : 'order.noBillingMarket')}
          </p>
        </section>
      ) : (
        <form ref={formRef} className="order-layout" noValidate onSubmit={submit} aria-label={t('order.title')}>
          <div className="panel order-form">
            <FormError error={formError} />
            <fieldset className="order-section">
              <legend>{t('order.yourEnd')}</legend>
              <div className="form-grid">
                <SelectField
                  label={t('order.aEnd')}
                  value={aEnd}
                  onChange={edit('aEnd', setAEnd)}
                  required
                  error={errors.aEnd}
                  hint={myLive.length < allLive.length ? t('order.aEndMarketsHint') : undefined}
                  options={[
                    { value: '', label: t('order.choosePort') },
                    ...myLive.map((port) => ({ value: port.id, label: portLabel(t, lang, port, locations.byId.get(port.locationId)?.name) })),
                  ]}
                />
                <TextField
                  label={t('order.vlan')}
                  value={vlan}
                  onChange={edit('vlan', setVlan)}
                  inputMode="numeric"
                  autoComplete="off"
                  error={errors.vlan}
                  hint={t('order.vlanHint')}
                  errorAction={
                    nextFreeVlan !== null && errors.vlan ? (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => {
                          setVlan(String(nextFreeVlan));
                          setNextFreeVlan(null);
                          setServerErrors(({ vlan: _, ...rest }) => rest);
                        }}
                      >
                        {t('order.useVlan', { vlan: nextFreeVlan })}
                      </button>
                    ) : undefined
                  }
                />
              </div>
            </fieldset>
            <OrderDestination
              mode={mode}
              onMode={(next) => {
                setMode(next);
                setServerErrors({});
              }}
              provider={provider.data}
              providerPending={!!providerId && provider.isPending}
              bEnd={bEnd}
              onBEnd={edit('bEnd', setBEnd)}
              aEnd={aPort}
              keyText={keyText}
              onKeyText={edit('serviceKey', setKeyText)}
              keyPreview={keyPreview}
              keyChecking={mode === 'key' && (keyText.trim() !== key || lookup.isFetching) && keyText.trim().length >= 8}
              errors={errors}
            />
            <fieldset className="order-section">
              <legend>{t('order.connection')}</legend>
              <div className="form-grid">
                <TextField
                  label={t('order.name')}
                  value={name}
                  onChange={edit('name', setName)}
                  required
                  autoComplete="off"
                  error={errors.name}
                  placeholder={t('order.namePlaceholder')}
                />
                <TextField
                  label={t('order.rate')}
                  value={rate}
                  onChange={edit('rate', setRate)}
                  required
                  inputMode="numeric"
                  autoComplete="off"
                  error={errors.rate}
                  hint={limit ? t(keyPreview ? 'order.rateHintKey' : 'order.rateHint', { max: limit }) : t('order.rateHintNone')}
                />
              </div>
            </fieldset>
            <div className="form-actions">
              <Link to={providerId ? `/marketplace/providers/${encodeURIComponent(providerId)}` : '/marketplace'} className="button">
                {t('common.cancel')}
              </Link>
              <button type="submit" className="button button-primary" aria-disabled={order.isPending || undefined}>
                {order.isPending ? t('order.submitting') : t('order.submit')}
              </button>
            </div>
          </div>
          <OrderSummary
            rows={[
              [t('order.aEnd'), aPort ? portLabel(t, lang, aPort, locations.byId.get(aPort.locationId)?.name) : '—'],
              [
                t('order.bEnd'),
                mode === 'port'
                  ? bPort
                    ? withProvider(provider.data?.title, bPort.name)
                    : '—'
                  : keyPreview
                    ? withProvider(keyPreview.providerName, keyPreview.portName)
                    : '—',
              ],
              [t('vxc.rate'), parseRate(rate) ? formatSpeed(lang, parseRate(rate)!) : '—'],
              [t('order.vlan'), vlan.trim() === '' ? t('order.vlanAuto') : vlan.trim() === '-1' ? t('vxc.untagged') : vlan.trim()],
              ...(monthlyPrice === null ? [] : [[t('price.monthly'), monthlyPrice] as [string, string]]),
            ]}
            note={mode === 'key' && keyPreview?.preApproved ? t('order.summaryPreApproved') : t('order.summaryApproval')}
          />
        </form>
      )}
    </>
  );
}

/** "Équinoxe Networks Frankfurt FRA1" as is; "Port 7" as "CloudGate · Port 7". */
const withProvider = (provider: string | undefined, port: string) => (!provider || port.startsWith(provider) ? port : `${provider} · ${port}`);

function OrderSummary({ rows, note }: { rows: [string, string][]; note: string }) {
  const { t } = useI18n();
  return (
    <aside className="panel order-summary" aria-labelledby="order-summary-title">
      <h2 id="order-summary-title">{t('order.summary')}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="small muted">{note}</p>
    </aside>
  );
}

function validate(
  t: Translate,
  form: { name: string; rate: string; aEnd: unknown; vlan: string; mode: DestinationMode; bEnd?: string; keyText: string; keyFound: boolean; limit: number | null },
): Errors {
  const errors: Errors = {};
  if (!form.name.trim()) errors.name = t('problem.required');
  else if (form.name.trim().length > 100) errors.name = t('problem.too_long');
  if (!form.aEnd) errors.aEnd = t('order.errors.aEnd');
  if (form.mode === 'port' && !form.bEnd) errors.bEnd = t('order.errors.bEnd');
  if (form.mode === 'key' && !form.keyText.trim()) errors.serviceKey = t('problem.required');
  else if (form.mode === 'key' && !form.keyFound) errors.serviceKey = t('order.errors.keyUnchecked');
  const rate = parseRate(form.rate);
  if (!form.rate.trim()) errors.rate = t('problem.required');
  else if (rate === null || rate < 1) errors.rate = t('order.errors.rateWhole');
  else if (form.limit && rate > form.limit) errors.rate = t('order.errors.rateMax', { max: form.limit });
  if (parseVlan(form.vlan) === null) errors.vlan = t('order.errors.vlan');
  return errors;
}
