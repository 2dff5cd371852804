import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { LocalEndpoints } from '../../infra/local/endpoints';
import type { CloudEndpoints } from '../../infra/local/local-cloud';
import { localClients } from '../../infra/local/aws-clients';
import { provisionTable } from '../../infra/local/provision';

declare module 'vitest' {
  export interface ProvidedContext {
    endpoints: LocalEndpoints;
    /** Everything the runtime knows, including the local cursor key (.local/cloud.json). */
    cloud: CloudEndpoints;
    localDir: string;
    /** A second table shaped like the first that no stream consumer reads: repository tests use it. */
    repositoryTableName: string;
  }
}

/**
 * One local cloud per integration (or browser) run: the real `npm start` entry point on free ports, with
 * DynamoDB in memory and state in a temp dir. Tests key their data by fresh users, so they share it.
 */
export default async function setup(project: TestProject) {
  const localDir = mkdtempSync(join(tmpdir(), 'twinforge-it-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--no-watch'], {
    cwd: join(import.meta.dirname, '../..'),
    // The offline coach and analyst, whatever the developer's shell holds: tests that need OpenAI
    // bring their own local server speaking its API.
    env: { ...process.env, OPENAI_API_KEY: 'unset', TWINFORGE_LOCAL_DIR: localDir, TWINFORGE_PORTS: 'auto', TWINFORGE_IN_MEMORY: '1', TWINFORGE_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));

  const file = join(localDir, 'endpoints.json');
  const deadline = Date.now() + 60_000;
  while (!existsSync(file)) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`the local cloud did not start within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  project.provide('endpoints', JSON.parse(readFileSync(file, 'utf8')) as LocalEndpoints);
  project.provide('localDir', localDir);
  const cloud = JSON.parse(readFileSync(join(localDir, 'cloud.json'), 'utf8')) as CloudEndpoints;
  project.provide('cloud', cloud);
  const endpoints = JSON.parse(readFileSync(file, 'utf8')) as LocalEndpoints;
  const repositoryTableName = `${endpoints.tableName}-repository`;
  await provisionTable(localClients(cloud).dynamodb, repositoryTableName);
  project.provide('repositoryTableName', repositoryTableName);

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (process.env.TWINFORGE_KEEP_TEST_STATE !== '1') rmSync(localDir, { recursive: true, force: true });
  };
}
