import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { itemSize } from '../../../bench/item-size';
import { getSessionEnrichment, putSessionEnrichment, toItem } from '../../../shared/db/entities/session-enrichment';
import { createSession, deleteSession } from '../../../shared/db/entities/training-session';
import { MAX_ENRICHMENT_BYTES, sessionEnrichmentSchema, type SessionEnrichment } from '../../../shared/domain/training/enrichment';
import { MAX_EXERCISES } from '../../../shared/domain/training/session';
import { writeUnitsOf } from '../../support/consumed-capacity';
import { commandsOf, repositoryTableContext, uniqueUserId } from '../../support/db';
import { draftSession } from '../../support/sessions';

const ctx = repositoryTableContext;

function enrichment(userId: string, sessionId: string, overrides: Partial<SessionEnrichment> = {}): SessionEnrichment {
  return {
    userId,
    sessionId,
    coach: 'force',
    exercises: [
      {
        exerciseIndex: 0,
        exerciseId: 'back-squat',
        coachingCues: ['Brace before you descend', 'Knees track over toes'],
        commonMistakes: ['Heels lifting'],
        progressions: { easier: 'Goblet squat', harder: 'Pause squat', variation: 'Front squat' },
        technicalBreakdown: { setup: 'Bar on upper traps, feet shoulder width.', execution: 'Sit between the hips, drive up.', breathing: 'Inhale at the top, hold, exhale past the sticking point.' },
      },
    ],
    coachAnalysis: { coach: 'force', volumeAnalysis: '25 working reps at 80 %.', intensityDistribution: 'All sets at RPE 8.' },
    provider: 'offline',
    model: null,
    tokenUsage: null,
    generatedAt: new Date().toISOString(),
    ...overrides,
  };
}

describe('session enrichment repository', () => {
  it('stores and reads back the content of an existing session, replacing it on re-enrichment', async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    const content = enrichment(session.userId, session.id);
    expect(await putSessionEnrichment(ctx(), content)).toBe(true);
    expect(await getSessionEnrichment(ctx(), session.userId, session.id)).toEqual(content);
    const again = enrichment(session.userId, session.id, { provider: 'openai', model: 'gpt-5-mini', tokenUsage: { inputTokens: 1200, outputTokens: 800, costUsd: 0.0021 } });
    expect(await putSessionEnrichment(ctx(), again)).toBe(true);
    expect(await getSessionEnrichment(ctx(), session.userId, session.id)).toEqual(again);
  });

  it('leaves no orphan for a session that is gone, and goes with the session on delete', async () => {
    const userId = uniqueUserId();
    const session = draftSession(userId);
    expect(await putSessionEnrichment(ctx(), enrichment(userId, session.id))).toBe(false);
    expect(await getSessionEnrichment(ctx(), userId, session.id)).toBeNull();
    await createSession(ctx(), session);
    await putSessionEnrichment(ctx(), enrichment(userId, session.id));
    await deleteSession(ctx(), userId, session.id);
    expect(await getSessionEnrichment(ctx(), userId, session.id)).toBeNull();
  });

  it("cannot be written into or read from another user's session", async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    await putSessionEnrichment(ctx(), enrichment(session.userId, session.id));
    const bob = uniqueUserId();
    expect(await getSessionEnrichment(ctx(), bob, session.id)).toBeNull();
    // Bob naming Alice's session id writes nothing: the session does not exist in his partition.
    expect(await putSessionEnrichment(ctx(), enrichment(bob, session.id))).toBe(false);
  });

  it("refuses an analysis that is not the session coach's, and content beyond the size bound", async () => {
    expect(() => sessionEnrichmentSchema.parse(enrichment('u', 's', { coachAnalysis: { coach: 'endurance', zoneDistribution: 'x', tssBreakdown: 'y' } }))).toThrow();
    const long = (n: number) => 'é'.repeat(n);
    const exercise = {
      exerciseIndex: 0,
      exerciseId: 'back-squat',
      coachingCues: Array.from({ length: 6 }, () => long(240)),
      commonMistakes: Array.from({ length: 6 }, () => long(240)),
      progressions: { easier: long(240), harder: long(240), variation: long(240) },
      technicalBreakdown: { setup: long(600), execution: long(600), breathing: long(400) },
    };
    const worst = enrichment('u', 's', { exercises: Array.from({ length: MAX_EXERCISES }, (_, i) => ({ ...exercise, exerciseIndex: i })) });
    expect(() => sessionEnrichmentSchema.parse(worst)).toThrow(/bytes/);
    // The biggest content the schema accepts still makes an item well under DynamoDB's 400 KB.
    const fitting = { ...worst, exercises: worst.exercises.slice(0, 25) };
    expect(sessionEnrichmentSchema.safeParse(fitting).success).toBe(true);
    expect(itemSize(marshall(toItem(fitting)))).toBeLessThan(MAX_ENRICHMENT_BYTES + 1024);
    expect(MAX_ENRICHMENT_BYTES + 1024).toBeLessThan(400 * 1024);
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    const big = { ...fitting, userId: session.userId, sessionId: session.id };
    expect(await putSessionEnrichment(ctx(), big)).toBe(true);
    expect(await getSessionEnrichment(ctx(), session.userId, session.id)).toEqual(big);
  });

  it('is stored deflated: a 5-exercise content costs a few write units and reads back as written', async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    const base = enrichment(session.userId, session.id).exercises[0]!;
    const content = enrichment(session.userId, session.id, { exercises: Array.from({ length: 5 }, (_, i) => ({ ...base, exerciseIndex: i })) });
    const plainBytes = Buffer.byteLength(JSON.stringify(content));
    const storedBytes = itemSize(marshall(toItem(content)));
    expect(storedBytes).toBeLessThan(plainBytes / 2);
    // The transaction bills 2 units per KB (DynamoDB Local reports 4): the check on the session plus the put.
    const units = await writeUnitsOf(() => putSessionEnrichment(ctx(), content));
    expect(units).toBeLessThanOrEqual(4 * (Math.ceil(storedBytes / 1024) + 1));
    expect(await getSessionEnrichment(ctx(), session.userId, session.id)).toEqual(content);
  });

  it('serves its read pattern with GetItem only', async () => {
    const session = draftSession(uniqueUserId());
    await createSession(ctx(), session);
    await putSessionEnrichment(ctx(), enrichment(session.userId, session.id));
    expect(await commandsOf(() => getSessionEnrichment(ctx(), session.userId, session.id))).toEqual(['GetItem']);
  });
});
