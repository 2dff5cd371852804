import { ApiError, type FieldError } from '../../api/client';
import { fieldErrorText, type FieldErrorWording } from './field-error-text';

/** An API field error no control of the form shows: listed in the form's ErrorAlert under `label`. */
export interface UnclaimedError {
  path: string;
  label: string;
  text: string;
}

/** A failed submission's field errors sorted out for one form. */
export interface FormErrors {
  /** The translated message(s) for a control of the form (its key in `labels`), or undefined. */
  of(field: string): string | undefined;
  /** The errors whose path no control claimed, with the label to name them by: none is dropped. */
  unclaimed: UnclaimedError[];
  /** Keys of the controls that have an error, in the order of `labels` (the form's order). */
  invalidFields: string[];
}

export interface FormErrorOptions {
  /** The form's controls: key → visible label (keys are API paths without `body.` unless `fieldOf` says otherwise). */
  labels: Record<string, string>;
  /**
   * Which control shows an error at `path` (`exercises.0.sets.2.loadKg` → `exercises.0.loadKg`);
   * by default the control whose key is the path. Return undefined for errors no control shows.
   */
  fieldOf?: (path: string) => string | undefined;
  /** Names for paths no control stands for (`exercises.0` → "Exercise 1"), to label the errors under them. */
  names?: Record<string, string>;
}

/**
 * Sorts `error`'s field errors (an ApiError, else none) onto the form's controls, translated from
 * their codes. Pure: `useFormErrors` gives it the UI's language.
 */
export function sortFormErrors(error: unknown, options: FormErrorOptions, wording: FieldErrorWording): FormErrors {
  const items: FieldError[] = error instanceof ApiError ? error.fieldErrors() : [];
  const byField = new Map<string, string[]>();
  const unclaimed: UnclaimedError[] = [];
  for (const item of items) {
    const text = fieldErrorText(item, wording);
    const field = (options.fieldOf ?? ((path: string) => path))(item.path);
    if (field !== undefined && field in options.labels) {
      const texts = byField.get(field) ?? [];
      if (!texts.includes(text)) texts.push(text);
      byField.set(field, texts);
      continue;
    }
    const label = options.labels[item.path] ?? labelFor(item.path, options.names ?? {}) ?? wording.t('errors.otherField', { path: item.path || 'body' });
    if (!unclaimed.some((known) => known.label === label && known.text === text)) unclaimed.push({ path: item.path, label, text });
  }
  return {
    of: (field) => byField.get(field)?.join(' · '),
    unclaimed,
    invalidFields: Object.keys(options.labels).filter((field) => byField.has(field)),
  };
}

/**
 * The name of the path or of its nearest named parent (`exercises.0` for `exercises.0.sets.1.targetRpe`).
 * Controls' labels only name their own path: an error under a control it did not claim is not that control's.
 */
function labelFor(path: string, labels: Record<string, string>): string | undefined {
  const steps = path.split('.');
  for (let length = steps.length; length > 0; length--) {
    const label = labels[steps.slice(0, length).join('.')];
    if (label) return label;
  }
  return undefined;
}
