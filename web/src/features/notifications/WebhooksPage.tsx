import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteWebhook, listDeliveries, listWebhooks, sendTestEvent, updateWebhook } from './webhooks.api';
import type { NotificationType, Webhook, WebhookDelivery } from '../../api/models';
import { RemoveDialog } from '../../components/ConfirmDialog';
import { DataTable, ListState } from '../../components/DataTable';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { AddButton, PageHeader } from '../../components/PageHeader';
import { ToggleButton } from '../../components/ToggleButton';
import { useCursorList } from '../../hooks';
import { useI18n } from '../../i18n';
import { useNotificationCatalogue } from './notifications';
import { CreateWebhookDialog } from './CreateWebhookDialog';
import { notificationsKeys } from './queryKeys';
import { Detail } from '../../components/Detail';

export function WebhooksPage() {
  const { t } = useI18n();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const [notice, setNotice] = useState('');
  const webhooks = useQuery({ queryKey: notificationsKeys.webhooks, queryFn: listWebhooks });
  const catalogue = useNotificationCatalogue();
  const types = catalogue.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        subtitle={t('webhooks.subtitle')}
        actions={<AddButton label={t('webhooks.create')} onClick={() => setCreating(true)} />}
        notice={notice}
      />
      <ListState query={{ ...webhooks, items: webhooks.data?.items ?? [] }} empty={t('webhooks.empty')} emptyInPanel>
        <ul className="card-list" aria-label={t('webhooks.listTitle')}>
          {webhooks.data?.items.map((webhook) => (
            <li key={webhook.id}>
              <WebhookCard webhook={webhook} types={types} onNotice={setNotice} onDelete={() => setDeleting(webhook)} />
            </li>
          ))}
        </ul>
      </ListState>
      <CreateWebhookDialog open={creating} types={types} groups={catalogue.data?.groups ?? []} onClose={() => setCreating(false)} />
      <RemoveDialog
        item={deleting}
        title={t('webhooks.deleteTitle')}
        confirmLabel={t('webhooks.delete')}
        remove={(webhook) => deleteWebhook(webhook.id)}
        refresh={() => notificationsKeys.webhooks}
        message={(webhook) => t('webhooks.deleteConfirm', { url: webhook.url })}
        notice={(webhook) => t('webhooks.deleted', { url: webhook.url })}
        onClose={() => setDeleting(null)}
        onNotice={setNotice}
      />
    </>
  );
}

/**
 * Turned off by Portico after failed deliveries, as opposed to by hand: the API sets `disabledAt`
 * either way, but turning a webhook off by hand resets the failure count, and Portico's own
 * turning off keeps it.
 */
function offAfterFailures(webhook: Webhook): boolean {
  return !webhook.active && webhook.consecutiveFailures > 0;
}

function WebhookStatus({ webhook }: { webhook: Webhook }) {
  const { t } = useI18n();
  if (offAfterFailures(webhook)) return <span className="badge badge-danger">{t('webhooks.status.disabled')}</span>;
  if (!webhook.active) return <span className="badge badge-muted">{t('webhooks.status.off')}</span>;
  if (webhook.consecutiveFailures > 0) {
    return <span className="badge badge-warn">{t('webhooks.status.failing', { count: webhook.consecutiveFailures })}</span>;
  }
  return <span className="badge badge-ok">{t('webhooks.status.active')}</span>;
}

