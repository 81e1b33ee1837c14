import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ScreeningReview } from '../../api/models';
import { DataTable } from '../../components/DataTable';
import { SelectField, TextAreaField } from '../../components/Fields';
import { Form, useFormMutation } from '../../components/Form';
import { Panel } from '../../components/Panel';
import { useI18n } from '../../i18n';
import { addContactAttempt, type ContactAttempt } from './compliance.api';
import { complianceKeys } from './queryKeys';

const channels: ContactAttempt['channel'][] = ['email', 'phone', 'portal', 'letter', 'other'];
const outcomes: ContactAttempt['outcome'][] = ['reached', 'not_reached'];
/** Attempts in a row that reach nobody before the customer is deprovisioned (PRODUCT.md §6). */
const UNREACHED_LIMIT = 3;

/** The attempts to reach the partner (or a direct customer's admins), and a form to record one while the review is not closed. */
export function ContactAttempts({ review, onNotice }: { review: ScreeningReview; onNotice: (text: string) => void }) {
  const { t, formatDateTime } = useI18n();
  const closed = review.status === 'approved' || review.deprovisionedAt !== null;
  const who = review.customer.partnerName ?? review.customer.name;
  return (
    <Panel title={t('contacts.title')}>
      <p className="muted">{t('contacts.rule', { who, failed: review.failedContacts, limit: UNREACHED_LIMIT })}</p>
      <DataTable
        query={{ isPending: false, isError: false, error: null, refetch: () => undefined, items: review.contactAttempts }}
        label={t('contacts.title')}
        caption={t('contacts.caption')}
        empty={t('contacts.empty')}
        rowKey={(attempt) => attempt.id}
        columns={[
          { header: t('contacts.at'), cell: (attempt) => formatDateTime(attempt.at), className: 'nowrap', rowHeader: true },
          { header: t('contacts.channel'), cell: (attempt) => t(`contacts.channelName.${attempt.channel}`) },
          {
            header: t('contacts.outcome'),
            cell: (attempt) => <span className={`badge ${attempt.outcome === 'reached' ? 'badge-ok' : 'badge-warn'}`}>{t(`contacts.outcomeName.${attempt.outcome}`)}</span>,
          },
          { header: t('contacts.note'), cell: (attempt) => <span className="pre-line">{attempt.note}</span> },
          { header: t('contacts.by'), cell: (attempt) => attempt.byName ?? '—' },
        ]}
      />
      {!closed && <AttemptForm review={review} onNotice={onNotice} />}
    </Panel>
  );
}

function AttemptForm({ review, onNotice }: { review: ScreeningReview; onNotice: (text: string) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [channel, setChannel] = useState<ContactAttempt['channel']>('email');
  const [outcome, setOutcome] = useState<ContactAttempt['outcome']>('not_reached');
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const form = useFormMutation({
    fields: ['channel', 'outcome', 'note'],
    mutationFn: () => addContactAttempt(review.id, { channel, outcome, note: note.trim() }),
    check: () => {
      const problem = note.trim() ? undefined : t('problem.required');
      setNoteError(problem);
      return !problem;
    },
    onSuccess: (result) => {
      queryClient.setQueryData(complianceKeys.review(review.id), result.review);
      void queryClient.invalidateQueries({ queryKey: complianceKeys.reviews });
      setNote('');
      onNotice(t('contacts.added', { outcome: t(`contacts.outcomeName.${outcome}`) }));
    },
  });
  return (
    <Form form={form} submitLabel={t('contacts.add')} noValidate className="contact-form">
      <h3 className="subheading">{t('contacts.addTitle')}</h3>
      <div className="form-grid">
        <SelectField
          label={t('contacts.channel')}
          value={channel}
          onChange={(value) => setChannel(value as ContactAttempt['channel'])}
          options={channels.map((value) => ({ value, label: t(`contacts.channelName.${value}`) }))}
          error={form.fieldErrors.channel}
        />
        <SelectField
          label={t('contacts.outcome')}
          value={outcome}
          onChange={(value) => setOutcome(value as ContactAttempt['outcome'])}
          options={outcomes.map((value) => ({ value, label: t(`contacts.outcomeName.${value}`) }))}
          error={form.fieldErrors.outcome}
        />
      </div>
      <TextAreaField
        label={t('contacts.note')}
        required
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(value) => {
          setNote(value);
          setNoteError(undefined);
        }}
        error={noteError ?? form.fieldErrors.note}
      />
    </Form>
  );
}
