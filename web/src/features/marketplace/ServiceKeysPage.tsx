import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { listServiceKeys, updateServiceKey } from './marketplace.api';
import type { ServiceKey } from '../../api/models';
import { CopyButton } from '../../components/CopyBox';
import { actionsColumn, DataTable, type TableQuery } from '../../components/DataTable';
import { FormError } from '../../components/FormError';
import { NearPortField } from '../../components/NearPortField';
import { AddButton, PageHeader } from '../../components/PageHeader';
import { useCursorList } from '../../hooks';
import { useI18n, type Translate } from '../../i18n';
import { formatSpeed, formatVlan, livePorts, useMyPorts } from '../network/network';
import { CreateServiceKeyDialog } from './CreateServiceKeyDialog';
import { marketplaceKeys } from './queryKeys';

type KeyStatus = 'active' | 'inactive' | 'spent' | 'expired' | 'scheduled';

export function keyStatus(key: ServiceKey, now = Date.now()): KeyStatus {
  if (key.spentAt) return 'spent';
  if (!key.active) return 'inactive';
  if (key.validTo && Date.parse(key.validTo) < now) return 'expired';
  if (key.validFrom && Date.parse(key.validFrom) > now) return 'scheduled';
  return 'active';
}

const statusTone: Record<KeyStatus, string> = {
  active: 'badge-ok',
  inactive: 'badge-muted',
  spent: 'badge-muted',
  expired: 'badge-danger',
  scheduled: 'badge-info',
};

export function ServiceKeysPage() {
  const { t } = useI18n();
  const ports = useMyPorts();
  const myLive = livePorts(ports.data);
  const [portId, setPortId] = useState('');
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');
  const keys = useCursorList(marketplaceKeys.serviceKeysOf(portId), (cursor) => listServiceKeys(portId || null, cursor));

  return (
    <>
      <PageHeader
        title={t('keys.title')}
        subtitle={t('keys.subtitle')}
        actions={myLive.length > 0 && <AddButton label={t('keys.create')} onClick={() => setCreating(true)} />}
        notice={notice}
      />
      <section className="panel" aria-labelledby="keys-list-title">
        <div className="panel-header">
          <h2 id="keys-list-title">{t('keys.listTitle')}</h2>
          {myLive.length > 1 && (
            <div className="panel-filter">
              <NearPortField ports={myLive} value={portId} onChange={setPortId} label={t('keys.port')} emptyLabel={t('keys.allPorts')} />
            </div>
          )}
        </div>
        <KeyTable keys={keys} empty={myLive.length ? t('keys.empty') : t('keys.noPorts')} onNotice={setNotice} />
      </section>
      <CreateServiceKeyDialog
        open={creating}
        ports={myLive}
        initialPortId={portId}
        onClose={() => setCreating(false)}
        onCreated={(key) => setNotice(t('keys.created', { port: key.portName }))}
      />
    </>
  );
}

function validity(t: Translate, formatDate: (iso: string | null) => string, key: ServiceKey): string {
  if (!key.validFrom && !key.validTo) return t('keys.always');
  if (!key.validTo) return t('keys.from', { date: formatDate(key.validFrom) });
  if (!key.validFrom) return t('keys.until', { date: formatDate(key.validTo) });
  return `${formatDate(key.validFrom)} – ${formatDate(key.validTo)}`;
}

function KeyTable({ keys, empty, onNotice }: { keys: TableQuery<ServiceKey>; empty: string; onNotice: (message: string) => void }) {
  const { t, lang, formatDate, formatRelative } = useI18n();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (key: ServiceKey) => updateServiceKey(key.id, { active: !key.active }),
    onSuccess: (key) => {
      void queryClient.invalidateQueries({ queryKey: marketplaceKeys.serviceKeys });
      onNotice(t(key.active ? 'keys.activated' : 'keys.deactivated', { key: shortKey(key.key) }));
    },
  });
  return (
    <>
      <FormError error={toggle.error} />
      <DataTable
        query={keys}
        label={t('keys.listTitle')}
        caption={t('keys.listTitle')}
        tableClassName="keys-table"
        empty={empty}
        rowKey={(key) => key.id}
        rowClassName={(key) => (['active', 'scheduled'].includes(keyStatus(key)) ? undefined : 'row-muted')}
        columns={[
          {
            header: t('keys.key'),
            cell: (key) => (
              <>
                <div className="key-cell">
                  <code className="service-key">{key.key}</code>
                  <CopyButton value={key.key} label={t('keys.copyNamed', { key: shortKey(key.key) })} />
                </div>
                {key.description && <span className="small muted key-description">{key.description}</span>}
              </>
            ),
          },
          { header: t('keys.port'), cell: (key) => key.portName },
          {
            header: t('keys.limits'),
            className: 'nowrap',
            cell: (key) => (
              <>
                {t('keys.upTo', { speed: formatSpeed(lang, key.maxSpeedMbps) })}
                <span className="small muted key-line">{key.vlan === null ? t('keys.anyVlan') : `VLAN ${formatVlan(t, key.vlan)}`}</span>
                {key.preApproved && <span className="badge badge-ok key-badge">{t('order.preApproved')}</span>}
              </>
            ),
          },
          {
            header: t('keys.usage'),
            cell: (key) => (
              <>
                {key.singleUse ? t('keys.singleUse') : t('keys.multiUse')}
                <span className="small muted key-line">{validity(t, formatDate, key)}</span>
                <span className="small muted key-line">
                  {key.lastUsedAt ? t('keys.usedCount', { count: key.usedCount, when: formatRelative(key.lastUsedAt) }) : t('keys.neverUsed')}
                </span>
              </>
            ),
          },
          { header: t('keys.status'), cell: (key) => <span className={`badge ${statusTone[keyStatus(key)]}`}>{t(`keys.status.${keyStatus(key)}`)}</span> },
          actionsColumn<ServiceKey>(t('common.actions'), (key) =>
            key.spentAt ? null : (
              <button
                type="button"
                className={key.active ? 'button button-small button-danger' : 'button button-small'}
                aria-disabled={toggle.isPending || undefined}
                aria-label={t(key.active ? 'keys.deactivateNamed' : 'keys.activateNamed', { key: shortKey(key.key) })}
                onClick={() => !toggle.isPending && toggle.mutate(key)}
              >
                {key.active ? t('keys.deactivate') : t('keys.activate')}
              </button>
            ),
          ),
        ]}
      />
    </>
  );
}

/** The first characters of a key, to name it in labels and messages. */
export const shortKey = (key: string) => (key.length > 10 ? `${key.slice(0, 8)}…` : key);
