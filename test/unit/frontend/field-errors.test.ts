import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ApiError, type FieldError } from '../../../frontend/src/api/client';
import { en as enText, fr as frText } from '../../../frontend/src/ui/errors/messages';
import { fieldErrorText, type FieldErrorWording } from '../../../frontend/src/ui/errors/field-error-text';
import { sortFormErrors } from '../../../frontend/src/ui/errors/form-errors';
import { customSessionFieldOf } from '../../../frontend/src/training/custom-session-fields';
import { customSessionBody } from '../../../functions/training/schemas';
import { profileUpdateSchema } from '../../../shared/domain/profile/profile';
import { DOMAIN_ERROR_CODES, ZOD_ISSUE_CODES } from '../../../shared/http/error-codes';
import { fieldErrorsFromZod } from '../../../shared/http/problem';

/** The app's translator over this feature's dictionary, as useI18n builds it. */
function wording(dictionary: Record<string, string>, locale: 'en' | 'fr'): FieldErrorWording {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    t: (key, vars = {}) => {
      const text = dictionary[key];
      if (text === undefined) throw new Error(`missing text ${key}`);
      return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
    },
    formatNumber: (n) => numbers.format(n),
  };
}
const EN = wording(enText, 'en');
const FR = wording(frText, 'fr');

/** What the API answers for this input, as the SPA receives it (paths without `body.`). */
const apiErrors = (schema: z.core.$ZodType, input: unknown): FieldError[] => {
  const result = z.safeParse(schema, input);
  if (result.success) throw new Error('expected a refusal');
  return fieldErrorsFromZod(result.error, 'body', input).map((e) => ({ ...e, path: e.path.replace(/^body\.?/, '') }));
};

describe('fieldErrorText: the API error in the UI language, from its code', () => {
  it('bounds, in English and French', () => {
    const [max, resting] = apiErrors(profileUpdateSchema, { maxHeartRate: 300, restingHeartRate: 10 });
    expect(fieldErrorText(max!, EN)).toBe('Must be at most 240');
    expect(fieldErrorText(max!, FR)).toBe('Doit être au plus 240');
    expect(fieldErrorText(resting!, EN)).toBe('Must be at least 25');
    expect(fieldErrorText(resting!, FR)).toBe('Doit être au moins 25');
    expect(fieldErrorText({ code: 'too_big', params: { origin: 'number', maximum: 1000.5, inclusive: true } }, FR)).toBe('Doit être au plus 1\u202f000,5');
    expect(fieldErrorText({ code: 'too_big', params: { origin: 'number', maximum: 10, inclusive: false } }, EN)).toBe('Must be less than 10');
    expect(fieldErrorText({ code: 'too_small', params: { origin: 'number', minimum: 0, inclusive: false } }, FR)).toBe('Doit être supérieur à 0');
    expect(fieldErrorText({ code: 'too_big', params: { origin: 'string', maximum: 160, inclusive: true } }, FR)).toBe('160 caractères au plus');
    expect(fieldErrorText({ code: 'too_small', params: { origin: 'array', minimum: 1, inclusive: true } }, EN)).toBe('Add at least one');
    expect(fieldErrorText({ code: 'too_big', params: { origin: 'array', maximum: 30, inclusive: true } }, FR)).toBe('30 éléments au plus');
  });

  it('missing and empty values read "Required"; wrong types say what is expected', () => {
    const errors = apiErrors(customSessionBody, { coach: 'force', discipline: 'strength', title: '  ', exercises: [{ sets: [{ reps: 2.5 }] }] });
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e]));
    expect(fieldErrorText(byPath.title!, FR)).toBe('Obligatoire');
    expect(fieldErrorText(byPath['exercises.0.exerciseId']!, EN)).toBe('Required');
    expect(fieldErrorText(byPath['exercises.0.sets.0.reps']!, FR)).toBe('Doit être un nombre entier');
    expect(fieldErrorText({ code: 'invalid_type', params: { expected: 'number', received: 'string' } }, EN)).toBe('Must be a number');
  });

  it('enums, formats and domain codes', () => {
    expect(fieldErrorText({ code: 'invalid_value', params: { values: ['metric', 'imperial'] } }, { ...FR, valueLabel: (v) => (v === 'metric' ? 'métrique' : 'impérial') })).toBe(
      'Doit être l’une de ces valeurs : métrique, impérial',
    );
    expect(fieldErrorText({ code: 'invalid_format', params: { format: 'datetime' } }, FR)).toBe('Doit être une date et une heure');
    expect(fieldErrorText({ code: 'unknown_exercise', params: { exerciseId: 'moon-walk' } }, EN)).toBe('Not in the exercise catalog');
    expect(fieldErrorText({ code: 'unknown_exercise' }, FR)).toBe('Absent du catalogue d’exercices');
    expect(fieldErrorText({ code: 'invalid_time_zone' }, FR)).toBe('Fuseau horaire inconnu : choisissez-en un dans la liste');
    expect(fieldErrorText({ code: 'too_many_sets', params: { maximum: 300 } }, FR)).toBe('Une séance compte au plus 300 séries');
    expect(fieldErrorText({ code: 'range_too_long', params: { maximum: 366, to: '2026-01-01' } }, EN)).toBe('The period may span at most 366 days');
  });

  it('every code the API documents has its own sentence in both languages, none shows server English', () => {
    for (const code of [...ZOD_ISSUE_CODES, ...DOMAIN_ERROR_CODES]) {
      const params = { origin: 'number', minimum: 1, maximum: 2, values: ['a', 'b'], format: 'email', expected: 'string', divisor: 5, count: 3 };
      const english = fieldErrorText({ code, params }, EN);
      const french = fieldErrorText({ code, params }, FR);
      expect(english, code).not.toMatch(/\{\w+\}/);
      expect(french, code).not.toMatch(/\{\w+\}/);
      expect(french, code).not.toBe(english);
    }
  });

  it('an unknown code or none falls back to a localized "Invalid value", never the message', () => {
    expect(fieldErrorText({ code: 'brand_new_rule' }, FR)).toBe('Valeur invalide');
    expect(fieldErrorText({}, EN)).toBe('Invalid value');
  });
});

