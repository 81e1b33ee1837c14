import { useId, type ReactNode } from 'react';

interface BaseProps {
  label: string;
  error?: string;
  /** Something to do about the error, shown beside it (e.g. "Use VLAN 301"). */
  errorAction?: ReactNode;
  hint?: ReactNode;
  required?: boolean;
}

function describedBy(hintId: string, errorId: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function FieldFrame({
  id,
  label,
  error,
  errorAction,
  hint,
  required,
  children,
}: BaseProps & { id: string; children: ReactNode }) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
          {errorAction && <> {errorAction}</>}
        </p>
      )}
    </div>
  );
}

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  type = 'text',
  autoComplete,
  autoFocus,
  minLength,
  name,
  placeholder,
  inputMode,
  errorAction,
}: BaseProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'url' | 'datetime-local' | 'search';
  autoComplete?: string;
  autoFocus?: boolean;
  minLength?: number;
  name?: string;
  placeholder?: string;
  inputMode?: 'numeric' | 'text';
}) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} errorAction={errorAction} hint={hint} required={required}>
      <input
        inputMode={inputMode}
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        minLength={minLength}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
  /** Options with a group are shown under it (an <optgroup>), in the order the groups first appear. */
  group?: string;
}

function renderOptions(options: Option[]): ReactNode {
  const groups: { name: string | undefined; options: Option[] }[] = [];
  for (const option of options) {
    const last = groups[groups.length - 1];
    const existing = option.group === undefined ? undefined : groups.find((group) => group.name === option.group);
    if (existing) existing.options.push(option);
    else if (last && last.name === undefined && option.group === undefined) last.options.push(option);
    else groups.push({ name: option.group, options: [option] });
  }
  const render = (option: Option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
  return groups.map((group, index) =>
    group.name === undefined ? (
      group.options.map(render)
    ) : (
      <optgroup key={`${group.name}-${index}`} label={group.name}>
        {group.options.map(render)}
      </optgroup>
    ),
  );
}

export function SelectField({
  label,
  value,
  onChange,
  options,
  error,
  hint,
  required,
  name,
}: BaseProps & { value: string; onChange: (value: string) => void; options: Option[]; name?: string }) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required}>
      <select
        id={id}
        name={name}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      >
        {renderOptions(options)}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  value,
  onChange,
  error,
  hint,
  required,
  rows = 4,
  maxLength,
  name,
}: BaseProps & { value: string; onChange: (value: string) => void; rows?: number; maxLength?: number; name?: string }) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required}>
      <textarea
        id={id}
        name={name}
        value={value}
        rows={rows}
        required={required}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, error)}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}
