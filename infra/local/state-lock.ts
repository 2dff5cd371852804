import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** A second `npm start` on the same state directory while one runs (it would wipe or corrupt its data). */
export class StateDirInUseError extends Error {
  constructor(
    readonly stateDir: string,
    readonly pid: number,
  ) {
    super(
      `A TwinForge stack (pid ${pid}) is already running on ${stateDir}. Stop it first (Ctrl-C in its terminal, or kill ${pid}), ` +
        'or give this one its own state directory: TWINFORGE_LOCAL_DIR=<dir> TWINFORGE_PORTS=auto npm start',
    );
    this.name = 'StateDirInUseError';
  }
}

export const lockFile = (stateDir: string): string => join(stateDir, 'npm-start.pid');

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The pid holding the state directory, when that process is still alive. */
export function stateDirHolder(stateDir: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(lockFile(stateDir), 'utf8').trim());
  } catch {
    return null;
  }
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : null;
}

/**
 * Refuses (StateDirInUseError) when a live process holds `stateDir`; call it before touching anything
 * there. A lock left by a process that died is taken over.
 */
export function assertStateDirFree(stateDir: string): void {
  const holder = stateDirHolder(stateDir);
  if (holder !== null) throw new StateDirInUseError(stateDir, holder);
}

/** Takes the state directory for this process (exclusive create, so of two starts racing only one wins). */
export function lockStateDir(stateDir: string): () => void {
  mkdirSync(stateDir, { recursive: true });
  const file = lockFile(stateDir);
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      assertStateDirFree(stateDir);
      rmSync(file, { force: true }); // left by a process that is gone
    }
  }
  return () => {
    const holder = readFileSync(file, { encoding: 'utf8', flag: 'a+' }).trim();
    if (holder === String(process.pid)) rmSync(file, { force: true });
  };
}
