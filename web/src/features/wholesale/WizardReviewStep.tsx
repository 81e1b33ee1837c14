import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { Detail } from '../../components/Detail';
import { FormError } from '../../components/FormError';
import { Spinner } from '../../components/Spinner';
import { languageNames, useT } from '../../i18n';
import { useRouter } from '../../router';
import { createCustomer, validateCustomer, type Note } from './wholesale.api';
import { formatAddress, NoteList, usePackageName } from './wholesale';
import { bodyOf, stepOfField, type Draft, type Step } from './wizard';
import { wholesaleKeys } from './queryKeys';

/** "body/customerInfo/primaryEmail" → "customerInfo.primaryEmail". */
const dotted = (field: string | undefined) => field?.replace(/^\/?body[./]?/, '').replace(/^\//, '').replace(/\//g, '.');

/** Step 5: what will be created, the precheck's answer (the API's own validation), and the create. */
export function ReviewStep({ draft, onEdit }: { draft: Draft; onEdit: (step: Step) => void }) {
  const t = useT();
  const packageName = usePackageName();
  const queryClient = useQueryClient();
  const { navigate } = useRouter();
  const body = bodyOf(draft);
  const check = useQuery({ queryKey: ['wholesale', 'validate', body], queryFn: () => validateCustomer(body), staleTime: 0, gcTime: 0, retry: false });
  const create = useMutation({
    mutationFn: () => createCustomer(body),
    onSuccess: (accepted) => {
      void queryClient.invalidateQueries({ queryKey: wholesaleKeys.customers });
      navigate(`/partner/wholesale/customers/${accepted.id}`);
    },
  });
  const result = check.data;
  const ready = !!result?.ok && !create.isPending;
  const requestProblem = isApiError(check.error) ? stepOfField(dotted(check.error.field)) : null;

  /** Each problem with a way to the step where it is fixed. */
  const fixes = (notes: Note[]) => {
    const where = [...new Set(notes.map((note) => stepOfField(note.field)).filter((step): step is Step => step !== null))];
    return where.map((step) => (
      <button key={step} type="button" className="button button-small" onClick={() => onEdit(step)}>
        {t('wholesale.wizard.editStep', { name: t(`wholesale.wizard.step.${step}`) })}
      </button>
    ));
  };

  return (
    <>
      <dl className="details details-wide">
        <Detail label={t('wholesale.wizard.name')}>{body.customerInfo.name}</Detail>
        <Detail label={t('wholesale.wizard.primaryEmail')}>{body.customerInfo.primaryEmail}</Detail>
        <Detail label={t('wholesale.wizard.language')}>{body.customerInfo.language ? languageNames[body.customerInfo.language] : t('wholesale.wizard.languageDefault')}</Detail>
        <Detail label={t('wholesale.customers.externalId')}><code>{body.externalId}</code></Detail>
        <Detail label={t('wholesale.wizard.provisioningId')}><code>{body.provisioningId}</code></Detail>
        <Detail label={t('wholesale.wizard.billingAddress')}>{formatAddress(body.address)}</Detail>
        <Detail label={t('wholesale.wizard.dataRegion')}>{body.dataRegion ?? '—'}</Detail>
        <Detail label={t('wholesale.wizard.step.packages')}>{body.packages.map((line) => `${packageName(line.name)} × ${line.quantity}`).join(', ')}</Detail>
        <Detail label={t('wholesale.wizard.step.headquarters')}>
          {[body.headquarters?.name, formatAddress(body.headquarters?.address ?? body.address), body.headquarters?.timeZone].filter(Boolean).join(' · ')}
        </Detail>
      </dl>
      <section className="precheck" aria-labelledby="precheck-title">
        <h3 id="precheck-title">{t('wholesale.wizard.precheck')}</h3>
        <div role="status">
          {check.isFetching ? (
            <span>{t('wholesale.wizard.checking')}</span>
          ) : result?.ok ? (
            <p className="notice">{t('wholesale.wizard.precheckOk')}</p>
          ) : result ? (
            <p className="field-error">{t('wholesale.wizard.precheckFailed', { count: result.problems.length })}</p>
          ) : null}
        </div>
        {check.isPending && <Spinner />}
        {check.isError && (
          <>
            <FormError error={check.error} />
            {requestProblem && (
              <button type="button" className="button button-small" onClick={() => onEdit(requestProblem)}>
                {t('wholesale.wizard.editStep', { name: t(`wholesale.wizard.step.${requestProblem}`) })}
              </button>
            )}
          </>
        )}
        {result && (
          <>
            <NoteList notes={result.problems} tone="danger" label={t('wholesale.wizard.problems')} />
            {result.problems.length > 0 && <div className="row-actions">{fixes(result.problems)}</div>}
            <NoteList notes={result.warnings} tone="warn" label={t('wholesale.wizard.warnings')} />
            <dl className="details">
              <Detail label={t('wholesale.wizard.region')}>{t(`wholesale.region.${result.info.region}`)}</Detail>
              <Detail label={t('wholesale.wizard.dataRegion')}>{result.info.dataRegion}</Detail>
              <Detail label={t('wholesale.customer.dialIn')}>{`${result.info.dialIn.number} (${result.info.dialIn.countryCode})`}</Detail>
            </dl>
          </>
        )}
      </section>
      <FormError error={create.error} />
      <div className="form-actions form-actions-start">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={!ready || undefined}
          onClick={() => ready && create.mutate()}
        >
          {create.isPending ? t('wholesale.wizard.creating') : t('wholesale.wizard.create')}
        </button>
      </div>
    </>
  );
}
