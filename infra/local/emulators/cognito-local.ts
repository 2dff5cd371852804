import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths';
import { answersHttp, startProcess, waitUntilReady, type RunningProcess } from './child-process';

/** Starts cognito-local; it keeps its pools and users under <dataDir>/.cognito. */
export async function startCognitoLocal(options: { port: number; dataDir: string; logDir: string }): Promise<RunningProcess> {
  mkdirSync(options.dataDir, { recursive: true });
  const running = startProcess(
    'cognito',
    process.execPath,
    [join(repoRoot, 'node_modules', 'cognito-local', 'lib', 'bin', 'start.js')],
    { cwd: options.dataDir, env: { PORT: String(options.port), HOST: '127.0.0.1', DEBUG: '', AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1' }, logDir: options.logDir },
  );
  await waitUntilReady(running, () => answersHttp(`http://127.0.0.1:${options.port}/health`));
  return running;
}
