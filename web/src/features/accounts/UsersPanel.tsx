import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { deleteUser, listUsers } from './users.api';
import type { Company, User } from '../../api/models';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { actionsColumn, DataTable } from '../../components/DataTable';
import { AddButton } from '../../components/PageHeader';
import { useCursorList } from '../../hooks';
import { isLanguage, languageNames, useI18n } from '../../i18n';
import { useSession } from '../../session';
import { UserDialog } from './UserDialog';
import { accountsKeys } from './queryKeys';

type Editing = { mode: 'add' } | { mode: 'edit'; user: User } | null;

export function UsersPanel({ company }: { company: Company }) {
  const { t } = useI18n();
  const { me, can } = useSession();
  const manage = can('users.manage');
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<User | null>(null);
  const [notice, setNotice] = useState('');
  const users = useCursorList(accountsKeys.users(company.id), (cursor) => listUsers(company.id, cursor));

  return (
    <section className="panel" aria-labelledby="users-title">
      <div className="panel-header">
        <h2 id="users-title">{t('users.title')}</h2>
        {manage && <AddButton label={t('users.add')} onClick={() => setEditing({ mode: 'add' })} />}
      </div>
      <p className="notice" role="status">
        {notice}
      </p>
      <DataTable
        query={users}
        label={t('users.caption', { company: company.name })}
        caption={t('users.caption', { company: company.name })}
        empty={t('users.empty')}
        rowKey={(user) => user.id}
        columns={[
          {
            header: t('users.name'),
            cell: (user) => (
              <>
                {fullName(user)}
                {user.id === me.user.id && <span className="badge badge-muted">{t('users.you')}</span>}
              </>
            ),
          },
          { header: t('users.email'), cell: (user) => user.email },
          { header: t('users.role'), cell: (user) => t(`role.${user.role}`) },
          { header: t('users.language'), cell: (user) => (isLanguage(user.language) ? languageNames[user.language] : user.language) },
          manage &&
            actionsColumn<User>(t('common.actions'), (user) => (
              <>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setEditing({ mode: 'edit', user })}
                  aria-label={t('users.editNamed', { name: fullName(user) })}
                >
                  {t('common.edit')}
                </button>
                {user.id !== me.user.id && (
                  <button
                    type="button"
                    className="button button-small button-danger"
                    onClick={() => setRemoving(user)}
                    aria-label={t('users.removeNamed', { name: fullName(user) })}
                  >
                    {t('common.remove')}
                  </button>
                )}
              </>
            )),
        ]}
      />
      <UserDialog
        company={company}
        user={editing?.mode === 'edit' ? editing.user : null}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={(user, added) => {
          setNotice(t(added ? 'users.added' : 'users.saved', { name: fullName(user) }));
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
  return (
    <ConfirmDialog
      open={user !== null}
      title={t('users.removeTitle')}
      confirmLabel={t('users.removeAction')}
      danger
      onClose={onClose}
      action={() => deleteUser(user!.id)}
      onDone={() => {
        void queryClient.invalidateQueries({ queryKey: accountsKeys.users(user!.companyId) });
        onRemoved(fullName(user!));
      }}
    >
      <p>{t('users.removeConfirm', { name: user ? fullName(user) : '', email: user?.email ?? '' })}</p>
    </ConfirmDialog>
  );
}

const fullName = (user: User) => `${user.firstName} ${user.lastName}`.trim();
