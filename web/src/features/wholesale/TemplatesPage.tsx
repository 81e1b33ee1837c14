import { useId, useState } from 'react';
import { RemoveDialog } from '../../components/ConfirmDialog';
import { CopyBox } from '../../components/CopyBox';
import { ListState } from '../../components/DataTable';
import { Detail } from '../../components/Detail';
import { Icon } from '../../components/Icon';
import { AddButton, PageHeader } from '../../components/PageHeader';
import { useCursorList } from '../../hooks';
import { languageNames, useI18n } from '../../i18n';
import { useSession } from '../../session';
import { deleteTemplate, listTemplates, type Template } from './wholesale.api';
import { TemplateDialog } from './TemplateDialog';
import { wholesaleKeys } from './queryKeys';

/** The partner's onboarding templates: each with the provisioning id customer creation names. */
export function TemplatesPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const manage = can('wholesale.templates.manage');
  const templates = useCursorList(wholesaleKeys.templates, (cursor) => listTemplates(cursor));
  const [editing, setEditing] = useState<Template | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const [notice, setNotice] = useState('');

  return (
    <>
      <PageHeader
        title={t('wholesale.templates.title')}
        subtitle={t('wholesale.templates.subtitle')}
        actions={manage && <AddButton label={t('wholesale.templates.new')} onClick={() => setEditing('new')} />}
        notice={notice}
      />
      <ListState query={templates} empty={t('wholesale.templates.empty')} emptyInPanel>
        <ul className="card-list" aria-label={t('wholesale.templates.listLabel')}>
          {templates.items.map((template) => (
            <li key={template.id}>
              <TemplateCard template={template} manage={manage} onEdit={() => setEditing(template)} onDelete={() => setDeleting(template)} />
            </li>
          ))}
        </ul>
      </ListState>
      <TemplateDialog
        open={editing !== null}
        template={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={(saved, created) => {
          setEditing(null);
          setNotice(t(created ? 'wholesale.templates.created' : 'wholesale.templates.saved', { name: saved.name }));
        }}
      />
      <RemoveDialog
        item={deleting}
        title={t('wholesale.templates.deleteTitle')}
        confirmLabel={t('wholesale.templates.delete')}
        remove={(template) => deleteTemplate(template.id)}
        refresh={() => wholesaleKeys.templates}
        message={(template) => t('wholesale.templates.deleteConfirm', { name: template.name })}
        notice={(template) => t('wholesale.templates.deleted', { name: template.name })}
        onClose={() => setDeleting(null)}
        onNotice={setNotice}
      />
    </>
  );
}

function TemplateCard({ template, manage, onEdit, onDelete }: { template: Template; manage: boolean; onEdit: () => void; onDelete: () => void }) {
  const { t, formatDateTime } = useI18n();
  const titleId = useId();
  const none = <span className="muted">{t('wholesale.none')}</span>;
  const { emailSettings: email, callingSettings: calling } = template;
  return (
    <article className="panel template-card" aria-labelledby={titleId}>
      <div className="panel-header">
        <h2 id={titleId}>{template.name}</h2>
        {manage && (
          <div className="row-actions">
            <button type="button" className="button button-small" onClick={onEdit} aria-label={t('wholesale.templates.editNamed', { name: template.name })}>
              {t('common.edit')}
            </button>
            <button type="button" className="button button-small button-danger" onClick={onDelete} aria-label={t('wholesale.templates.deleteNamed', { name: template.name })}>
              {t('wholesale.templates.delete')}
            </button>
          </div>
        )}
      </div>
      <CopyBox label={t('wholesale.templates.provisioningIdOf', { name: template.name })} value={template.provisioningId} />
      {template.pstnNotRecommended && (
        <div className="warning" role="note">
          <Icon name="warning" />
          <p>{t('wholesale.templates.pstnFlag', { provider: template.pstnProvider ?? '' })}</p>
        </div>
      )}
      <dl className="details details-wide">
        <Detail label={t('wholesale.templates.providerAdminEmail')}>{template.providerAdminEmail}</Detail>
        <Detail label={t('wholesale.templates.place')}>
          {template.country ? `${template.country} · ${t(`wholesale.region.${template.region}`)}` : t(`wholesale.region.${template.region}`)}
        </Detail>
        <Detail label={t('wholesale.templates.defaultEmailLanguage')}>{languageNames[template.defaultEmailLanguage]}</Detail>
        <Detail label={t('wholesale.templates.subscription')}>{template.subscription}</Detail>
        <Detail label={t('wholesale.templates.pstnProvider')}>
          {template.pstnProvider ? (
            <>
              {template.pstnProvider} <span className="badge badge-warn">{t('wholesale.templates.notRecommended')}</span>
            </>
          ) : (
            none
          )}
        </Detail>
        <Detail label={t('wholesale.templates.authMethod')}>
          {t(`wholesale.auth.${template.authMethod}`)}
          {template.samlEntityId && <span className="field-hint">{t('wholesale.templates.samlEntity', { entity: template.samlEntityId })}</span>}
        </Detail>
        <Detail label={t('wholesale.templates.fromName')}>{email.fromName ?? none}</Detail>
        <Detail label={t('wholesale.templates.replyTo')}>{email.replyTo ?? none}</Detail>
        <Detail label={t('wholesale.templates.welcomeEmail')}>{t(email.suppressWelcomeEmail ? 'wholesale.templates.welcomeOff' : 'wholesale.templates.welcomeOn')}</Detail>
        <Detail label={t('wholesale.templates.defaultTimeZone')}>{calling.defaultTimeZone ?? none}</Detail>
        <Detail label={t('wholesale.templates.outboundCallerId')}>{calling.outboundCallerId ?? none}</Detail>
        <Detail label={t('wholesale.templates.extensionLength')}>{calling.extensionLength ?? none}</Detail>
        <Detail label={t('wholesale.templates.updatedAt')}>{formatDateTime(template.updatedAt)}</Detail>
      </dl>
    </article>
  );
}
