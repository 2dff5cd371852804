import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../../infra/local/paths';
import { lockFile } from '../../../infra/local/state-lock';
import { signIn } from '../../../infra/local/users';
import { aws, newUser } from '../../support/stack';

const localDir = inject('localDir');

function npmStart(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', ...args], {
      cwd: repoRoot,
      env: { ...process.env, TWINFORGE_LOCAL_DIR: localDir, TWINFORGE_QUIET: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('npm start on a state directory a running stack holds', () => {
  it('refuses `--fresh` before touching anything, and the running stack keeps every item', async () => {
    expect(existsSync(lockFile(localDir))).toBe(true);
    const user = await newUser();
    const created = await user.call('POST', '/training/goals', { body: { title: 'Kept goal', kind: 'consistency', targetValue: 3, unit: 'sessions' } });
    expect(created.status).toBe(201);
    const filesBefore = readdirSync(localDir).sort();

    const second = await npmStart(['--fresh', '--no-watch']);

    expect(second.code).toBe(1);
    expect(second.output).toMatch(/already running on .*Stop it first/s);
    expect(readdirSync(localDir)).toEqual(expect.arrayContaining(filesBefore)); // the running stack may add its own files
    expect(existsSync(join(localDir, 'endpoints.json'))).toBe(true);
    // The first stack still answers reads and writes for the same user (its Cognito pool and table are intact).
    const goals = await user.call('GET', '/training/goals');
    expect(goals.status).toBe(200);
    expect((goals.body as { items: Array<{ title: string }> }).items.map((goal) => goal.title)).toEqual(['Kept goal']);
    expect((await user.call('PUT', '/me', { body: { displayName: 'Still here' } })).status).toBe(200);
    // Its Cognito pool still knows the user.
    const again = await signIn(aws().cognito, inject('endpoints').userPoolClientId, user.email, 'Passw0rd!x');
    expect(again.accessToken).toBeTruthy();
  });
});
