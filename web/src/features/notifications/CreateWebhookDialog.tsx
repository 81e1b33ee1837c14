import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createWebhook } from './webhooks.api';
import type { CreatedWebhook, NotificationGroupInfo, NotificationType } from '../../api/models';
import { CreateDialog, ShownOnce } from '../../components/CreateDialog';
import { CheckField, CheckGroup, FieldMessage, TextField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { useI18n } from '../../i18n';
import { notificationsKeys } from './queryKeys';

export function CreateWebhookDialog({
  open,
  types,
  groups,
  onClose,
}: {
  open: boolean;
  types: NotificationType[];
  groups: NotificationGroupInfo[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <CreateDialog<CreatedWebhook>
      open={open}
      wide
      title={t('webhooks.createTitle')}
      createdTitle={t('webhooks.createdTitle')}
      onClose={onClose}
      form={(onCreated, onCancel) => <CreateForm types={types} groups={groups} onCreated={onCreated} onCancel={onCancel} />}
      created={(created, onDone) => (
        <ShownOnce
          warning
          note={t('webhooks.secretOnce')}
          label={t('webhooks.secretLabel', { url: created.url })}
          value={created.secret}
          help={t('webhooks.signatureHelp')}
          sample={`Portico-Signature: t=<unix-time>,v1=<hex HMAC-SHA256("<t>.<body>", secret)>`}
          doneLabel={t('webhooks.done')}
          onDone={onDone}
        />
      )}
    />
  );
}

function CreateForm({
  types,
  groups,
  onCreated,
  onCancel,
}: {
  types: NotificationType[];
  groups: NotificationGroupInfo[];
  onCreated: (webhook: CreatedWebhook) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState('https://');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState({ all: true, chosen: [] as string[] });
  const [localError, setLocalError] = useState<string | null>(null);

  const form = useFormMutation({
    fields: ['url', 'eventTypes', 'description'],
    mutationFn: () =>
      createWebhook({
        url: url.trim(),
        eventTypes: events.all ? ['*'] : events.chosen,
        ...(description.trim() ? { description: description.trim() } : {}),
      }),
    onSuccess: (webhook) => {
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.webhooks });
      onCreated(webhook);
    },
    check: () => {
      const chosenNone = !events.all && events.chosen.length === 0;
      setLocalError(chosenNone ? t('webhooks.chooseEvents') : null);
      return !chosenNone;
    },
  });
  const { fieldErrors } = form;

  return (
    <Form form={form} submitLabel={t('webhooks.createAction')} onCancel={onCancel} noValidate>
      <TextField label={t('webhooks.url')} type="url" value={url} onChange={setUrl} error={fieldErrors.url} hint={t('webhooks.urlHint')} required autoFocus />
      <EventTypePicker
        types={types}
        groups={groups}
        value={events}
        error={localError ?? fieldErrors.eventTypes}
        onChange={(value) => {
          setEvents(value);
          setLocalError(null);
        }}
      />
      <TextField label={t('webhooks.description')} value={description} onChange={setDescription} error={fieldErrors.description} hint={t('webhooks.descriptionHint')} />
    </Form>
  );
}

/** "All events", or a choice of notification types grouped as in the catalogue. */
function EventTypePicker({
  types,
  groups,
  value: { all, chosen },
  error,
  onChange,
}: {
  types: NotificationType[];
  groups: NotificationGroupInfo[];
  value: { all: boolean; chosen: string[] };
  error?: string;
  onChange: (value: { all: boolean; chosen: string[] }) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const shown = groups
    .map((group) => ({ group, items: types.filter((type) => type.group === group.group) }))
    .filter(({ items }) => items.length > 0);
  const firstType = shown[0]?.items[0]?.type;
  const toggle = (type: string, on: boolean) => onChange({ all, chosen: on ? [...chosen, type] : chosen.filter((item) => item !== type) });
  return (
    <fieldset className={error ? 'event-picker field-invalid' : 'event-picker'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('webhooks.events')}</legend>
      <CheckField
        checked={all}
        onChange={(value) => onChange({ all: value, chosen })}
        invalid={!!error}
        label={<strong>{t('webhooks.allEvents')}</strong>}
        hint={t('webhooks.allEventsHint')}
      />
      {!all && (
        <div className="event-groups">
          {shown.map(({ group, items }) => (
            <CheckGroup key={group.group} title={group.name} className="event-group">
              {items.map((type) => (
                <CheckField
                  key={type.type}
                  checked={chosen.includes(type.type)}
                  onChange={(on) => toggle(type.type, on)}
                  invalid={!!error && type.type === firstType}
                  label={
                    <>
                      {type.description} <code className="small">{type.type}</code>
                    </>
                  }
                />
              ))}
            </CheckGroup>
          ))}
        </div>
      )}
      <FieldMessage id={`${id}-error`} error={error} />
    </fieldset>
  );
}
