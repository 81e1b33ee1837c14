import { useState } from 'react';
import { listApiKeys, revokeApiKey } from './apiKeys.api';
import type { ApiKey } from '../../api/models';
import { RemoveDialog } from '../../components/ConfirmDialog';
import { actionsColumn, DataTable } from '../../components/DataTable';
import { AddButton, PageHeader } from '../../components/PageHeader';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { CreateApiKeyDialog } from './CreateApiKeyDialog';
import { accountsKeys } from './queryKeys';

export function ApiKeysPage() {
  const { t, formatDateTime } = useI18n();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [notice, setNotice] = useState('');
  const keys = useCursorList(accountsKeys.apiKeyList, (cursor) => listApiKeys(cursor));

  return (
    <>
      <PageHeader
        title={t('apiKeys.title')}
        subtitle={t('apiKeys.subtitle')}
        actions={<AddButton label={t('apiKeys.create')} onClick={() => setCreating(true)} />}
        notice={notice}
      />
      <section className="panel" aria-labelledby="keys-title">
        <h2 id="keys-title">{t('apiKeys.listTitle')}</h2>
        <DataTable
          query={keys}
          label={t('apiKeys.title')}
          empty={t('apiKeys.empty')}
          rowKey={(key) => key.id}
          rowClassName={(key) => (key.revokedAt ? 'row-muted' : undefined)}
          columns={[
            { header: t('apiKeys.name'), cell: (key) => key.name },
            { header: t('apiKeys.prefix'), cell: (key) => <code>{key.prefix}…</code> },
            { header: t('apiKeys.role'), cell: (key) => t(`role.${key.role}`) },
            { header: t('apiKeys.created'), cell: (key) => formatDateTime(key.createdAt), className: 'nowrap' },
            { header: t('apiKeys.lastUsed'), cell: (key) => (key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('apiKeys.never')), className: 'nowrap' },
            {
              header: t('apiKeys.status'),
              cell: (key) =>
                key.revokedAt ? (
                  <span className="badge badge-muted">{t('apiKeys.revokedAt', { date: formatDateTime(key.revokedAt) })}</span>
                ) : (
                  <span className="badge badge-ok">{t('apiKeys.active')}</span>
                ),
            },
            actionsColumn<ApiKey>(t('common.actions'), (key) =>
              key.revokedAt ? null : (
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => setRevoking(key)}
                  aria-label={t('apiKeys.revokeNamed', { name: key.name })}
                >
                  {t('apiKeys.revoke')}
                </button>
              ),
            ),
          ]}
        />
      </section>
      <CreateApiKeyDialog open={creating} onClose={() => setCreating(false)} />
      <RemoveDialog
        item={revoking}
        title={t('apiKeys.revokeTitle')}
        confirmLabel={t('apiKeys.revoke')}
        message={(key) => t('apiKeys.revokeConfirm', { name: key.name })}
        notice={(key) => t('apiKeys.revoked', { name: key.name })}
        remove={(key) => revokeApiKey(key.id)}
        refresh={() => accountsKeys.apiKeys}
        onClose={() => setRevoking(null)}
        onNotice={setNotice}
      />
    </>
  );
}
