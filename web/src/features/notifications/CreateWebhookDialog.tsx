import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createWebhook } from './webhooks.api';
import type { CreatedWebhook, NotificationGroupInfo, NotificationType } from '../../api/models';
import { CopyBox } from '../../components/CopyBox';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Fields';
import { FormError, splitError, useFocusOnError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
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
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Dialog open={open} wide title={created ? t('webhooks.createdTitle') : t('webhooks.createTitle')} onClose={close}>
      {created ? (
        <CreatedSecret created={created} onDone={close} />
      ) : (
        <CreateForm types={types} groups={groups} onCreated={setCreated} onCancel={close} />
      )}
    </Dialog>
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
  const [all, setAll] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const [localError, setLocalError] = useState<string | null>(null);
  const [failure, setFailure] = useState<object | null>(null);

  const mutation = useMutation({
    mutationFn: () =>
      createWebhook({
        url: url.trim(),
        eventTypes: all ? ['*'] : chosen,
        ...(description.trim() ? { description: description.trim() } : {}),
      }),
    onSuccess: (webhook) => {
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.webhooks });
      onCreated(webhook);
    },
    onError: (error) => setFailure({ error }),
  });
  const formRef = useFocusOnError(failure);
  const { fieldErrors, formError } = splitError(t, mutation.error, ['url', 'eventTypes', 'description']);
  const eventsError = localError ?? fieldErrors.eventTypes;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!all && chosen.length === 0) {
      setLocalError(t('webhooks.chooseEvents'));
      setFailure({ local: true });
      return;
    }
    setLocalError(null);
    mutation.mutate();
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <FormError error={formError} />
      <TextField
        label={t('webhooks.url')}
        type="url"
        value={url}
        onChange={setUrl}
        error={fieldErrors.url}
        hint={t('webhooks.urlHint')}
        required
        autoFocus
      />
      <EventTypePicker
        types={types}
        groups={groups}
        all={all}
        chosen={chosen}
        error={eventsError}
        onAll={(value) => {
          setAll(value);
          setLocalError(null);
        }}
        onChosen={(value) => {
          setChosen(value);
          setLocalError(null);
        }}
      />
      <TextField label={t('webhooks.description')} value={description} onChange={setDescription} error={fieldErrors.description} hint={t('webhooks.descriptionHint')} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" aria-disabled={mutation.isPending || undefined}>
          {t('webhooks.createAction')}
        </button>
      </div>
    </form>
  );
}

/** "All events", or a choice of notification types grouped as in the catalogue. */
function EventTypePicker({
  types,
  groups,
  all,
  chosen,
  error,
  onAll,
  onChosen,
}: {
  types: NotificationType[];
  groups: NotificationGroupInfo[];
  all: boolean;
  chosen: string[];
  error?: string;
  onAll: (value: boolean) => void;
  onChosen: (value: string[]) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const shown = groups
    .map((group) => ({ group, items: types.filter((type) => type.group === group.group) }))
    .filter(({ items }) => items.length > 0);
  const firstType = shown[0]?.items[0]?.type;
  const toggle = (type: string, on: boolean) => onChosen(on ? [...chosen, type] : chosen.filter((item) => item !== type));
  return (
    <fieldset className={error ? 'event-picker field-invalid' : 'event-picker'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('webhooks.events')}</legend>
      <label className="check">
        <input type="checkbox" checked={all} onChange={(event) => onAll(event.target.checked)} aria-invalid={error ? true : undefined} />
        <span>
          <strong>{t('webhooks.allEvents')}</strong>
          <span className="small muted check-hint">{t('webhooks.allEventsHint')}</span>
        </span>
      </label>
      {!all && (
        <div className="event-groups">
          {shown.map(({ group, items }) => (
              <div key={group.group} className="event-group" role="group" aria-labelledby={`${id}-group-${group.group}`}>
                <p id={`${id}-group-${group.group}`} className="event-group-title">
                  {group.name}
                </p>
                {items.map((type) => (
                  <label key={type.type} className="check">
                    <input
                      type="checkbox"
                      checked={chosen.includes(type.type)}
                      onChange={(event) => toggle(type.type, event.target.checked)}
                      aria-invalid={error && type.type === firstType ? true : undefined}
                    />
                    <span>
                      {type.description} <code className="small">{type.type}</code>
                    </span>
                  </label>
                ))}
              </div>
            ))}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function CreatedSecret({ created, onDone }: { created: CreatedWebhook; onDone: () => void }) {
  const { t } = useI18n();
  return (
    <div>
      <div className="warning" role="note">
        <Icon name="warning" />
        <p>{t('webhooks.secretOnce')}</p>
      </div>
      <CopyBox label={t('webhooks.secretLabel', { url: created.url })} value={created.secret} />
      <p className="small muted">{t('webhooks.signatureHelp')}</p>
      <pre className="code-sample">{`Portico-Signature: t=<unix-time>,v1=<hex HMAC-SHA256("<t>.<body>", secret)>`}</pre>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onDone}>
          {t('webhooks.done')}
        </button>
      </div>
    </div>
  );
}
