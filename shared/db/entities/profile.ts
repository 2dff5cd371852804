import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { checkHeartRates, defaultProfile, profileSchema, type Profile, type ProfileUpdate } from '../../domain/profile/profile';
import { documentClient } from '../client';
import { AccountErasedError, isAccountErased } from './erased-account';
import { isConditionalCheckFailed, withoutStorageAttributes } from '../item';
import { conflictOf, retryOnConflict } from '../optimistic';
import { userPartition } from '../keys';

export const PROFILE_ENTITY = 'profile';
export const profileKey = (userId: string) => ({ PK: userPartition(userId), SK: 'PROFILE' });

export const toItem = (profile: Profile) => ({ ...profileKey(profile.userId), entity: PROFILE_ENTITY, ...profile });
export const fromItem = (item: Record<string, unknown>): Profile => profileSchema.parse(withoutStorageAttributes(item));

export class InvalidProfileError extends Error {
  constructor(readonly field: string, readonly reason: string) {
    super(`${field} ${reason}`);
  }
}

/** GET /me: one GetItem; on the first call the profile is created with defaults (create-if-absent). */
export async function getOrCreateProfile(tableName: string, userId: string, email?: string): Promise<Profile> {
  const found = await documentClient.send(new GetCommand({ TableName: tableName, Key: profileKey(userId) }));
  if (found.Item) return fromItem(found.Item);
  // A first request, or a token outliving its erased account: only the former gets a profile.
  if (await isAccountErased({ tableName }, userId)) throw new AccountErasedError();
  const profile = defaultProfile(userId, email, new Date());
  try {
    await documentClient.send(
      new PutCommand({ TableName: tableName, Item: toItem(profile), ConditionExpression: 'attribute_not_exists(PK)' }),
    );
    return profile;
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
    // A concurrent first request created it: read what won.
    const again = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: profileKey(userId), ConsistentRead: true }),
    );
    return fromItem(again.Item!);
  }
}

const CACHE_MS = 5 * 60_000;
const cache = new Map<string, { profile: Profile; at: number }>();

/**
 * The profile for reads that only need slow-changing facts (time zone, weight, level): served
 * from this container's memory for up to 5 minutes, so such routes stay at one table request.
 */
export async function getProfileCached(tableName: string, userId: string, email?: string, now = Date.now()): Promise<Profile> {
  const hit = cache.get(userId);
  if (hit && now - hit.at < CACHE_MS) return hit.profile;
  const profile = await getOrCreateProfile(tableName, userId, email);
  if (cache.size > 10_000) cache.clear();
  cache.set(userId, { profile, at: now });
  return profile;
}

/** PUT /me: merge the given fields, guarded by the version read (optimistic locking, `retryOnConflict`). */
export async function updateProfile(tableName: string, userId: string, email: string | undefined, changes: ProfileUpdate): Promise<Profile> {
  return retryOnConflict(async () => {
    const current = await getOrCreateProfile(tableName, userId, email);
    const next: Profile = { ...current, ...changes, updatedAt: new Date().toISOString(), version: current.version + 1 };
    const hrProblem = checkHeartRates(next);
    if (hrProblem) throw new InvalidProfileError('restingHeartRate', hrProblem);
    await documentClient
      .send(
        new PutCommand({
          TableName: tableName,
          Item: toItem(next),
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': current.version },
        }),
      )
      .catch(conflictOf(PROFILE_ENTITY));
    cache.set(userId, { profile: next, at: Date.now() });
    return next;
  });
}
