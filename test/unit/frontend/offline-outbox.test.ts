import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../frontend/src/api/client';
import { createHttp } from '../../../frontend/src/api/typed-client';
import type { SessionSnapshot, TrainingSession } from '../../../frontend/src/api/types';
import { cacheNames } from '../../../frontend/src/offline/cache-names';
import { completionQueued, waitingSets, withOutboxSets, withQueuedSets, withQueuedSnapshot } from '../../../frontend/src/offline/merge';
import { Outbox, type OutboxStorage } from '../../../frontend/src/offline/outbox';
import type { Delivery, OutboxData, OutboxOp } from '../../../frontend/src/offline/outbox-types';
import { sendOp } from '../../../frontend/src/offline/send-op';
import type { SnapshotState } from '../../../frontend/src/training/live/live-position';
import { pwaOptions } from '../../../frontend/vite.config';

/** Storage that outlives an Outbox, as IndexedDB outlives a reload. */
const memoryStorage = (): OutboxStorage & { data: OutboxData | undefined } => {
  const storage = {
    data: undefined as OutboxData | undefined,
    load: async () => storage.data,
    save: async (data: OutboxData) => void (storage.data = structuredClone(data)),
  };
  return storage;
};
const setBody = (id: string, setIndex: number) => ({ id, exerciseIndex: 0, setIndex, reps: 5, loadKg: 60, completedAt: `2026-03-27T10:0${setIndex}:00.000Z` });
const state = (setIndex: number): SnapshotState => ({ step: 'session', exerciseIndex: 0, setIndex, completedExercises: [], completedSets: [], pipelineState: {} });

const outboxes: Outbox[] = [];
function outbox(storage: OutboxStorage, send: (op: OutboxOp) => Promise<Delivery>, online = () => true) {
  const made = new Outbox({ storage, send, online, retryDelayMs: () => 60_000 });
  outboxes.push(made);
  made.start();
  return made;
}
afterEach(() => outboxes.splice(0).forEach((made) => made.stop()));

/** A sender that records what it sent (set ids, "snapshot:N", "complete") while `network` is up. */
function fakeApi() {
  const api = { network: true, sent: [] as string[] };
  const send = async (op: OutboxOp): Promise<Delivery> => {
    if (!api.network) return { kind: 'retry', offline: true };
    api.sent.push(op.kind === 'set' ? op.body.id : op.kind === 'snapshot' ? `snapshot:${op.state.setIndex}` : 'complete');
    return { kind: 'sent', value: op.kind };
  };
  return { api, send };
}

