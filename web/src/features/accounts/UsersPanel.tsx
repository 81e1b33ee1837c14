import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteUser, listUsers } from './users.api';
import type { Company, User } from '../../api/models';
import { Dialog } from '../../components/Dialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { Spinner } from '../../components/Spinner';
import { useCursorList } from '../../hooks';
import { isLanguage, languageNames, useI18n } from '../../i18n';
import { useSession } from '../../session';
import { UserDialog } from './UserDialog';
import { TableWrap } from '../../components/TableWrap';

type Editing = { mode: 'add' } | { mode: 'edit'; user: User } | null;

export function UsersPanel({ company }: { company: Company }) {
  const { t } = useI18n();
  const { me, can } = useSession();
  const manage = can('users.manage');
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<User | null>(null);
  const [notice, setNotice] = useState('');
  const users = useCursorList(['users', company.id], (cursor) => listUsers(company.id, cursor));

  return (
    <section className="panel" aria-labelledby="users-title">
      <div className="panel-header">
        <h2 id="users-title">{t('users.title')}</h2>
        {manage && (
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'add' })}>
            <Icon name="plus" /> {t('users.add')}
          </button>
        )}
      </div>
      <p className="notice" role="status">
        {notice}
      </p>
      {users.isPending ? (
        <Spinner />
      ) : users.isError ? (
        <ErrorPanel error={users.error} onRetry={() => void users.refetch()} />
      ) : users.items.length === 0 ? (
        <p className="muted">{t('users.empty')}</p>
      ) : (
        <TableWrap label={t('users.caption', { company: company.name })}>
          <table>
            <caption className="visually-hidden">{t('users.caption', { company: company.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.language')}</th>
                {manage && (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {users.items.map((user) => {
                const name = `${user.firstName} ${user.lastName}`.trim();
                return (
                  <tr key={user.id}>
                    <td>
                      {name}
                      {user.id === me.user.id && <span className="badge badge-muted">{t('users.you')}</span>}
                    </td>
                    <td>{user.email}</td>
                    <td>{t(`role.${user.role}`)}</td>
                    <td>{isLanguage(user.language) ? languageNames[user.language] : user.language}</td>
                    {manage && (
                      <td className="row-actions">
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => setEditing({ mode: 'edit', user })}
                          aria-label={t('users.editNamed', { name })}
                        >
                          {t('common.edit')}
                        </button>
                        {user.id !== me.user.id && (
                          <button
                            type="button"
                            className="button button-small button-danger"
                            onClick={() => setRemoving(user)}
                            aria-label={t('users.removeNamed', { name })}
                          >
                            {t('common.remove')}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {users.hasNextPage && (
        <button type="button" className="button load-more" onClick={() => !users.isFetchingNextPage && void users.fetchNextPage()} aria-disabled={users.isFetchingNextPage || undefined}>
          {t('common.loadMore')}
        </button>
      )}
      <UserDialog
        company={company}
        user={editing?.mode === 'edit' ? editing.user : null}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={(user, added) => {
          const name = `${user.firstName} ${user.lastName}`.trim();
          setNotice(t(added ? 'users.added' : 'users.saved', { name }));
          setEditing(null);
        }}
      />
      <RemoveUserDialog
        user={removing}
        onClose={() => setRemoving(null)}
        onRemoved={(name) => {
          setNotice(t('users.removed', { name }));
          setRemoving(null);
        }}
      />
    </section>
  );
}

function RemoveUserDialog({ user, onClose, onRemoved }: { user: User | null; onClose: () => void; onRemoved: (name: string) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (target: User) => deleteUser(target.id),
    onSuccess: (_result, target) => {
      void queryClient.invalidateQueries({ queryKey: ['users', target.companyId] });
      onRemoved(`${target.firstName} ${target.lastName}`.trim());
    },
  });
  const name = user ? `${user.firstName} ${user.lastName}`.trim() : '';
  return (
    <Dialog
      open={user !== null}
      title={t('users.removeTitle')}
      onClose={() => {
        mutation.reset();
        onClose();
      }}
    >
      <FormError error={mutation.error} />
      <p>{t('users.removeConfirm', { name, email: user?.email ?? '' })}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button-danger"
          aria-disabled={mutation.isPending || undefined}
          onClick={() => user && !mutation.isPending && mutation.mutate(user)}
        >
          {t('users.removeAction')}
        </button>
      </div>
    </Dialog>
  );
}
