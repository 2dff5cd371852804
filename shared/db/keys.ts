/**
 * Every user-owned item lives in the caller's partition, derived from the Cognito `sub` only.
 * Ids from requests are only ever used inside that partition.
 */
export const userPartition = (userId: string): string => `USER#${userId}`;