function WebhookCard({
  webhook,
  types,
  onNotice,
  onDelete,
}: {
  webhook: Webhook;
  types: NotificationType[];
  onNotice: (message: string) => void;
  onDelete: () => void;
}) {
  const { t, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const [showDeliveries, setShowDeliveries] = useState(false);
  const deliveriesId = useId();
  const titleId = useId();
  const autoDisabled = offAfterFailures(webhook);

  const toggle = useMutation({
    mutationFn: () => updateWebhook(webhook.id, { active: !webhook.active }),
    onSuccess: (updated) => {
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.webhooks });
      onNotice(updated.active ? t('webhooks.turnedOn', { url: updated.url }) : t('webhooks.turnedOff', { url: updated.url }));
    },
  });
  const test = useMutation({
    mutationFn: () => sendTestEvent(webhook.id),
    onSuccess: () => {
      setShowDeliveries(true);
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.deliveries(webhook.id) });
      onNotice(t('webhooks.testQueued', { url: webhook.url }));
    },
  });

  const describe = (type: string) => types.find((item) => item.type === type)?.description ?? type;

  return (
    <article className={autoDisabled ? 'panel webhook webhook-disabled' : webhook.active ? 'panel webhook' : 'panel webhook webhook-off'} aria-labelledby={titleId}>
      <div className="webhook-head">
        <h2 id={titleId} className="webhook-url">
          <code>{webhook.url}</code>
        </h2>
        <WebhookStatus webhook={webhook} />
      </div>
      {webhook.description && <p className="webhook-description">{webhook.description}</p>}
      {autoDisabled && (
        <div className="warning" role="note">
          <Icon name="warning" />
          <p>{t('webhooks.disabledNote', { date: formatDateTime(webhook.disabledAt), count: webhook.consecutiveFailures })}</p>
        </div>
      )}
      <dl className="details webhook-details">
        <Detail label={t('webhooks.events')}>
          {webhook.eventTypes.includes('*') ? (
            <span className="badge badge-muted">{t('webhooks.allEvents')}</span>
          ) : (
            <ul className="chips">
              {webhook.eventTypes.map((type) => (
                <li key={type} title={describe(type)}>
                  <code>{type}</code>
                </li>
              ))}
            </ul>
          )}
        </Detail>
        <Detail label={t('webhooks.created')}>{formatDateTime(webhook.createdAt)}</Detail>
        {!webhook.active && webhook.disabledAt && (
          <Detail label={t('webhooks.offSince')}>{formatDateTime(webhook.disabledAt)}</Detail>
        )}
      </dl>
      <FormError error={toggle.error ?? test.error} />
      <div className="webhook-actions">
        <button
          type="button"
          className="button button-small"
          aria-disabled={toggle.isPending || undefined}
          onClick={() => !toggle.isPending && toggle.mutate()}
        >
          {webhook.active ? t('webhooks.turnOff') : t('webhooks.turnOn')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-disabled={test.isPending || !webhook.active || undefined}
          title={webhook.active ? undefined : t('webhooks.testNeedsActive')}
          onClick={() => webhook.active && !test.isPending && test.mutate()}
        >
          {t('webhooks.sendTest')}
        </button>
        <ToggleButton expanded={showDeliveries} controls={deliveriesId} onToggle={setShowDeliveries}>
          {showDeliveries ? t('webhooks.hideDeliveries') : t('webhooks.showDeliveries')}
        </ToggleButton>
        <button type="button" className="button button-small button-danger" onClick={onDelete} aria-label={t('webhooks.deleteNamed', { url: webhook.url })}>
          {t('webhooks.delete')}
        </button>
      </div>
      <div id={deliveriesId} hidden={!showDeliveries}>
        {showDeliveries && <Deliveries webhook={webhook} />}
      </div>
    </article>
  );
}

function DeliveryStatus({ delivery }: { delivery: WebhookDelivery }) {
  const { t } = useI18n();
  const cls = delivery.status === 'delivered' ? 'badge-ok' : delivery.status === 'failed' ? 'badge-danger' : 'badge-warn';
  const key = `webhooks.delivery.${delivery.status}`;
  const label = t(key);
  return <span className={`badge ${cls}`}>{label === key ? delivery.status : label}</span>;
}

function Deliveries({ webhook }: { webhook: Webhook }) {
  const { t, formatDateTime } = useI18n();
  const deliveries = useCursorList(notificationsKeys.deliveries(webhook.id), (cursor) => listDeliveries(webhook.id, cursor), {
    // Retries run in the background: keep the table fresh while anything is still pending.
    pollWhile: (items) => (items.some((item) => item.status === 'pending') ? 3000 : false),
  });
  return (
    <section className="deliveries" aria-label={t('webhooks.deliveriesOf', { url: webhook.url })}>
      <DataTable
        query={deliveries}
        label={t('webhooks.deliveriesOf', { url: webhook.url })}
        caption={t('webhooks.deliveriesOf', { url: webhook.url })}
        empty={t('webhooks.noDeliveries')}
        rowKey={(delivery) => delivery.id}
        columns={[
          { header: t('webhooks.delivery.time'), cell: (delivery) => formatDateTime(delivery.createdAt), className: 'nowrap' },
          { header: t('webhooks.delivery.event'), cell: (delivery) => <code>{delivery.eventType}</code> },
          { header: t('webhooks.delivery.status'), cell: (delivery) => <DeliveryStatus delivery={delivery} /> },
          { header: t('webhooks.delivery.attempts'), cell: (delivery) => delivery.attempts },
          {
            header: t('webhooks.delivery.response'),
            className: 'delivery-response',
            cell: (delivery) => (
              <>
                {delivery.lastStatusCode !== null && <code>HTTP {delivery.lastStatusCode}</code>}
                {delivery.lastError && <span className="small muted"> {delivery.lastError}</span>}
                {delivery.lastStatusCode === null && !delivery.lastError && '—'}
              </>
            ),
          },
          { header: t('webhooks.delivery.deliveredAt'), cell: (delivery) => (delivery.deliveredAt ? formatDateTime(delivery.deliveredAt) : '—'), className: 'nowrap' },
        ]}
      />
    </section>
  );
}
