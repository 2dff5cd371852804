import * as z from 'zod';

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
  displayName: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
  birthYear: z.number().int().min(1900).max(currentYear - 10, `must be ${currentYear - 10} or earlier`).nullable(),
  sex: z.enum(['female', 'male', 'other']).nullable(),
  weightKg: z.number().min(20).max(350).nullable(),
  heightCm: z.number().min(80).max(260).nullable(),
  maxHeartRate: z.number().int().min(100).max(240).nullable(),
  restingHeartRate: z.number().int().min(25).max(120).nullable(),
  level: z.enum(['beginner', 'intermediate', 'advanced', 'elite']),
  timeZone: z.string().refine(isValidTimeZone, { message: 'must be an IANA time zone such as Europe/Paris', params: { code: 'invalid_time_zone' } }),
  locale: z.enum(['fr', 'en']),
  units: z.enum(['metric', 'imperial']),
});

export type ProfileFields = z.infer<typeof profileFieldsSchema>;

export const profileSchema = profileFieldsSchema.extend({
  userId: z.string(),
  email: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int().min(1),
});

export type Profile = z.infer<typeof profileSchema>;

/** `PUT /me` body: any subset of the editable fields, nothing else. */
export const profileUpdateSchema = profileFieldsSchema.partial().strict().refine(
  (value) => Object.keys(value).length > 0,
  { message: 'send at least one field to change', params: { code: 'empty_update' } },
);
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