describe('outbox', () => {
  it('sends writes one at a time in the order they were made', async () => {
    const { api, send } = fakeApi();
    const box = outbox(memoryStorage(), send);
    const outcomes = ['a', 'b', 'c'].map((id, i) => box.enqueue({ kind: 'set', sessionId: 's1', body: setBody(id, i) }).outcome);
    expect(await Promise.all(outcomes)).toEqual([{ sent: true, value: 'set' }, { sent: true, value: 'set' }, { sent: true, value: 'set' }]);
    expect(api.sent).toEqual(['a', 'b', 'c']);
    expect(box.current().queue).toEqual([]);
  });

  it('offline: keeps the writes (in storage too) and says so; back online, sends them in order', async () => {
    const { api, send } = fakeApi();
    api.network = false;
    const storage = memoryStorage();
    const box = outbox(storage, send);
    const first = box.enqueue({ kind: 'set', sessionId: 's1', body: setBody('a', 0) });
    await first.persisted;
    expect(await first.outcome).toEqual({ sent: false });
    await box.enqueue({ kind: 'set', sessionId: 's1', body: setBody('b', 1) }).persisted;
    await vi.waitFor(() => expect(box.current().offline).toBe(true));
    expect(waitingSets(box.current().queue)).toBe(2);
    expect(storage.data?.queue.map((op) => op.kind === 'set' && op.body.id)).toEqual(['a', 'b']);

    api.network = true;
    box.setOnline(true);
    await vi.waitFor(() => expect(box.current().queue).toEqual([]));
    expect(api.sent).toEqual(['a', 'b']);
    expect(box.current().offline).toBe(false);
    expect(storage.data?.queue).toEqual([]);
  });

  it('survives a reload: a new outbox over the same storage sends what the last one left, once', async () => {
    const { api, send } = fakeApi();
    api.network = false;
    const storage = memoryStorage();
    const before = outbox(storage, send);
    await before.enqueue({ kind: 'set', sessionId: 's1', body: setBody('a', 0) }).persisted;
    await before.enqueue({ kind: 'complete', sessionId: 's1', body: { rpeAvg: 7 } }).persisted;
    before.stop();

    api.network = true;
    const after = outbox(storage, send);
    await after.ready;
    await vi.waitFor(() => expect(after.current().queue).toEqual([]));
    expect(api.sent).toEqual(['a', 'complete']);
  });

  it('keeps only the newest recovery point of a session, and none after its completion', async () => {
    const { api, send } = fakeApi();
    api.network = false;
    const box = outbox(memoryStorage(), send);
    const older = box.enqueue({ kind: 'snapshot', sessionId: 's1', state: state(1) });
    await box.enqueue({ kind: 'set', sessionId: 's1', body: setBody('a', 1) }).persisted;
    await box.enqueue({ kind: 'snapshot', sessionId: 's1', state: state(2) }).persisted;
    expect(await older.outcome).toEqual({ sent: false });
    await box.enqueue({ kind: 'complete', sessionId: 's1', body: {} }).persisted;
    await box.enqueue({ kind: 'snapshot', sessionId: 's1', state: state(3) }).persisted;
    expect(box.current().queue.map((op) => op.kind)).toEqual(['set', 'complete']);

    api.network = true;
    box.setOnline(true);
    await vi.waitFor(() => expect(box.current().queue).toEqual([]));
    expect(api.sent).toEqual(['a', 'complete']);
    // Made after the completion was delivered (a last save of the finished view): never sent.
    expect(await box.enqueue({ kind: 'snapshot', sessionId: 's1', state: state(4) }).outcome).toEqual({ sent: false });
    expect(api.sent).toEqual(['a', 'complete']);
  });

  it('a refusal for good: handed to whoever waits for it (to fix and resend), else held, never dropped', async () => {
    const refusal = new ApiError(400, 'Bad Request', 'durationActualMin too big');
    const send = async (): Promise<Delivery> => ({ kind: 'held', held: { reason: 'refused', status: 400, detail: refusal.detail }, error: refusal });
    const box = outbox(memoryStorage(), send);
    await expect(box.enqueue({ kind: 'complete', sessionId: 's1', body: { durationActualMin: 5000 } }, { takesRefusal: true }).outcome).rejects.toBe(refusal);
    expect(box.current().held).toEqual([]);

    await box.enqueue({ kind: 'set', sessionId: 's1', body: setBody('a', 0) }).outcome;
    expect(box.current().queue).toEqual([]);
    expect(box.current().held).toMatchObject([{ op: { kind: 'set', body: { id: 'a' } }, reason: 'refused', status: 400 }]);
    await box.dismiss(box.current().held[0]!.op.id);
    expect(box.current().held).toEqual([]);
  });

  it('does not even try while the browser says it is offline', async () => {
    const send = vi.fn(async (): Promise<Delivery> => ({ kind: 'sent', value: null }));
    const box = outbox(memoryStorage(), send, () => false);
    expect(await box.enqueue({ kind: 'set', sessionId: 's1', body: setBody('a', 0) }).outcome).toEqual({ sent: false });
    expect(send).not.toHaveBeenCalled();
    expect(box.current().offline).toBe(true);
  });
});

