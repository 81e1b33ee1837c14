import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getNotificationPreferences, saveNotificationPreferences } from './notifications.api';
import { notificationGroups, type GroupChoices, type NotificationCatalogue, type NotificationGroup, type NotificationPreferences } from '../../api/models';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FormError, useFocusOnError } from '../../components/FormError';
import { FormActions } from '../../components/Form';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { Spinner } from '../../components/Spinner';
import { ToggleButton } from '../../components/ToggleButton';
import { useI18n } from '../../i18n';
import { useNotificationCatalogue } from './notifications';
import { notificationsKeys } from './queryKeys';

export function NotificationSettingsPage() {
  const { t } = useI18n();
  const preferences = useQuery({ queryKey: notificationsKeys.preferences, queryFn: getNotificationPreferences, staleTime: 0 });
  const catalogue = useNotificationCatalogue();

  let body;
  if (preferences.isPending || catalogue.isPending) body = <Spinner />;
  else if (preferences.isError) body = <ErrorPanel error={preferences.error} onRetry={() => void preferences.refetch()} />;
  else if (catalogue.isError) body = <ErrorPanel error={catalogue.error} onRetry={() => void catalogue.refetch()} />;
  else body = <PreferencesForm preferences={preferences.data} catalogue={catalogue.data} />;

  return (
    <>
      <PageHeader title={t('notificationSettings.title')} subtitle={t('notificationSettings.subtitle')} />
      {body}
    </>
  );
}

function PreferencesForm({ preferences, catalogue }: { preferences: NotificationPreferences; catalogue: NotificationCatalogue }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [choices, setChoices] = useState<GroupChoices>({ ...preferences.groups, security: true });
  const [saved, setSaved] = useState(false);
  const [showDetails, setShowDetails] = useState(false);
  const detailsId = useId();
  const readOnly = !preferences.canSubscribe;

  const mutation = useMutation({
    mutationFn: () => saveNotificationPreferences({ ...choices, security: true }),
    onSuccess: (result) => {
      queryClient.setQueryData(notificationsKeys.preferences, result);
      setSaved(true);
    },
  });
  const formRef = useFocusOnError(mutation.error);

  // Groups in the catalogue's order; any group the portal knows but the catalogue lacks comes last.
  const known = catalogue.groups.filter((info): info is typeof info & { group: NotificationGroup } =>
    (notificationGroups as readonly string[]).includes(info.group),
  );
  const groups = [
    ...known,
    ...notificationGroups
      .filter((group) => !known.some((info) => info.group === group))
      .map((group) => ({ group, name: t(`notification.group.${group}`), description: t(`notification.group.${group}.description`) })),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending || readOnly) return;
    setSaved(false);
    mutation.mutate();
  };

  return (
    <section className="panel" aria-labelledby="notification-groups-title">
      <div className="panel-header">
        <h2 id="notification-groups-title">{t('notificationSettings.groupsTitle')}</h2>
        <ToggleButton expanded={showDetails} controls={detailsId} onToggle={setShowDetails}>
          {showDetails ? t('notificationSettings.hideDetails') : t('notificationSettings.showDetails')}
        </ToggleButton>
      </div>
      {readOnly && (
        <div className="info-note" role="note">
          <Icon name="info" />
          <div>
            <p className="info-note-title">{t('notificationSettings.readOnlyTitle')}</p>
            <p>{preferences.reason ?? t('notification.preferences.readonly_reason')}</p>
          </div>
        </div>
      )}
      <form ref={formRef} onSubmit={submit}>
        <FormError error={mutation.error} />
        <fieldset className="switch-list" id={detailsId}>
          <legend className="visually-hidden">{t('notificationSettings.groupsTitle')}</legend>
          {groups.map((info) => (
            <GroupSwitch
              key={info.group}
              group={info.group}
              name={info.name}
              description={info.description}
              checked={info.group === 'security' ? true : choices[info.group]}
              locked={info.group === 'security'}
              disabled={readOnly || info.group === 'security'}
              onChange={(value) => {
                setSaved(false);
                setChoices((old) => ({ ...old, [info.group]: value }));
              }}
              types={showDetails ? catalogue.items.filter((item) => item.group === info.group) : null}
            />
          ))}
        </fieldset>
        {!readOnly && (
          <FormActions submitLabel={t('common.save')} pending={mutation.isPending} status={saved ? t('notificationSettings.saved') : ''} />
        )}
      </form>
    </section>
  );
}

function GroupSwitch({
  group,
  name,
  description,
  checked,
  locked,
  disabled,
  onChange,
  types,
}: {
  group: string;
  name: string;
  description: string;
  checked: boolean;
  locked: boolean;
  disabled: boolean;
  onChange: (value: boolean) => void;
  types: { type: string; description: string }[] | null;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="switch-row" data-group={group}>
      <div className="switch-control">
        <input
          id={id}
          type="checkbox"
          role="switch"
          className="switch"
          checked={checked}
          disabled={disabled}
          aria-describedby={`${id}-description`}
          onChange={(event) => onChange(event.target.checked)}
        />
      </div>
      <div className="switch-text">
        <label htmlFor={id} className="switch-label">
          {name}
        </label>
        {locked && <span className="badge badge-ok">{t('notificationSettings.alwaysOn')}</span>}
        <p id={`${id}-description`} className="muted small">
          {description}
        </p>
        {types && (
          <ul className="type-list" aria-label={t('notificationSettings.typesOf', { group: name })}>
            {types.length === 0 ? (
              <li className="muted small">{t('notificationSettings.noTypesYet')}</li>
            ) : (
              types.map((item) => (
                <li key={item.type}>
                  <span>{item.description}</span> <code className="small">{item.type}</code>
                </li>
              ))
            )}
          </ul>
        )}
      </div>
    </div>
  );
}
