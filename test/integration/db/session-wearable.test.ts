import { describe, expect, it } from 'vitest';
import { deleteSessionWearable, getSessionWearable, putSessionWearable } from '../../../shared/db/entities/session-wearable';
import { createSession, deleteSession } from '../../../shared/db/entities/training-session';
import type { SessionWearable } from '../../../shared/domain/wearables/session-wearable';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { draftSession } from '../../support/sessions';

const ctx = repositoryTableContext;

function metrics(userId: string, sessionId: string, overrides: Partial<SessionWearable> = {}): SessionWearable {
  return {
    userId,
    sessionId,
    provider: 'fake-wearable',
    externalId: 'workout-1',
    startAt: '2026-05-01T17:00:00.000Z',
    endAt: '2026-05-01T18:00:00.000Z',
    minBpm: 72,
    avgBpm: 131.4,
    maxBpm: 176,
    zoneSeconds: { z1: 600, z2: 1200, z3: 1200, z4: 480, z5: 120 },
    belowZonesSeconds: 0,
    maxHr: { bpm: 183, method: 'tanaka' },
    trimp: 142,
    effortScore: 47,
    calories: 610,
    distanceM: null,
    quality: { level: 'excellent', completeness: 0.98, anomalyRate: 0.01, sampleCount: 3600 },
    linkedAt: new Date().toISOString(),
    ...overrides,
  };
}

describe('session wearable repository (1:1)', () => {
  it('links metrics to an existing session and reads them back; a re-import of the same workout updates them', async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    const m = metrics(session.userId, session.id);
    expect(await putSessionWearable(ctx(), m)).toBe('linked');
    expect(await getSessionWearable(ctx(), session.userId, session.id)).toEqual(m);
    const reimport = { ...m, avgBpm: 132, quality: { ...m.quality, sampleCount: 3601 } };
    expect(await putSessionWearable(ctx(), reimport)).toBe('linked');
    expect(await getSessionWearable(ctx(), session.userId, session.id)).toEqual(reimport);
  });

  it('another workout never replaces the linked one; an absent session gets nothing', async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    await putSessionWearable(ctx(), metrics(session.userId, session.id));
    expect(await putSessionWearable(ctx(), metrics(session.userId, session.id, { externalId: 'workout-2' }))).toBe('linked_to_other_workout');
    expect(await putSessionWearable(ctx(), metrics(session.userId, session.id, { provider: 'other-provider' }))).toBe('linked_to_other_workout');
    expect((await getSessionWearable(ctx(), session.userId, session.id))!.externalId).toBe('workout-1');
    const ghost = draftSession(session.userId);
    expect(await putSessionWearable(ctx(), metrics(session.userId, ghost.id))).toBe('session_missing');
    expect(await getSessionWearable(ctx(), session.userId, ghost.id)).toBeNull();
  });

  it('unlinks only for the provider that linked it, and goes with the session on delete', async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    await putSessionWearable(ctx(), metrics(session.userId, session.id));
    expect(await deleteSessionWearable(ctx(), session.userId, session.id, 'other-provider')).toBe(false);
    expect(await deleteSessionWearable(ctx(), session.userId, session.id, 'fake-wearable')).toBe(true);
    expect(await getSessionWearable(ctx(), session.userId, session.id)).toBeNull();
    expect(await deleteSessionWearable(ctx(), session.userId, session.id)).toBe(false);
    await putSessionWearable(ctx(), metrics(session.userId, session.id));
    await deleteSession(ctx(), session.userId, session.id);
    expect(await getSessionWearable(ctx(), session.userId, session.id)).toBeNull();
  });

  it("two users never see or write each other's session metrics", async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    await putSessionWearable(ctx(), metrics(session.userId, session.id));
    const bob = uniqueUserId();
    expect(await getSessionWearable(ctx(), bob, session.id)).toBeNull();
    expect(await putSessionWearable(ctx(), metrics(bob, session.id))).toBe('session_missing');
    expect(await deleteSessionWearable(ctx(), bob, session.id)).toBe(false);
    expect(await getSessionWearable(ctx(), session.userId, session.id)).not.toBeNull();
  });

  it('serves its read pattern with GetItem only', async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    await putSessionWearable(ctx(), metrics(session.userId, session.id));
    expect(await commandsOf(() => getSessionWearable(ctx(), session.userId, session.id))).toEqual(['GetItem']);
  });
});
