/**
 * Every user-owned item lives in the caller's partition, derived from the Cognito `sub` only.
 * Ids from requests are only ever used inside that partition.
 */
export const userPartition = (userId: string): string => `USER#${userId}`;

/** GSI5 partition (GSI2PK) of what Today shows: open sessions, active goals, locations, devices. */
export const openPartition = (userId: string): string => `${userPartition(userId)}#OPEN`;

/** GSI1 partition of Forge: the activities and the day summaries (`<localDay>#!`), by local day. */
export const forgePartition = (userId: string): string => `${userPartition(userId)}#FORGE`;

/** GSI4 partition of History: one light list item per session (the index projects only the list fields). */
export const sessionListPartition = (userId: string): string => `${userPartition(userId)}#SESSIONS`;

export const SNAPSHOT_PREFIX = 'SNAPSHOT#';

/**
 * A training session and its 1:1 companions (enrichment content, wearable metrics, live-session
 * snapshot), keyed by the session id in its owner's partition. The session's own transactions
 * (complete, delete) name the companions, so their formats live here once, for every module.
 */
export const sessionItemKeys = (userId: string, sessionId: string) => {
  const PK = userPartition(userId);
  return {
    session: { PK, SK: `SESSION#${sessionId}` },
    enrichment: { PK, SK: `SESSION#${sessionId}#ENRICHMENT` },
    wearable: { PK, SK: `SESSION#${sessionId}#WEARABLE` },
    snapshot: { PK, SK: `${SNAPSHOT_PREFIX}${sessionId}` },
  };
};
