import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { PartnerApproval } from '../../api/models';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LoadMore } from '../../components/DataTable';
import { Detail } from '../../components/Detail';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useCursorList } from '../../hooks';
import { useI18n, type Translate } from '../../i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { formatSpeed } from '../network/network';
import { approvePartnerApproval, listPartnerApprovals, rejectPartnerApproval } from './partners.api';
import { partnersKeys } from './queryKeys';

type State = PartnerApproval['state'];
type Decision = 'approve' | 'reject';
const states: State[] = ['pending', 'approved', 'rejected', 'withdrawn'];

const badgeOf: Record<PartnerApproval['kind'], string> = { connection: 'badge-info', speed_change: 'badge-warn', termination: 'badge-danger' };

/**
 * The partner's service approval queue: what its managed accounts (with `approvalQueue` on) asked
 * for — new orders, speed changes, terminations — waits here before it goes to the provider or the network.
 */
export function PartnerApprovalsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>('pending');
  const [deciding, setDeciding] = useState<{ item: PartnerApproval; decision: Decision } | null>(null);
  const [notice, setNotice] = useState('');
  const approvals = useCursorList(partnersKeys.approvalsIn(state), (cursor) => listPartnerApprovals(state, cursor));
  const mayDecide = can('partner_approvals.decide');
  const dialog = deciding ? dialogFor(t, deciding.item, deciding.decision) : null;

  return (
    <>
      <PageHeader title={t('partnerApprovals.title')} subtitle={t('partnerApprovals.subtitle')} notice={notice} />
      <div className="filter-bar">
        <div className="segmented" role="group" aria-label={t('partnerApprovals.stateFilter')}>
          {states.map((value) => (
            <button key={value} type="button" aria-pressed={state === value} onClick={() => setState(value)}>
              {t(`partnerApprovals.state.${value}`)}
            </button>
          ))}
        </div>
      </div>
      {approvals.isPending ? (
        <Spinner />
      ) : approvals.isError ? (
        <ErrorPanel error={approvals.error} onRetry={() => void approvals.refetch()} />
      ) : approvals.items.length === 0 ? (
        <section className="panel empty-inbox">
          <Icon name="check" />
          <p>{t(state === 'pending' ? 'partnerApprovals.empty' : 'partnerApprovals.emptyDecided')}</p>
        </section>
      ) : (
        <>
          <ul className="card-list" aria-label={t('partnerApprovals.listTitle', { count: approvals.items.length })}>
            {approvals.items.map((item) => (
              <li key={item.id}>
                <ApprovalCard item={item} mayDecide={mayDecide} onDecide={(decision) => setDeciding({ item, decision })} />
              </li>
            ))}
          </ul>
          <LoadMore query={approvals} />
        </>
      )}
      <ConfirmDialog<PartnerApproval>
        open={deciding !== null}
        title={dialog?.title ?? ''}
        confirmLabel={dialog?.confirm ?? ''}
        danger={deciding?.decision === 'reject'}
        input={deciding?.decision === 'reject' ? { label: t('approvals.reason'), multiline: true, required: true, apiFields: ['reason'] } : undefined}
        onClose={() => setDeciding(null)}
        action={(reason) => (deciding!.decision === 'approve' ? approvePartnerApproval(deciding!.item.id) : rejectPartnerApproval(deciding!.item.id, reason))}
        onDone={(decided) => {
          setDeciding(null);
          void queryClient.invalidateQueries({ queryKey: partnersKeys.approvals });
          setNotice(t(`partnerApprovals.done.${decided.state}`, { name: decided.summary.connectionName, account: decided.companyName }));
        }}
      >
        {dialog && <p>{dialog.message}</p>}
      </ConfirmDialog>
    </>
  );
}

/** What the request asks for, in one line: "1 Gbps → 5 Gbps", "500 Mbps to Acme Cloud". */
function Asked({ item }: { item: PartnerApproval }) {
  const { lang } = useI18n();
  const { summary } = item;
  if (item.kind === 'speed_change' && summary.toMbps !== null) {
    return (
      <>
        {formatSpeed(lang, summary.rateLimitMbps)} <Icon name="arrow" /> <strong>{formatSpeed(lang, summary.toMbps)}</strong>
      </>
    );
  }
  return <>{formatSpeed(lang, summary.rateLimitMbps)}</>;
}

function ApprovalCard({ item, mayDecide, onDecide }: { item: PartnerApproval; mayDecide: boolean; onDecide: (decision: Decision) => void }) {
  const { t, formatRelative, formatDateTime } = useI18n();
  const titleId = useId();
  const { summary } = item;
  const account = item.accountRef ? `${item.companyName} (${item.accountRef})` : item.companyName;
  return (
    <article className="panel approval" aria-labelledby={titleId}>
      <div className="vxc-head">
        <span className={`badge ${badgeOf[item.kind]}`}>{t(`partnerApprovals.kind.${item.kind}`)}</span>
        <h2 id={titleId}>
          <Link to={`/connections/${item.connectionId}`}>{summary.connectionName}</Link>
        </h2>
        <time className="small muted approval-time" dateTime={item.requestedAt} title={formatDateTime(item.requestedAt)}>
          {formatRelative(item.requestedAt)}
        </time>
      </div>
      <dl className="details">
        <Detail label={t('partnerApprovals.account')}>
          <Link to={`/companies/${item.companyId}`}>{account}</Link>
        </Detail>
        <Detail label={t('partnerApprovals.provider')}>{summary.providerName}</Detail>
        <Detail label={item.kind === 'speed_change' ? t('approvals.speed') : t('vxc.rate')}>
          <Asked item={item} />
        </Detail>
        <Detail label={t('partnerApprovals.ports')}>
          {summary.aPortName} <Icon name="arrow" /> {summary.bPortName}
        </Detail>
        <Detail label={t('partnerApprovals.requestedBy')}>{item.requestedByName ?? '—'}</Detail>
        {item.decidedAt && (
          <Detail label={t(`partnerApprovals.decided.${item.state}`)}>
            {item.decidedByName ?? '—'}, <time dateTime={item.decidedAt}>{formatDateTime(item.decidedAt)}</time>
          </Detail>
        )}
        {item.reason && <Detail label={t('approvals.reason')}>{item.reason}</Detail>}
      </dl>
      {item.state === 'pending' && mayDecide && (
        <div className="vxc-actions">
          <button type="button" className="button button-small button-primary" onClick={() => onDecide('approve')} aria-label={t('partnerApprovals.approveNamed', { name: summary.connectionName })}>
            <Icon name="check" /> {t('partnerApprovals.approve')}
          </button>
          <button type="button" className="button button-small button-danger" onClick={() => onDecide('reject')} aria-label={t('partnerApprovals.rejectNamed', { name: summary.connectionName })}>
            {t('approvals.reject')}
          </button>
        </div>
      )}
    </article>
  );
}

function dialogFor(t: Translate, item: PartnerApproval, decision: Decision): { title: string; confirm: string; message: string } {
  const vars = { name: item.summary.connectionName, account: item.companyName, provider: item.summary.providerName };
  return decision === 'approve'
    ? { title: t('partnerApprovals.approveTitle', vars), confirm: t('partnerApprovals.approve'), message: t(`partnerApprovals.approveMessage.${item.kind}`, vars) }
    : { title: t('partnerApprovals.rejectTitle', vars), confirm: t('approvals.reject'), message: t('partnerApprovals.rejectMessage', vars) };
}
