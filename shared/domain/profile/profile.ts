import * as z from '../../zod';

const currentYear = new Date().getUTCFullYear();

export const isValidTimeZone = (value: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

/** The fields an athlete can edit; every bound says what is plausible for a person. */
export const profileFieldsSchema = z.object({
  displayName: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(80, 'must be at most 80 characters')),
  birthYear: z.nullable(z.int().check(z.minimum(1900), z.maximum(currentYear - 10, `must be ${currentYear - 10} or earlier`))),
  sex: z.nullable(z.enum(['female', 'male', 'other'])),
  weightKg: z.nullable(z.number().check(z.minimum(20), z.maximum(350))),
  heightCm: z.nullable(z.number().check(z.minimum(80), z.maximum(260))),
  maxHeartRate: z.nullable(z.int().check(z.minimum(100), z.maximum(240))),
  restingHeartRate: z.nullable(z.int().check(z.minimum(25), z.maximum(120))),
  level: z.enum(['beginner', 'intermediate', 'advanced', 'elite']),
  timeZone: z.string().check(z.refine(isValidTimeZone, { error: 'must be an IANA time zone such as Europe/Paris', params: { code: 'invalid_time_zone' } })),
  locale: z.enum(['fr', 'en']),
  units: z.enum(['metric', 'imperial']),
});

export type ProfileFields = z.infer<typeof profileFieldsSchema>;

export const profileSchema = z.extend(profileFieldsSchema, {
  userId: z.string(),
  email: z.nullable(z.string()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.int().check(z.minimum(1)),
});

export type Profile = z.infer<typeof profileSchema>;

/** `PUT /me` body: any subset of the editable fields, nothing else. */
export const profileUpdateSchema = z
  .strictObject(z.partial(profileFieldsSchema).shape)
  .check(z.refine((value) => Object.keys(value).length > 0, { error: 'send at least one field to change', params: { code: 'empty_update' } }));
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;

export function defaultProfile(userId: string, email: string | undefined, now: Date): Profile {
  const at = now.toISOString();
  return {
    userId,
    email: email ?? null,
    displayName: email?.split('@')[0] || 'Athlete',
    birthYear: null,
    sex: null,
    weightKg: null,
    heightCm: null,
    maxHeartRate: null,
    restingHeartRate: null,
    level: 'intermediate',
    timeZone: 'UTC',
    locale: 'en',
    units: 'metric',
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/** Resting HR must stay below max HR whenever both are known. */
export function checkHeartRates(profile: Pick<Profile, 'maxHeartRate' | 'restingHeartRate'>): string | null {
  if (profile.maxHeartRate != null && profile.restingHeartRate != null && profile.restingHeartRate >= profile.maxHeartRate) {
    return 'must be lower than maxHeartRate';
  }
  return null;
}
