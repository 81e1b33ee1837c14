import { useId, useState } from 'react';
import { useT } from '../i18n';
import { Icon } from './Icon';

/** A read-only secret with a copy button (used for API keys shown once). */
export function CopyBox({ label, value }: { label: string; value: string }) {
  const t = useT();
  const id = useId();
  // Clipboard access can be refused (http, permissions): select the text for a manual copy.
  const { copied, copy } = useCopy(value, () => (document.getElementById(id) as HTMLInputElement | null)?.select());

  return (
    <div className="copy-box">
      <label htmlFor={id}>{label}</label>
      <div className="copy-box-row">
        <input id={id} readOnly value={value} onFocus={(event) => event.target.select()} spellCheck={false} />
        <button type="button" className="button" onClick={() => void copy()}>
          <Icon name="copy" /> {t('common.copy')}
        </button>
      </div>
      <p className="small muted" aria-live="polite">
        {copied ? t('common.copied') : ''}
      </p>
    </div>
  );
}

/** A small "Copy" button for a value shown beside it (a service key in a table row). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useT();
  const { copied, copy } = useCopy(value, () => undefined, 2000);
  return (
    <button type="button" className="button button-small copy-button" onClick={() => void copy()} aria-label={label} title={label}>
      <Icon name={copied ? 'check' : 'copy'} />
      <span className="visually-hidden" aria-live="polite">
        {copied ? t('common.copiedShort') : ''}
      </span>
    </button>
  );
}

/** Copies `value`; `copied` says it worked (for `forMs` milliseconds, when given). */
function useCopy(value: string, onRefused: () => void, forMs?: number) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      if (forMs) window.setTimeout(() => setCopied(false), forMs);
    } catch {
      setCopied(false);
      onRefused();
    }
  };
  return { copied, copy };
}
