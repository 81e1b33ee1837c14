import { useEffect, useRef } from 'react';
import { isApiError, problemField } from '../api/client';
import { hasMessage, useT, type Translate } from '../i18n';

/** A human message for an API problem: our own translation of its code when we have one. */
export function problemMessage(t: Translate, error: unknown): string {
  if (!isApiError(error)) return t('error.unexpected.detail');
  if (error.status === 0) return t('error.network.detail');
  const key = `problem.${error.code}`;
  if (hasMessage(key)) return t(key);
  return error.detail || error.title || t('error.unexpected.detail');
}

/** A translated title for a problem's HTTP status, else the server's own. */
export function problemTitle(t: Translate, error: unknown): string {
  if (!isApiError(error)) return t('error.unexpected.title');
  if (error.status === 0) return t('error.network.title');
  const key = `error.status.${error.status}`;
  if (hasMessage(key)) return t(key);
  return error.title || t('error.unexpected.title');
}

/** Splits an API error into a message for one of `fields` or one for the whole form. */
export function splitError(
  t: Translate,
  error: unknown,
  fields: readonly string[],
): { fieldErrors: Record<string, string>; formError: unknown } {
  if (!error) return { fieldErrors: {}, formError: null };
  const field = problemField(error);
  if (field && fields.includes(field)) return { fieldErrors: { [field]: problemMessage(t, error) }, formError: null };
  return { fieldErrors: {}, formError: error };
}

/** Moves focus to the first invalid field (or the form's error) when a submit fails. */
export function useFocusOnError<T extends HTMLElement = HTMLFormElement>(error: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!error || !ref.current) return;
    const target =
      ref.current.querySelector<HTMLElement>('[aria-invalid="true"]') ?? ref.current.querySelector<HTMLElement>('.form-error');
    target?.focus();
  }, [error]);
  return ref;
}

/** Always-present live region, so screen readers announce errors as they appear. */
export function FormError({ error }: { error: unknown }) {
  const t = useT();
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <div role="alert" tabIndex={-1} className={error ? 'form-error' : 'form-error-empty'}>
      {error ? (
        <>
          <p>{problemMessage(t, error)}</p>
          {requestId && (
            <p className="small muted">
              {t('error.requestId')} <code>{requestId}</code>
            </p>
          )}
        </>
      ) : null}
    </div>
  );
}
