import { useState } from 'react';
import { deleteUser, listUsers } from './users.api';
import type { Company, User } from '../../api/models';
import { RemoveDialog } from '../../components/ConfirmDialog';
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
      <RemoveDialog
        item={removing}
        title={t('users.removeTitle')}
        confirmLabel={t('users.removeAction')}
        message={(user) => t('users.removeConfirm', { name: fullName(user), email: user.email })}
        notice={(user) => t('users.removed', { name: fullName(user) })}
        remove={(user) => deleteUser(user.id)}
        refresh={(user) => accountsKeys.users(user.companyId)}
        onClose={() => setRemoving(null)}
        onNotice={setNotice}
      />
    </section>
  );
}

const fullName = (user: User) => `${user.firstName} ${user.lastName}`.trim();
