import { useMemo } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { fieldErrorText, type FieldErrorWording } from './field-error-text';
import { sortFormErrors, type FormErrorOptions, type FormErrors } from './form-errors';

/** The UI language's wording of API field errors. */
export function useFieldErrorWording(): FieldErrorWording {
  const { t, formatNumber } = useI18n();
  return useMemo(() => ({ t, formatNumber }), [t, formatNumber]);
}

/**
 * A failed submission's field errors on the form's controls, in the UI's language: pass `of(key)`
 * as each control's `error`, and the result as `<ErrorAlert form={…}>` so the others are listed.
 */
export function useFormErrors(error: unknown, options: FormErrorOptions): FormErrors {
  const wording = useFieldErrorWording();
  return sortFormErrors(error, options, wording);
}

/**
 * Drop-in for `error.fieldMessages()` in the UI's language: path (without `body.`) → sentence.
 * Prefer `useFormErrors`, which also tells which errors no field shows.
 */
export function useFieldMessages(error: unknown): Record<string, string> {
  const wording = useFieldErrorWording();
  return error instanceof ApiError ? error.fieldMessages((item) => fieldErrorText(item, wording)) : {};
}
