import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { aws, endpoints, newUser } from '../../support/stack';

const legDay = { coach: 'force', discipline: 'strength', title: 'Legs', exercises: [{ exerciseId: 'back-squat', sets: [{ reps: 5, loadKg: 100 }] }] };

describe('export and account deletion', () => {
  it("exports only the caller's data, as JSON and CSV", async () => {
    const alice = await newUser();
    const bob = await newUser();
    await alice.call('PUT', '/me', { body: { displayName: 'Alice' } });
    const session = (await alice.call('POST', '/training/sessions', { body: legDay })).body;
    await bob.call('POST', '/training/sessions', { body: legDay });
    const exported = await alice.call('GET', '/me/export');
    expect(exported.status).toBe(200);
    expect(exported.body.entities.trainingSession.map((s: { id: string }) => s.id)).toEqual([session.id]);
    expect(JSON.stringify(exported.body)).not.toContain(bob.sub);
    const csv = await alice.call('GET', '/me/export?format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]!.startsWith('entity,')).toBe(true);
    expect(csv.text).toContain(`trainingSession,${session.id}`.split(',')[0]);
    expect((await alice.call('GET', '/me/export?format=xml')).status).toBe(400);
  });

  it('DELETE /me removes every item and the Cognito user; the other user keeps everything', async () => {
    const alice = await newUser();
    const bob = await newUser();
    await alice.call('POST', '/training/sessions', { body: legDay });
    await bob.call('POST', '/training/sessions', { body: legDay });
    expect((await alice.call('DELETE', '/me')).status).toBe(204);
    await expect(
      aws().cognito.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: endpoints().userPoolClientId, AuthParameters: { USERNAME: alice.email, PASSWORD: 'Passw0rd!x' } })),
    ).rejects.toThrow();
    expect((await bob.call('GET', '/training/sessions')).body.items).toHaveLength(1);
  });
});