const BASE = 'https://api.example.test';
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const problem = (status: number, code: string) => json(status, { type: 'about:blank', title: 'Conflict', status, detail: 'Session not active', code });
const session = (over: Partial<TrainingSession> = {}) =>
  ({
    id: 's1',
    status: 'active',
    version: 3,
    loggedSets: [],
    prescription: { blocks: [{ name: 'Main', format: 'straight', exercises: [{ exerciseId: 'bench-press', name: 'Bench press', sets: [] }] }] },
    ...over,
  }) as unknown as TrainingSession;
const logged = (id: string, setIndex: number) => ({ ...setBody(id, setIndex), exerciseId: 'bench-press', durationSec: null, distanceM: null, rpe: null, rir: null });

/** The typed client over a fetch answering `answers` in turn (an Error = no network); `sent` lists "METHOD path". */
function client(...answers: (Response | Error)[]) {
  const sent: string[] = [];
  const fetch = vi.fn(async (request: Request) => {
    sent.push(`${request.method} ${new URL(request.url).pathname}`);
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected request');
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return { http: createHttp(BASE, { idToken: async () => 'token' }, fetch), sent };
}
const setOp = (id: string, setIndex: number): OutboxOp => ({ kind: 'set', id: `op-${id}`, sessionId: 's1', body: setBody(id, setIndex), queuedAt: '2026-03-27T10:00:00.000Z' });
const completeOp: OutboxOp = { kind: 'complete', id: 'op-c', sessionId: 's1', body: { rpeAvg: 7 }, queuedAt: '2026-03-27T10:10:00.000Z' };

describe('sending one write (sendOp)', () => {
  it('a set: the session the API answers; no network: retry later, offline', async () => {
    const ok = client(json(201, { set: logged('a', 0), session: session({ loggedSets: [logged('a', 0)] }) }));
    expect(await sendOp(ok.http, setOp('a', 0))).toMatchObject({ kind: 'sent', value: { loggedSets: [{ id: 'a' }] } });
    expect(ok.sent).toEqual(['POST /training/sessions/s1/sets']);
    const down = client(new TypeError('Failed to fetch'));
    expect(await sendOp(down.http, setOp('a', 0))).toEqual({ kind: 'retry', offline: true });
    const busy = client(json(503, { title: 'Unavailable', status: 503 }));
    expect(await sendOp(busy.http, setOp('a', 0))).toEqual({ kind: 'retry', offline: false });
  });

  it('a 409: re-reads the session; done when it already has the set (by its id)', async () => {
    const { http, sent } = client(problem(409, 'illegal_transition'), json(200, session({ status: 'completed', loggedSets: [logged('a', 0)] })));
    expect(await sendOp(http, setOp('a', 0))).toMatchObject({ kind: 'sent', value: { status: 'completed' } });
    expect(sent).toEqual(['POST /training/sessions/s1/sets', 'GET /training/sessions/s1']);
  });

  it('a 409 while the session is still active: replays the set by its id', async () => {
    const { http, sent } = client(problem(409, 'version_conflict'), json(200, session()), json(201, { set: logged('a', 0), session: session({ loggedSets: [logged('a', 0)] }) }));
    expect(await sendOp(http, setOp('a', 0))).toMatchObject({ kind: 'sent' });
    expect(sent).toEqual(['POST /training/sessions/s1/sets', 'GET /training/sessions/s1', 'POST /training/sessions/s1/sets']);
  });

  it('a set the finished session cannot take any more: held (kept, shown), not lost', async () => {
    const { http } = client(problem(409, 'illegal_transition'), json(200, session({ status: 'completed' })));
    expect(await sendOp(http, setOp('a', 0))).toMatchObject({ kind: 'held', held: { reason: 'session_closed', status: 409 } });
  });

  it('a completion whose answer was lost: the re-read shows it completed, so it is done', async () => {
    const { http } = client(problem(409, 'illegal_transition'), json(200, session({ status: 'completed' })));
    expect(await sendOp(http, completeOp)).toMatchObject({ kind: 'sent', value: { status: 'completed' } });
  });

  it('a recovery point of a finished session is dropped; an invalid set is held as refused', async () => {
    const snapshot: OutboxOp = { kind: 'snapshot', id: 'op-s', sessionId: 's1', state: state(1), queuedAt: '2026-03-27T10:00:00.000Z' };
    expect(await sendOp(client(problem(409, 'illegal_transition'), new Response(null, { status: 204 })).http, snapshot)).toEqual({ kind: 'dropped' });
    const invalid = client(json(400, { title: 'Bad Request', status: 400, detail: 'Invalid body', errors: [{ path: 'body.id', message: 'too many', code: 'too_many_sets' }] }));
    expect(await sendOp(invalid.http, setOp('a', 0))).toMatchObject({ kind: 'held', held: { reason: 'refused', status: 400 } });
  });
});

describe('the session as the athlete sees it', () => {
  it('adds the sets waiting in the outbox, each once, not those the server has', () => {
    const server = session({ loggedSets: [logged('a', 0)] });
    const queue = [setOp('a', 0), setOp('b', 1), setOp('b', 1), { ...setOp('x', 0), sessionId: 'other' }, completeOp];
    const shown = withQueuedSets(server, queue);
    expect(shown.loggedSets.map((set) => [set.id, set.setIndex, set.exerciseId, set.completedAt])).toEqual([
      ['a', 0, 'bench-press', '2026-03-27T10:00:00.000Z'],
      ['b', 1, 'bench-press', '2026-03-27T10:01:00.000Z'],
    ]);
    expect(withQueuedSets(server, [])).toBe(server);
    expect(completionQueued('s1', queue)).toBe(true);
    expect(completionQueued('s1', [setOp('b', 1)])).toBe(false);
  });

  it('a set the outbox delivered stays logged while the session read here lacks it, until the completion is delivered', async () => {
    // Read before the set reached the API: the query cache takes the API's answer a moment after
    // the outbox lets go of the set, and a read that left earlier can even answer after it.
    const readBefore = session();
    const box = outbox(memoryStorage(), fakeApi().send);
    const setsShown: number[] = [];
    box.subscribe(() => setsShown.push(withOutboxSets(readBefore, box.current()).loggedSets.length));
    await box.enqueue({ kind: 'set', sessionId: 's1', body: setBody('a', 0) }).outcome;
    expect(box.current().queue).toEqual([]);
    expect(setsShown.length).toBeGreaterThan(1);
    expect(setsShown, 'every state the view was told of shows the set').not.toContain(0);
    expect(withOutboxSets(readBefore, box.current()).loggedSets.map((set) => set.id)).toEqual(['a']);
    const readAfter = session({ loggedSets: [logged('a', 0)] });
    expect(withOutboxSets(readAfter, box.current()), 'not twice once the server copy has it').toBe(readAfter);

    await box.enqueue({ kind: 'complete', sessionId: 's1', body: {} }).outcome;
    expect(box.current().delivered).toEqual([]);
  });

  it('the recovery point saved offline wins over the server’s, keeping its version', () => {
    const server = { ...state(0), userId: 'u1', sessionId: 's1', createdAt: '2026-03-27T09:00:00.000Z', updatedAt: '2026-03-27T09:00:00.000Z', version: 4 } as SessionSnapshot;
    const queued: OutboxOp = { kind: 'snapshot', id: 'op-s', sessionId: 's1', state: state(3), version: 4, queuedAt: '2026-03-27T10:00:00.000Z' };
    expect(withQueuedSnapshot(server, [queued])).toMatchObject({ setIndex: 3, version: 4, sessionId: 's1', updatedAt: '2026-03-27T10:00:00.000Z' });
    expect(withQueuedSnapshot(server, [])).toBe(server);
    expect(withQueuedSnapshot(null, [queued])).toBeNull();
  });
});

describe('the service worker configuration', () => {
  it('names its runtime caches as the app does (the API one is emptied when the user changes)', () => {
    const names = (pwaOptions.workbox?.runtimeCaching ?? []).map((entry) => entry.options?.cacheName);
    expect(names.sort()).toEqual([cacheNames.api, cacheNames.config].sort());
  });
});
