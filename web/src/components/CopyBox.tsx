import { useId, useState } from 'react';
import { useT } from '../i18n';
import { Icon } from './Icon';

/** A read-only secret with a copy button (used for API keys shown once). */
export function CopyBox({ label, value }: { label: string; value: string }) {
  const t = useT();
  const id = useId();
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (http, permissions): select the text for a manual copy.
      const input = document.getElementById(id) as HTMLInputElement | null;
      input?.select();
    }
  };

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
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" className="button button-small copy-button" onClick={() => void copy()} aria-label={label} title={label}>
      <Icon name={copied ? 'check' : 'copy'} />
      <span className="visually-hidden" aria-live="polite">
        {copied ? t('common.copiedShort') : ''}
      </span>
    </button>
  );
}
