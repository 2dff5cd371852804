import type { Context, SQSEvent } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { createSession, getSession, saveSession } from '../../../shared/db/entities/training-session';
import { enrichmentProgressSchema } from '../../../shared/domain/training/enrichment-status';
import { tableContext, uniqueUserId } from '../../support/db';
import { draftSession, simplePrescription } from '../../support/sessions';
import { newUser } from '../../support/stack';
import { eventually } from '../../support/wait';

const legDay = { coach: 'force', discipline: 'strength', title: 'Legs', exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }] }] };

describe('progressive enrichment', () => {
  it('a new fast session is queued from the stream and enriched by the worker', async () => {
    const user = await newUser();
    const session = (await user.call('POST', '/training/sessions', { body: legDay })).body;
    const first = await user.call('GET', `/training/sessions/${session.id}/enrichment`);
    expect(first.status).toBe(200);
    expect(['fast', 'enriching', 'enriched']).toContain(first.body.status);
    if (first.body.status !== 'enriched') {
      expect(first.body.queuePosition).toBeGreaterThanOrEqual(1);
      expect(first.body.estimatedWaitSeconds).toBeGreaterThan(0);
    }
    const done = await eventually(async () => {
      const r = await user.call('GET', `/training/sessions/${session.id}/enrichment`);
      return r.body.status === 'enriched' ? r.body : undefined;
    }, 15_000, 'enriched');
    expect(done.content.exercises[0]).toMatchObject({ exerciseId: 'back-squat' });
    expect(done.content.exercises[0].coachingCues.length).toBeGreaterThan(0);
    expect(done.content.coachAnalysis.coach).toBe('force');
    // Both answers are exactly the documented schema (the manifest's, the SPA's type): nothing undeclared, nothing missing.
    expect(enrichmentProgressSchema.parse(first.body)).toEqual(first.body);
    expect(enrichmentProgressSchema.parse(done)).toEqual(done);
    expect((await user.call('GET', `/training/sessions/${session.id}`)).body.enrichmentStatus).toBe('enriched');
  });

  it('enrichment never touches what the athlete did meanwhile', async () => {
    const user = await newUser();
    const session = (await user.call('POST', '/training/sessions', { body: legDay })).body;
    await user.call('POST', `/training/sessions/${session.id}/start`);
    await user.call('POST', `/training/sessions/${session.id}/sets`, { body: { id: 'a', exerciseIndex: 0, setIndex: 0, reps: 5, loadKg: 100 } });
    const enriched = await eventually(async () => {
      const s = (await user.call('GET', `/training/sessions/${session.id}`)).body;
      return s.enrichmentStatus === 'enriched' ? s : undefined;
    }, 15_000, 'enriched');
    expect(enriched.status).toBe('active');
    expect(enriched.loggedSets).toHaveLength(1);
  });

  it('a third failed attempt leaves a visible failed status and the message for the DLQ', async () => {
    // The generator breaks (as a model call might); everything else is real.
    vi.resetModules();
    vi.doMock('../../../shared/domain/coaches/enrichment', () => ({
      generateOfflineEnrichment: () => {
        throw new Error('generator unavailable');
      },
    }));
    const { handler } = await import('../../../functions/enrichment/enrich-session');
    const userId = uniqueUserId();
    const session = draftSession(userId, { prescription: simplePrescription() });
    // Queued without a stream INSERT of a fast session, so only this test's handler works on it.
    await createSession(tableContext(), session);
    await saveSession(tableContext(), { ...session, enrichmentStatus: 'fast', version: 2 }, { version: 1, status: 'draft' });
    const event = (receiveCount: number): SQSEvent => ({
      Records: [{ messageId: 'm1', receiptHandle: 'r', body: JSON.stringify({ userId, sessionId: session.id }), attributes: { ApproximateReceiveCount: String(receiveCount), SentTimestamp: '0', SenderId: 'x', ApproximateFirstReceiveTimestamp: '0' }, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn', awsRegion: 'eu-west-3' }],
    });
    const context = { getRemainingTimeInMillis: () => 30_000 } as Context;
    // A batch whose every record failed is thrown back to SQS whole (Powertools' FullBatchFailureError).
    await expect(handler(event(1), context)).rejects.toThrow(/All records failed/);
    expect((await getSession(tableContext(), userId, session.id))!.enrichmentStatus).toBe('enriching');
    await expect(handler(event(3), context)).rejects.toThrow(/All records failed/);
    const failed = (await getSession(tableContext(), userId, session.id))!;
    expect(failed.enrichmentStatus).toBe('failed');
    expect(failed.enrichmentError).toBe('generator unavailable');
    vi.doUnmock('../../../shared/domain/coaches/enrichment');
  });

  it('admin queue stats are for the admin group only', async () => {
    const athlete = await newUser();
    expect((await athlete.call('GET', '/admin/queues')).status).toBe(403);
    const admin = await newUser({ admin: true });
    const stats = await admin.call('GET', '/admin/queues');
    expect(stats.status).toBe(200);
    expect(stats.body.queues[0]).toMatchObject({ name: 'enrichment', queue: { visible: expect.any(Number) }, deadLetters: { visible: expect.any(Number) } });
    expect(stats.body.sessionsAwaitingEnrichment).toEqual(expect.any(Number));
  });
});
