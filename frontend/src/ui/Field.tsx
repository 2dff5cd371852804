import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface FieldFrame {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/** Label, control and its error/hint, wired with aria-invalid and aria-describedby. */
function Frame({ label, error, hint, id, children }: FieldFrame & { id: string; children: (describedBy: string | undefined) => ReactNode }) {
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(describedBy)}
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      {error && (
        <small id={`${id}-error`} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}

export function TextField({ label, error, hint, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <Frame label={label} error={error} hint={hint} id={id}>
      {(describedBy) => <input id={id} aria-invalid={!!error} aria-describedby={describedBy} {...input} />}
    </Frame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** A select; `groups` (labelled `<optgroup>`s) come after the plain `options`. */
export function SelectField({
  label,
  error,
  hint,
  options,
  groups = [],
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { options: SelectOption[]; groups?: Array<{ label: string; options: SelectOption[] }> }) {
  const id = useId();
  const render = (option: SelectOption) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
  return (
    <Frame label={label} error={error} hint={hint} id={id}>
      {(describedBy) => (
        <select id={id} aria-invalid={!!error} aria-describedby={describedBy} {...select}>
          {options.map(render)}
          {groups
            .filter((group) => group.options.length > 0)
            .map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map(render)}
              </optgroup>
            ))}
        </select>
      )}
    </Frame>
  );
}

export function TextAreaField({ label, error, hint, ...textarea }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <Frame label={label} error={error} hint={hint} id={id}>
      {(describedBy) => <textarea id={id} rows={3} aria-invalid={!!error} aria-describedby={describedBy} {...textarea} />}
    </Frame>
  );
}

/** A slider with its value shown beside it (`shown`, e.g. "7 · Hard"), also given to screen readers. */
export function RangeField({ label, error, hint, shown, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement> & { shown: string }) {
  const id = useId();
  return (
    <Frame label={label} error={error} hint={hint} id={id}>
      {(describedBy) => (
        <div className="range">
          <input id={id} type="range" aria-invalid={!!error} aria-describedby={describedBy} aria-valuetext={shown} {...input} />
          <output htmlFor={id}>{shown}</output>
        </div>
      )}
    </Frame>
  );
}
