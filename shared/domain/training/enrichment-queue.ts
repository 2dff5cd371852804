/**
 * Queue position without counting the queue. Each session entering the enrichment queue takes a
 * ticket, a sequence number per priority (1 = first of that priority ever). The worker records,
 * per priority, the highest ticket it has started ("started up to"). Sessions ahead of a waiting
 * one are then the tickets of higher priorities not yet started plus those of its own priority
 * issued before it and not yet started: two numbers per priority, read in one GetItem whatever
 * the backlog (the former `Select COUNT` read every queued item ahead, O(backlog) per poll).
 *
 * Approximate in the same ways the SQS queue is: a job started out of order moves "started up
 * to" past older tickets, and a ticket whose session was deleted before it started is covered as
 * soon as a later one starts, so no error accumulates.
 */
export const MIN_ENRICHMENT_PRIORITY = 1;
export const MAX_ENRICHMENT_PRIORITY = 10;

export interface EnrichmentQueueCounters {
  /** Per priority, the last ticket issued (0 or absent: none yet). */
  issued: Readonly<Record<number, number>>;
  /** Per priority, the highest ticket the worker has started. */
  startedUpTo: Readonly<Record<number, number>>;
}

const waitingAt = (counters: EnrichmentQueueCounters, priority: number) =>
  Math.max(0, (counters.issued[priority] ?? 0) - (counters.startedUpTo[priority] ?? 0));

/**
 * Sessions ahead of the one with `ticket` at `priority` (higher priority first, then ticket
 * order). Without a ticket (queued before tickets existed) the session counts as last of its priority.
 */
export function sessionsAheadInQueue(counters: EnrichmentQueueCounters, priority: number, ticket: number | undefined): number {
  let ahead = 0;
  for (let higher = priority + 1; higher <= MAX_ENRICHMENT_PRIORITY; higher++) ahead += waitingAt(counters, higher);
  const ownAhead = ticket === undefined ? waitingAt(counters, priority) : Math.max(0, ticket - 1 - (counters.startedUpTo[priority] ?? 0));
  return ahead + ownAhead;
}
