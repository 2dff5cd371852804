import type { FieldErrorParam } from '../../../../shared/http/error-codes';
import type { Messages } from '../../i18n/en';

type TextKey = keyof Messages['text'];

/** A field error as the API sends it (`errors[]` of a problem+json); only `code` and `params` are read. */
export interface FieldErrorLike {
  code?: string | undefined;
  params?: Record<string, FieldErrorParam> | undefined;
}

export interface FieldErrorWording {
  t: (key: TextKey, vars?: Record<string, string | number>) => string;
  /** Numbers in the UI's language (1 000,5 in French). */
  formatNumber?: (value: number) => string;
  /** Labels for the allowed values of an invalid_value error (enum keys → words). */
  valueLabel?: (value: string) => string;
}

/** Codes of refinements and domain rules → their sentence (parameters filled from `params`). */
const DOMAIN_TEXTS: Record<string, TextKey> = {
  body_required: 'errors.bodyRequired',
  malformed_json: 'errors.malformedJson',
  payload_too_large: 'errors.payloadTooLarge',
  invalid_time_zone: 'errors.invalidTimeZone',
  invalid_day: 'errors.invalidDay',
  empty_update: 'errors.emptyUpdate',
  duplicate_value: 'errors.duplicateValue',
  equipment_none_exclusive: 'errors.equipmentNoneExclusive',
  heart_rates_inconsistent: 'errors.heartRatesInconsistent',
  unknown_exercise: 'errors.unknownExercise',
  unknown_location: 'errors.unknownLocation',
  in_future: 'errors.inFuture',
  range_reversed: 'errors.rangeReversed',
  range_too_long: 'errors.rangeTooLong',
  invalid_cursor: 'errors.invalidCursor',
  exercise_index_out_of_range: 'errors.exerciseIndexOutOfRange',
  too_many_sets: 'errors.tooManySets',
  content_too_large: 'errors.contentTooLarge',
  invalid_set: 'errors.invalidSet',
  unrecognized_keys: 'errors.unrecognizedKey',
  not_multiple_of: 'errors.multipleOf',
  invalid_union: 'errors.invalidUnion',
  invalid_key: 'errors.invalidKey',
  invalid_element: 'errors.invalidElement',
};

const FORMAT_TEXTS: Record<string, TextKey> = {
  datetime: 'errors.format.datetime',
  date: 'errors.format.date',
  time: 'errors.format.time',
  email: 'errors.format.email',
  url: 'errors.format.url',
  uuid: 'errors.format.uuid',
  guid: 'errors.format.uuid',
};

const TYPE_TEXTS: Record<string, TextKey> = {
  int: 'errors.type.int',
  number: 'errors.type.number',
  bigint: 'errors.type.int',
  string: 'errors.type.string',
  boolean: 'errors.type.boolean',
  array: 'errors.type.array',
  tuple: 'errors.type.array',
  object: 'errors.type.object',
  record: 'errors.type.object',
};

/**
 * The sentence for one API field error in the UI's language, from its `code` and `params` only:
 * the server's English `message` is never shown; an unknown code reads "Invalid value".
 */
export function fieldErrorText(error: FieldErrorLike, wording: FieldErrorWording): string {
  const { t } = wording;
  const params = error.params ?? {};
  const num = (value: FieldErrorParam | undefined): string =>
    typeof value === 'number' ? (wording.formatNumber ?? String)(value) : typeof value === 'string' ? value : '';
  const textVars: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) if (typeof value === 'number' || typeof value === 'string') textVars[key] = typeof value === 'number' ? num(value) : value;
  const origin = typeof params.origin === 'string' ? params.origin : undefined;
  const exclusive = params.inclusive === false;
  const exact = params.exact === true;

  switch (error.code) {
    case 'invalid_type': {
      if (params.received === 'undefined' || params.received === 'null') return t('errors.required');
      const expected = typeof params.expected === 'string' ? params.expected : '';
      return t(TYPE_TEXTS[expected] ?? 'errors.type.other');
    }
    case 'too_big': {
      const maximum = num(params.maximum);
      if (origin === 'number' || origin === 'bigint') {
        if (exact) return t('errors.number.exact', { value: maximum });
        return t(exclusive ? 'errors.number.maxExclusive' : 'errors.number.max', { maximum });
      }
      if (origin === 'string') return t(exact ? 'errors.string.exact' : 'errors.string.max', { maximum, value: maximum });
      if (origin === 'array' || origin === 'set') return t('errors.array.max', { maximum });
      return t('errors.size.max', { maximum });
    }
    case 'too_small': {
      const minimum = num(params.minimum);
      if (origin === 'number' || origin === 'bigint') {
        if (exact) return t('errors.number.exact', { value: minimum });
        if (exclusive && params.minimum === 0) return t('errors.number.positive');
        return t(exclusive ? 'errors.number.minExclusive' : 'errors.number.min', { minimum });
      }
      if (origin === 'string') {
        if (params.minimum === 1 && !exclusive) return t('errors.required');
        return t(exact ? 'errors.string.exact' : 'errors.string.min', { minimum, value: minimum });
      }
      if (origin === 'array' || origin === 'set') return params.minimum === 1 && !exclusive ? t('errors.array.empty') : t('errors.array.min', { minimum });
      return t('errors.size.min', { minimum });
    }
    case 'invalid_format': {
      const format = typeof params.format === 'string' ? params.format : '';
      return t(FORMAT_TEXTS[format] ?? 'errors.format.other');
    }
    case 'invalid_value': {
      const values = Array.isArray(params.values) ? params.values.map((value) => (typeof value === 'string' ? (wording.valueLabel?.(value) ?? value) : num(value ?? ''))) : [];
      if (values.length === 1) return t('errors.value.exact', { value: values[0]! });
      if (values.length > 1) return t('errors.value.oneOf', { values: values.join(', ') });
      return t('errors.invalid');
    }
    default: {
      const key = error.code ? DOMAIN_TEXTS[error.code] : undefined;
      return key ? t(key, textVars) : t('errors.invalid');
    }
  }
}
