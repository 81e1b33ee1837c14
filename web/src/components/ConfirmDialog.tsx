import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { isApiError } from '../api/client';
import { useT } from '../i18n';
import { Dialog } from './Dialog';
import { TextAreaField, TextField } from './Fields';
import { FormActions } from './Form';
import { FormError, problemMessage, useFocusOnError } from './FormError';

export interface ActionInput {
  label: string;
  hint?: string;
  multiline?: boolean;
  required?: boolean;
  numeric?: boolean;
  initial?: string;
  /** A message when the value will not do; runs before the request. */
  validate?: (value: string) => string | undefined;
  /** API fields (`bEndVlan`, `reason`, …) whose problems belong to this input rather than the whole dialog. */
  apiFields?: string[];
}

/**
 * The one confirmation dialog of the portal: a message, at most one input (a reason,
 * a VLAN, a speed), and a confirm button. Problems the API reports for the input are shown on it,
 * with a one-click fix when the API offers one (the next free VLAN).
 */
export function ConfirmDialog<T>({
  open,
  title,
  onClose,
  children,
  confirmLabel,
  danger = false,
  input,
  action,
  onDone,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  input?: ActionInput;
  action: (value: string) => Promise<T>;
  onDone: (result: T) => void;
}) {
  return (
    <Dialog open={open} title={title} onClose={onClose}>
      {/* A fresh body per opening: the input starts from its initial value each time. */}
      {open && (
        <ActionBody confirmLabel={confirmLabel} danger={danger} input={input} action={action} onDone={onDone} onClose={onClose}>
          {children}
        </ActionBody>
      )}
    </Dialog>
  );
}

function ActionBody<T>({
  children,
  confirmLabel,
  danger,
  input,
  action,
  onDone,
  onClose,
}: {
  children?: ReactNode;
  confirmLabel: string;
  danger: boolean;
  input?: ActionInput;
  action: (value: string) => Promise<T>;
  onDone: (result: T) => void;
  onClose: () => void;
}) {
  const t = useT();
  const [value, setValue] = useState(input?.initial ?? '');
  const [localError, setLocalError] = useState<string | undefined>();
  const [failures, setFailures] = useState(0);
  const mutation = useMutation({
    mutationFn: () => action(value.trim()),
    onSuccess: onDone,
    onError: () => setFailures((count) => count + 1),
  });
  const ref = useFocusOnError(failures || null);

  const error = mutation.error;
  const onInput = !!input && isApiError(error) && !!error.field && (input.apiFields ?? []).includes(error.field.split(/[./]/).pop()!);
  const next = onInput && isApiError(error) && typeof error.extras.nextFreeVlan === 'number' ? error.extras.nextFreeVlan : null;
  const inputError = localError ?? (onInput ? problemMessage(t, error) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const problem = input && (input.required && !value.trim() ? t('problem.required') : input.validate?.(value.trim()));
    setLocalError(problem || undefined);
    if (problem) {
      setFailures((count) => count + 1);
      return;
    }
    mutation.mutate();
  };

  const change = (text: string) => {
    setValue(text);
    setLocalError(undefined);
    if (mutation.error) mutation.reset();
  };

  const fix =
    next !== null ? (
      <button type="button" className="button button-small" onClick={() => change(String(next))}>
        {t('order.useVlan', { vlan: next })}
      </button>
    ) : undefined;

  return (
    <form ref={ref} noValidate onSubmit={submit}>
      <FormError error={onInput ? null : error} />
      {children}
      {input &&
        (input.multiline ? (
          <TextAreaField label={input.label} value={value} onChange={change} required={input.required} hint={input.hint} error={inputError} rows={3} maxLength={1000} />
        ) : (
          <TextField
            label={input.label}
            value={value}
            onChange={change}
            required={input.required}
            hint={input.hint}
            error={inputError}
            errorAction={fix}
            inputMode={input.numeric ? 'numeric' : undefined}
            autoComplete="off"
          />
        ))}
      <FormActions submitLabel={confirmLabel} pending={mutation.isPending} onCancel={onClose} danger={danger} />
    </form>
  );
}

/**
 * "Remove this?" for one item of a list (revoke a key, delete a webhook): a danger confirmation
 * that refreshes the list and reports what went. Open while `item` is set.
 */
export function RemoveDialog<T>({
  item,
  title,
  confirmLabel,
  message,
  notice,
  remove,
  refresh,
  onClose,
  onNotice,
}: {
  item: T | null;
  title: string;
  confirmLabel: string;
  message: (item: T) => string;
  notice: (item: T) => string;
  remove: (item: T) => Promise<unknown>;
  /** The query that lists the item. */
  refresh: (item: T) => QueryKey;
  onClose: () => void;
  onNotice: (text: string) => void;
}) {
  const queryClient = useQueryClient();
  return (
    <ConfirmDialog
      open={item !== null}
      title={title}
      confirmLabel={confirmLabel}
      danger
      onClose={onClose}
      action={() => remove(item!)}
      onDone={() => {
        void queryClient.invalidateQueries({ queryKey: refresh(item!) });
        onNotice(notice(item!));
        onClose();
      }}
    >
      <p>{item ? message(item) : ''}</p>
    </ConfirmDialog>
  );
}
