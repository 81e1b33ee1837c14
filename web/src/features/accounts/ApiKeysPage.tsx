import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { listApiKeys, revokeApiKey } from './apiKeys.api';
import type { ApiKey } from '../../api/models';
import { Dialog } from '../../components/Dialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { CreateApiKeyDialog } from './CreateApiKeyDialog';
import { TableWrap } from '../../components/TableWrap';
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
        actions={
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            <Icon name="plus" /> {t('apiKeys.create')}
          </button>
        }
      />
      <p className="notice" role="status">
        {notice}
      </p>
      <section className="panel" aria-labelledby="keys-title">
        <h2 id="keys-title">{t('apiKeys.listTitle')}</h2>
        {keys.isPending ? (
          <Spinner />
        ) : keys.isError ? (
          <ErrorPanel error={keys.error} onRetry={() => void keys.refetch()} />
        ) : keys.items.length === 0 ? (
          <p className="muted">{t('apiKeys.empty')}</p>
        ) : (
          <TableWrap label={t('apiKeys.title')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('apiKeys.name')}</th>
                  <th scope="col">{t('apiKeys.prefix')}</th>
                  <th scope="col">{t('apiKeys.role')}</th>
                  <th scope="col">{t('apiKeys.created')}</th>
                  <th scope="col">{t('apiKeys.lastUsed')}</th>
                  <th scope="col">{t('apiKeys.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {keys.items.map((key) => (
                  <tr key={key.id} className={key.revokedAt ? 'row-muted' : undefined}>
                    <td>{key.name}</td>
                    <td>
                      <code>{key.prefix}…</code>
                    </td>
                    <td>{t(`role.${key.role}`)}</td>
                    <td className="nowrap">{formatDateTime(key.createdAt)}</td>
                    <td className="nowrap">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('apiKeys.never')}</td>
                    <td>
                      {key.revokedAt ? (
                        <span className="badge badge-muted">{t('apiKeys.revokedAt', { date: formatDateTime(key.revokedAt) })}</span>
                      ) : (
                        <span className="badge badge-ok">{t('apiKeys.active')}</span>
                      )}
                    </td>
                    <td className="row-actions">
                      {!key.revokedAt && (
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() => setRevoking(key)}
                          aria-label={t('apiKeys.revokeNamed', { name: key.name })}
                        >
                          {t('apiKeys.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        {keys.hasNextPage && (
          <button type="button" className="button load-more" onClick={() => !keys.isFetchingNextPage && void keys.fetchNextPage()} aria-disabled={keys.isFetchingNextPage || undefined}>
            {t('common.loadMore')}
          </button>
        )}
      </section>
      <CreateApiKeyDialog open={creating} onClose={() => setCreating(false)} />
      <RevokeDialog
        apiKey={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(name) => {
          setNotice(t('apiKeys.revoked', { name }));
          setRevoking(null);
        }}
      />
    </>
  );
}

function RevokeDialog({ apiKey, onClose, onRevoked }: { apiKey: ApiKey | null; onClose: () => void; onRevoked: (name: string) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (key: ApiKey) => revokeApiKey(key.id),
    onSuccess: (_result, key) => {
      void queryClient.invalidateQueries({ queryKey: accountsKeys.apiKeys });
      onRevoked(key.name);
    },
  });
  return (
    <Dialog
      open={apiKey !== null}
      title={t('apiKeys.revokeTitle')}
      onClose={() => {
        mutation.reset();
        onClose();
      }}
    >
      <FormError error={mutation.error} />
      <p>{t('apiKeys.revokeConfirm', { name: apiKey?.name ?? '' })}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-danger" aria-disabled={mutation.isPending || undefined}
          onClick={() => apiKey && !mutation.isPending && mutation.mutate(apiKey)}>
          {t('apiKeys.revoke')}
        </button>
      </div>
    </Dialog>
  );
}
