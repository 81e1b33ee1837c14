import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n';

interface State {
  error: Error | null;
}

/** Catches render errors of a page so the navigation stays usable. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Portal error', error, info.componentStack);
  }

  render() {
    if (this.state.error) return <CrashPanel error={this.state.error} />;
    return this.props.children;
  }
}

function CrashPanel({ error }: { error: Error }) {
  const t = useT();
  return (
    <section className="panel error-panel" role="alert" aria-labelledby="crash-title">
      <h1 id="crash-title">{t('error.crash.title')}</h1>
      <p>{t('error.crash.detail')}</p>
      <details>
        <summary>{t('error.crash.technical')}</summary>
        <pre>{error.message}</pre>
      </details>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.crash.reload')}
      </button>
    </section>
  );
}
