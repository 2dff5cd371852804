import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths';
import { answersHttp, startProcess, waitUntilReady, type RunningProcess } from './child-process';

/** The DynamoDB Local jar shipped inside the amplify-dynamodb-simulator npm package (its JS wrapper is not used). */
const emulatorDir = join(repoRoot, 'node_modules', 'amplify-dynamodb-simulator', 'emulator');
const JAR_SHA256 = '454305e9bc3e6ebcca5b62569869e31563b8d7e346474e94557b2600702146c7';

export class MissingJavaError extends Error {}

/** Checks Java 17+ is on PATH, with one line saying what to do when it is not. */
export function assertJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new MissingJavaError('Java 17+ is needed for DynamoDB Local: install it (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`, macOS: `brew install openjdk@17`).');
  }
  const match = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) {
    throw new MissingJavaError(`Java ${major || '(unknown)'} found but DynamoDB Local needs Java 17+: install openjdk-17 and put it first on PATH.`);
  }
}

export function verifyJar(): string {
  const jar = join(emulatorDir, 'DynamoDBLocal.jar');
  let digest: string;
  try {
    digest = createHash('sha256').update(readFileSync(jar)).digest('hex');
  } catch {
    throw new Error(`DynamoDB Local jar not found at ${jar}: run \`npm install\`.`);
  }
  if (digest !== JAR_SHA256) throw new Error(`DynamoDB Local jar checksum mismatch (${digest}); reinstall with \`npm ci\`.`);
  return jar;
}

/** Starts DynamoDB Local (-sharedDb, data under dataDir, or in memory when dataDir is null). */
export async function startDynamoDbLocal(options: { port: number; dataDir: string | null; logDir: string }): Promise<RunningProcess> {
  assertJava();
  const jar = verifyJar();
  const storage = options.dataDir ? ['-dbPath', options.dataDir] : ['-inMemory'];
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const running = startProcess(
    'dynamodb',
    'java',
    [`-Djava.library.path=${join(emulatorDir, 'DynamoDBLocal_lib')}`, '-jar', jar, '-sharedDb', ...storage, '-port', String(options.port), '-disableTelemetry'],
    { cwd: emulatorDir, logDir: options.logDir },
  );
  await waitUntilReady(running, () => answersHttp(`http://127.0.0.1:${options.port}`));
  return running;
}
