import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormError, useFocusOnError } from '../../components/FormError';
import { Panel } from '../../components/Panel';
import { TableWrap } from '../../components/TableWrap';
import { useI18n } from '../../i18n';
import { uploadSubscribersCsv, type UploadPhase } from './bulk.api';
import type { BulkResult, Customer } from './wholesale.api';
import { wholesaleKeys } from './queryKeys';

export const CSV_HEADER = 'email,firstName,lastName,package,role,location,phoneNumber,extension';
const MAX_ROWS = 5000;

/** Adds users from a CSV file: all rows or none; a report of each failed row when any fails. */
export function BulkUploadPanel({ customer, onNotice }: { customer: Customer; onNotice: (text: string) => void }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const inputId = useId();
  const hintId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<UploadPhase | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const formRef = useFocusOnError(failures || null);

  const upload = useMutation({
    mutationFn: async (file: File) => uploadSubscribersCsv(customer.id, await file.text(), setPhase),
    onSettled: () => setPhase(null),
    onError: () => setFailures((count) => count + 1),
    onSuccess: (result) => {
      if (result.ok) {
        onNotice(t('wholesale.bulk.done', { count: result.created.toLocaleString(lang) }));
        if (fileRef.current) fileRef.current.value = '';
        void queryClient.invalidateQueries({ queryKey: wholesaleKeys.customer(customer.id) });
        void queryClient.invalidateQueries({ queryKey: wholesaleKeys.customers, exact: true });
      }
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    const file = fileRef.current?.files?.[0];
    const problem = !file ? t('wholesale.bulk.chooseFile') : (await file.text()).split(/\r?\n/).filter((line) => line.trim()).length - 1 > MAX_ROWS ? t('wholesale.bulk.tooMany', { max: MAX_ROWS.toLocaleString(lang) }) : null;
    setLocalError(problem);
    if (problem || !file) {
      setFailures((count) => count + 1);
      return;
    }
    upload.mutate(file);
  };

  const result = upload.data;
  return (
    <Panel title={t('wholesale.bulk.title')}>
      <p className="muted">{t('wholesale.bulk.intro', { max: MAX_ROWS.toLocaleString(lang) })}</p>
      <pre className="code-sample">{CSV_HEADER}</pre>
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
        <FormError error={upload.error} />
        <div className={localError ? 'field field-invalid' : 'field'}>
          <label htmlFor={inputId}>{t('wholesale.bulk.file')}</label>
          <input
            ref={fileRef}
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            aria-invalid={localError ? true : undefined}
            aria-describedby={localError ? `${hintId} ${inputId}-error` : hintId}
            onChange={() => {
              setLocalError(null);
              upload.reset();
            }}
          />
          <p id={hintId} className="field-hint">{t('wholesale.bulk.fileHint')}</p>
          {localError && <p id={`${inputId}-error`} className="field-error">{localError}</p>}
        </div>
        <div className="form-actions form-actions-start">
          <button type="submit" className="button button-primary" aria-disabled={upload.isPending || undefined}>
            {t('wholesale.bulk.upload')}
          </button>
          <UploadProgress phase={phase} />
        </div>
      </form>
      {result && !result.ok && <BulkReport result={result} />}
    </Panel>
  );
}

/** The bytes sent, then "checking the rows" while the server places them in one transaction. */
function UploadProgress({ phase }: { phase: UploadPhase | null }) {
  const { t } = useI18n();
  return (
    <div className="upload-progress" role="status">
      {phase?.phase === 'uploading' && (
        <>
          <progress value={phase.loaded} max={Math.max(phase.total, 1)} aria-label={t('wholesale.bulk.uploading')} />
          <span>{t('wholesale.bulk.uploadingPercent', { percent: Math.round((100 * phase.loaded) / Math.max(phase.total, 1)) })}</span>
        </>
      )}
      {phase?.phase === 'processing' && (
        <>
          <progress aria-label={t('wholesale.bulk.processing')} />
          <span>{t('wholesale.bulk.processing')}</span>
        </>
      )}
    </div>
  );
}

/** Nothing was added: each failed row with its problems (the rows that would have worked are counted). */
function BulkReport({ result }: { result: BulkResult }) {
  const { t } = useI18n();
  const failed = result.rows.filter((row) => !row.ok);
  return (
    <div className="bulk-report">
      <div className="form-error" role="alert">
        <p>{t('wholesale.bulk.failed', { failed: failed.length, total: result.rows.length })}</p>
      </div>
      <TableWrap label={t('wholesale.bulk.reportLabel')}>
        <table>
          <caption className="visually-hidden">{t('wholesale.bulk.reportLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('wholesale.bulk.line')}</th>
              <th scope="col">{t('wholesale.bulk.field')}</th>
              <th scope="col">{t('wholesale.bulk.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {failed.flatMap((row) =>
              row.problems.map((problem, index) => (
                <tr key={`${row.row}-${index}`}>
                  <th scope="row">{t('wholesale.bulk.lineN', { line: row.row })}</th>
                  <td><code>{problem.field}</code></td>
                  <td>{problem.detail}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
