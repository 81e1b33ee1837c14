import { useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useT } from '../i18n';
import { FormError, splitError, useFocusOnError } from './FormError';

interface FormMutationOptions<T> {
  /** API fields whose problems show on their own input rather than over the whole form. */
  fields: readonly string[];
  mutationFn: () => Promise<T>;
  onSuccess?: (result: T) => void;
  /** Runs on submit, before the request; false stops it (and moves focus to what is invalid). */
  check?: () => boolean;
}

/**
 * A form's request: submit handling, problem+json errors split onto fields, and focus moved to
 * the first error after every failed attempt (local or from the server).
 */
export function useFormMutation<T>({ fields, mutationFn, onSuccess, check }: FormMutationOptions<T>) {
  const t = useT();
  const [failures, setFailures] = useState(0);
  const mutation = useMutation({ mutationFn, onSuccess, onError: () => setFailures((count) => count + 1) });
  const formRef = useFocusOnError(failures || null);
  const { fieldErrors, formError } = splitError(t, mutation.error, fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (check && !check()) {
      setFailures((count) => count + 1);
      return;
    }
    mutation.mutate();
  };
  return { mutation, formRef, fieldErrors, formError, submit, pending: mutation.isPending };
}

/** What <Form> needs of useFormMutation. */
export interface FormMutation {
  formRef: RefObject<HTMLFormElement | null>;
  formError: unknown;
  submit: (event: FormEvent) => void;
  pending: boolean;
}

/** A form with its error live region on top and its buttons at the bottom. */
export function Form({
  form,
  children,
  submitLabel,
  onCancel,
  status,
  error,
  noValidate,
  className,
}: {
  form: FormMutation;
  children: ReactNode;
  submitLabel: string;
  onCancel?: () => void;
  status?: string;
  /** Shown instead of the form's own error (null: none). */
  error?: unknown;
  noValidate?: boolean;
  className?: string;
}) {
  return (
    <form ref={form.formRef} onSubmit={form.submit} noValidate={noValidate} className={className}>
      <FormError error={error === undefined ? form.formError : error} />
      {children}
      <FormActions submitLabel={submitLabel} pending={form.pending} onCancel={onCancel} status={status} />
    </form>
  );
}

/**
 * Cancel and submit; or, on a page (with `status`), submit and a live message beside it.
 * A pending submit stays focusable (aria-disabled) so focus is not lost while it runs.
 */
export function FormActions({
  submitLabel,
  pending,
  onCancel,
  status,
  danger = false,
}: {
  submitLabel: string;
  pending: boolean;
  onCancel?: () => void;
  status?: string;
  danger?: boolean;
}) {
  const t = useT();
  const submit = (
    <button type="submit" className={danger ? 'button button-danger' : 'button button-primary'} aria-disabled={pending || undefined}>
      {submitLabel}
    </button>
  );
  if (status !== undefined) {
    return (
      <div className="form-actions form-actions-start">
        {submit}
        <p className="notice" role="status">
          {status}
        </p>
      </div>
    );
  }
  return (
    <div className="form-actions">
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
      {submit}
    </div>
  );
}
