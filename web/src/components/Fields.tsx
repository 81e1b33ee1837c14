import { useId, type ReactNode } from 'react';
import { isLanguage, languageNames, languages, type Language } from '../i18n';

interface BaseProps {
  label: string;
  error?: string;
  /** Something to do about the error, shown beside it (e.g. "Use VLAN 301"). */
  errorAction?: ReactNode;
  hint?: ReactNode;
  required?: boolean;
}

/** What every input, select and textarea of a field carries: its id, its value, and its link to label, hint and error. */
interface ControlProps {
  id: string;
  name?: string;
  value: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  onChange: (event: { target: { value: string } }) => void;
}

type FieldProps = BaseProps & { value: string; onChange: (value: string) => void; name?: string };

/** Label, control, hint and error of one field; the control gets the ids that tie them together. */
function FieldFrame({ label, error, errorAction, hint, required, value, onChange, name, children }: FieldProps & { children: (control: ControlProps) => ReactNode }) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const control: ControlProps = {
    id,
    name,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
    onChange: (event) => onChange(event.target.value),
  };
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      {children(control)}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldMessage id={`${id}-error`} error={error} action={errorAction} />
    </div>
  );
}

/** The asterisk after a required field's label (the input itself says "required" to screen readers). */
export function RequiredMark() {
  return (
    <span className="required" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

/** The message under an invalid field or group; its id is what aria-describedby points at. */
export function FieldMessage({ id, error, action }: { id: string; error?: string; action?: ReactNode }) {
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {error}
      {action && <> {action}</>}
    </p>
  );
}

export function TextField({
  type = 'text',
  autoComplete,
  autoFocus,
  minLength,
  placeholder,
  inputMode,
  ...field
}: FieldProps & {
  type?: 'text' | 'email' | 'password' | 'url' | 'datetime-local' | 'search';
  autoComplete?: string;
  autoFocus?: boolean;
  minLength?: number;
  placeholder?: string;
  inputMode?: 'numeric' | 'text';
}) {
  return (
    <FieldFrame {...field}>
      {(control) => (
        <input {...control} type={type} inputMode={inputMode} autoComplete={autoComplete} autoFocus={autoFocus} minLength={minLength} placeholder={placeholder} />
      )}
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

export function SelectField({ options, ...field }: FieldProps & { options: Option[] }) {
  return <FieldFrame {...field}>{(control) => <select {...control}>{renderOptions(options)}</select>}</FieldFrame>;
}

export function TextAreaField({ rows = 4, maxLength, ...field }: FieldProps & { rows?: number; maxLength?: number }) {
  return <FieldFrame {...field}>{(control) => <textarea {...control} rows={rows} maxLength={maxLength} />}</FieldFrame>;
}

/** A choice of the portal's languages, each named in itself. */
export function LanguageField({ onChange, ...field }: Omit<FieldProps, 'onChange'> & { onChange: (value: Language) => void }) {
  const options = languages.map((code) => ({ value: code, label: languageNames[code] }));
  return <SelectField {...field} options={options} onChange={(value) => isLanguage(value) && onChange(value)} />;
}

/** A checkbox (or radio button) with its label and, under it, an optional hint. */
export function CheckField({
  type = 'checkbox',
  name,
  checked,
  onChange,
  label,
  hint,
  invalid,
}: {
  type?: 'checkbox' | 'radio';
  name?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: ReactNode;
  hint?: string;
  /** Marks the first box of an invalid group, where focus goes after a failed submit. */
  invalid?: boolean;
}) {
  return (
    <label className="check">
      <input type={type} name={name} checked={checked} onChange={(event) => onChange(event.target.checked)} aria-invalid={invalid || undefined} />
      <span>
        {label}
        {hint && <span className="check-hint small muted">{hint}</span>}
      </span>
    </label>
  );
}

/** A titled group of check boxes inside a larger choice (the events of one group, the locations of one region). */
export function CheckGroup({ title, className, children }: { title: string; className: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className={className} role="group" aria-labelledby={id}>
      <p id={id} className="event-group-title">
        {title}
      </p>
      {children}
    </div>
  );
}
