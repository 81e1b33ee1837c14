import { isApiError } from '../api/client';
import { useT } from '../i18n';
import { problemMessage, problemTitle } from './FormError';

/** Shows an API failure with what the user can quote to support (the request id). */
export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const title = problemTitle(t, error);
  let detail = problemMessage(t, error);
  if (isApiError(error) && error.status >= 500 && !error.detail) detail = t('error.server.detail');
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <section className="panel error-panel" role="alert" aria-labelledby="error-panel-title">
      <h2 id="error-panel-title">{title}</h2>
      {detail && <p>{detail}</p>}
      {requestId && (
        <p className="muted">
          {t('error.requestId')} <code>{requestId}</code>
        </p>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </section>
  );
}
