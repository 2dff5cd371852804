/**
 * Every user-owned item lives in the caller's partition, derived from the Cognito `sub` only.
 * Ids from requests are only ever used inside that partition.
 */
export const userPartition = (userId: string): string => `USER#${userId}`;

/** GSI2 partition of what Today shows: open sessions, active goals, locations, devices. */
export const openPartition = (userId: string): string => `${userPartition(userId)}#OPEN`;
