import type { Profile } from '../../shared/domain/profile/profile';
import { ageFromBirthYear } from '../../shared/domain/science/heart-rate/max-hr';
import type { AthleteFacts } from '../../shared/domain/training/lifecycle';

/** What the calorie estimates need to know about the athlete. */
export const athleteFacts = (profile: Profile, now: Date): AthleteFacts => ({
  weightKg: profile.weightKg,
  age: profile.birthYear ? ageFromBirthYear(profile.birthYear, now) : null,
  sex: profile.sex,
});
