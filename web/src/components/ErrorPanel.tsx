import { isApiError } from '../api/client';
import { useT } from '../i18n';

/** Shows an API failure with what the user can quote to support (the request id). */
export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  let title = t('error.unexpected.title');
  let detail = t('error.unexpected.detail');
  let requestId: string | undefined;
  if (isApiError(error)) {
    if (error.status === 0) {
      title = t('error.network.title');
      detail = t('error.network.detail');
    } else {
      title = error.title || title;
      detail = error.detail || (error.status >= 500 ? t('error.server.detail') : '');
      requestId = error.requestId;
    }
  } else if (error instanceof Error && error.message) {
    detail = error.message;
  }
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
