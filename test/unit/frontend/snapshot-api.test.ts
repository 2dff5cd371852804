import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../frontend/src/api/client';
import { createHttp } from '../../../frontend/src/api/typed-client';
import type { SnapshotState } from '../../../frontend/src/training/live/live-position';
import { getRecovery, putSnapshot } from '../../../frontend/src/training/recovery/snapshot-api';

const BASE = 'https://api.example.test';
const auth = { idToken: async () => 'token' };
const state: SnapshotState = { step: 'session', exerciseIndex: 1, setIndex: 2, completedExercises: [0], completedSets: [{ exerciseIndex: 1, setIndex: 1 }], pipelineState: { restEndsAt: null } };
const saved = (sessionId: string, version: number) => ({ ...state, userId: 'u1', sessionId, createdAt: '2026-03-27T10:00:00.000Z', updatedAt: '2026-03-27T10:05:00.000Z', version });

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const conflict = (extra: Record<string, unknown> = {}) => json(409, { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Stale version', code: 'version_conflict', ...extra });

/** The typed client over a fetch answering `answers` in turn; `sent` lists "METHOD path body". */
function client(...answers: Response[]) {
  const sent: string[] = [];
  const fetch = vi.fn(async (request: Request) => {
    const body = await request.text();
    sent.push(`${request.method} ${new URL(request.url).pathname}${body ? ` ${body}` : ''}`);
    const answer = answers.shift();
    if (!answer) throw new Error('unexpected request');
    return answer;
  });
  return { http: createHttp(BASE, auth, fetch), sent };
}

describe('recovery point over the typed client', () => {
  it('GET /training/recovery: null on a 204, the snapshot on a 200', async () => {
    const none = client(new Response(null, { status: 204 }));
    expect(await getRecovery(none.http)).toBeNull();
    const some = client(json(200, saved('s1', 4)));
    expect(await getRecovery(some.http)).toEqual(saved('s1', 4));
  });

  it('PUTs the state guarded by the version last seen (none for the first save)', async () => {
    const { http, sent } = client(json(200, saved('s 1', 1)), json(200, saved('s 1', 2)));
    expect(await putSnapshot(http, 's 1', state, undefined)).toMatchObject({ version: 1 });
    expect(await putSnapshot(http, 's 1', state, 1)).toMatchObject({ version: 2 });
    expect(sent).toEqual([`PUT /training/sessions/s%201/snapshot ${JSON.stringify(state)}`, `PUT /training/sessions/s%201/snapshot ${JSON.stringify({ ...state, expectedVersion: 1 })}`]);
  });

  it('on a 409 saves again on top of the latest recovery point of this session', async () => {
    const { http, sent } = client(conflict(), json(200, saved('s1', 5)), json(200, saved('s1', 6)));
    expect(await putSnapshot(http, 's1', state, 3)).toMatchObject({ version: 6 });
    expect(sent).toEqual([
      `PUT /training/sessions/s1/snapshot ${JSON.stringify({ ...state, expectedVersion: 3 })}`,
      'GET /training/recovery',
      `PUT /training/sessions/s1/snapshot ${JSON.stringify({ ...state, expectedVersion: 5 })}`,
    ]);
  });

  it("on a 409 uses the version it names when the latest point is another session's, or there is none", async () => {
    const other = client(conflict({ currentVersion: 8 }), json(200, saved('s2', 1)), json(200, saved('s1', 9)));
    expect(await putSnapshot(other.http, 's1', state, 3)).toMatchObject({ version: 9 });
    expect(other.sent[2]).toBe(`PUT /training/sessions/s1/snapshot ${JSON.stringify({ ...state, expectedVersion: 8 })}`);
    const none = client(conflict({ currentVersion: 8 }), new Response(null, { status: 204 }), json(200, saved('s1', 9)));
    expect(await putSnapshot(none.http, 's1', state, 3)).toMatchObject({ version: 9 });
  });

  it('a 409 naming no version, with nothing to resume (the session is finished), is thrown; so is any other refusal', async () => {
    const finished = client(conflict(), new Response(null, { status: 204 }));
    const error = await putSnapshot(finished.http, 's1', state, 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'version_conflict' });
    expect(finished.sent).toHaveLength(2);
    const missing = client(json(404, { title: 'Not Found', status: 404, detail: 'No such session' }));
    await expect(putSnapshot(missing.http, 's1', state, 3)).rejects.toMatchObject({ status: 404 });
    expect(missing.sent).toHaveLength(1);
  });
});
