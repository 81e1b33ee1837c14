import { useState, type ReactNode } from 'react';
import { CopyBox } from './CopyBox';
import { Dialog } from './Dialog';
import { Icon } from './Icon';

/**
 * A dialog whose form creates something and is then replaced by what was made
 * (a key or secret the server shows only once). Closing forgets it.
 */
export function CreateDialog<T>({
  open,
  wide,
  title,
  createdTitle,
  onClose,
  form,
  created: renderCreated,
}: {
  open: boolean;
  wide?: boolean;
  title: string;
  createdTitle: string;
  onClose: () => void;
  form: (onCreated: (result: T) => void, onCancel: () => void) => ReactNode;
  created: (result: T, onDone: () => void) => ReactNode;
}) {
  const [created, setCreated] = useState<T | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Dialog open={open} wide={wide} title={created ? createdTitle : title} onClose={close}>
      {created ? renderCreated(created, close) : form(setCreated, close)}
    </Dialog>
  );
}

/** A secret shown once: a note on keeping it, the value with a copy button, how to use it. */
export function ShownOnce({
  note,
  warning = false,
  label,
  value,
  help,
  sample,
  doneLabel,
  onDone,
}: {
  note: string;
  /** A warning (it cannot be shown again) rather than a plain note. */
  warning?: boolean;
  label: string;
  value: string;
  help?: string;
  sample?: string;
  doneLabel: string;
  onDone: () => void;
}) {
  return (
    <div>
      <div className={warning ? 'warning' : 'info-note'} role="note">
        {warning && <Icon name="warning" />}
        <p>{note}</p>
      </div>
      <CopyBox label={label} value={value} />
      {help && <p className="small muted">{help}</p>}
      {sample && <pre className="code-sample">{sample}</pre>}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </div>
  );
}
