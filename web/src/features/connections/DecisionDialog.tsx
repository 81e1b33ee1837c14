import { useQueryClient } from '@tanstack/react-query';
import { acceptConnection, decideSpeedChange, denyConnection } from './connections.api';
import type { Approval, Connection } from '../../api/models';
import { ConfirmDialog, type ActionInput } from '../../components/ConfirmDialog';
import { useI18n, type Translate } from '../../i18n';
import { formatSpeed, formatVlan, parseVlan } from '../network/network';
import { connectionsKeys } from './queryKeys';

export type Decision = 'accept' | 'deny';

/** What a provider decides: a request, or the raise a connection waits for. */
export function approvalsOf(connection: Connection): Approval[] {
  const items: Approval[] = [];
  if (connection.state === 'AWAITING_APPROVAL') items.push({ kind: 'connection', connection });
  const pending = connection.pendingSpeedChange;
  if (pending && connection.state === 'LIVE') {
    items.push({
      kind: 'speed_change',
      connection,
      speedChange: {
        id: pending.id, connectionId: connection.id, fromMbps: connection.rateLimitMbps, toMbps: pending.rateLimitMbps, state: 'AWAITING_APPROVAL',
        reason: null, requestedAt: pending.requestedAt, requestedBy: null, decidedAt: null, decidedBy: null,
      },
    });
  }
  return items;
}

/** The provider's accept / deny dialog for a request or a speed change (the inbox and the connection page). */
export function DecisionDialog({
  deciding,
  onClose,
  onNotice,
}: {
  deciding: { item: Approval; decision: Decision } | null;
  onClose: () => void;
  onNotice: (message: string) => void;
}) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const dialog = deciding ? dialogFor(t, lang, deciding.item, deciding.decision) : null;
  return (
    <ConfirmDialog<unknown>
      open={deciding !== null}
      title={dialog?.title ?? ''}
      confirmLabel={dialog?.confirm ?? ''}
      danger={deciding?.decision === 'deny'}
      input={dialog?.input}
      onClose={onClose}
      action={(value) => decide(deciding!.item, deciding!.decision, value)}
      onDone={() => {
        const { item, decision } = deciding!;
        onClose();
        void queryClient.invalidateQueries({ queryKey: connectionsKeys.approvals });
        void queryClient.invalidateQueries({ queryKey: connectionsKeys.connections });
        void queryClient.invalidateQueries({ queryKey: connectionsKeys.connection(item.connection.id) });
        onNotice(t(`approvals.done.${item.kind}.${decision}`, { name: item.connection.name, customer: item.connection.companyName ?? '' }));
      }}
    >
      {dialog?.message && <p>{dialog.message}</p>}
    </ConfirmDialog>
  );
}

function decide(item: Approval, decision: Decision, value: string): Promise<unknown> {
  if (item.kind === 'connection') {
    if (decision === 'deny') return denyConnection(item.connection.id, value);
    const vlan = parseVlan(value);
    return acceptConnection(item.connection.id, vlan ?? undefined);
  }
  return decideSpeedChange(item.speedChange.id, decision === 'accept' ? 'accept' : 'reject', value || undefined);
}

function dialogFor(t: Translate, lang: string, item: Approval, decision: Decision): { title: string; confirm: string; message: string; input?: ActionInput } {
  const name = item.connection.name;
  if (item.kind === 'connection' && decision === 'accept') {
    const fixed = item.connection.bEnd.vlan !== null;
    return {
      title: t('approvals.acceptTitle', { name }),
      confirm: t('approvals.accept'),
      message: fixed ? t('approvals.vlanFixed', { vlan: formatVlan(t, item.connection.bEnd.vlan) }) : t('approvals.acceptMessage'),
      input: fixed
        ? undefined
        : {
            label: t('approvals.bEndVlan'),
            hint: t('order.vlanHint'),
            numeric: true,
            validate: (text) => (parseVlan(text) === null ? t('order.errors.vlan') : undefined),
            apiFields: ['bEndVlan'],
          },
    };
  }
  if (item.kind === 'connection') {
    return {
      title: t('approvals.denyTitle', { name }),
      confirm: t('approvals.deny'),
      message: t('approvals.denyMessage', { customer: item.connection.companyName ?? '' }),
      input: { label: t('approvals.reason'), multiline: true, required: true, apiFields: ['reason'] },
    };
  }
  const speeds = { from: formatSpeed(lang, item.speedChange.fromMbps), to: formatSpeed(lang, item.speedChange.toMbps) };
  return decision === 'accept'
    ? { title: t('approvals.speedAcceptTitle', { name }), confirm: t('approvals.accept'), message: t('approvals.speedAcceptMessage', speeds) }
    : {
        title: t('approvals.speedRejectTitle', { name }),
        confirm: t('approvals.reject'),
        message: t('approvals.speedRejectMessage', speeds),
        input: { label: t('approvals.reasonOptional'), multiline: true, apiFields: ['reason'] },
      };
}