describe('sortFormErrors: each error on its control, the rest listed with a label', () => {
  const problem = (errors: FieldError[]) => new ApiError(400, 'Bad Request', 'invalid', errors);

  it('the custom-session form: a set load on that exercise’s load field, an unknown exercise on its exercise field', () => {
    const errors = apiErrors(customSessionBody, {
      coach: 'force',
      discipline: 'strength',
      title: 'Legs',
      exercises: [
        { exerciseId: 'back-squat', sets: [{ loadKg: 1000 }, { loadKg: 1000 }, { loadKg: 1000, targetRpe: 12 }] },
        { exerciseId: 'bench-press', sets: [{ reps: 5 }] },
      ],
    });
    errors.push({ path: 'exercises.1.exerciseId', code: 'unknown_exercise', params: { exerciseId: 'bench-press' }, message: 'x' });
    const labels = { title: 'Titre', 'exercises.0.exerciseId': 'Exercice 1 · Exercice', 'exercises.0.loadKg': 'Exercice 1 · Charge (kg)', 'exercises.1.exerciseId': 'Exercice 2 · Exercice' };
    const sorted = sortFormErrors(problem(errors), { labels, names: { 'exercises.0': 'Exercice 1' }, fieldOf: customSessionFieldOf }, FR);
    expect(sorted.of('exercises.0.loadKg')).toBe('Doit être au plus 600');
    expect(sorted.of('exercises.0.exerciseId')).toBeUndefined();
    expect(sorted.of('exercises.1.exerciseId')).toBe('Absent du catalogue d’exercices');
    expect(sorted.invalidFields).toEqual(['exercises.0.loadKg', 'exercises.1.exerciseId']);
    // targetRpe has no control in the form: listed, named after its exercise, not dropped.
    expect(sorted.unclaimed).toEqual([{ path: 'exercises.0.sets.2.targetRpe', label: 'Exercice 1', text: 'Doit être au plus 10' }]);
  });

  it('nothing is dropped: unknown paths are listed as "other field"', () => {
    const sorted = sortFormErrors(problem([{ path: 'colour', code: 'unrecognized_keys', message: 'x' }, { path: '', code: 'empty_update', message: 'y' }]), { labels: { title: 'Title' } }, EN);
    expect(sorted.unclaimed).toEqual([
      { path: 'colour', label: 'Other field (colour)', text: 'Not a known field' },
      { path: '', label: 'Other field (body)', text: 'Change at least one field' },
    ]);
    expect(sortFormErrors(new Error('boom'), { labels: {} }, EN)).toMatchObject({ unclaimed: [], invalidFields: [] });
  });
});
