import { join, resolve } from 'node:path';
import { repoRoot } from '../paths';

export { repoRoot };

/** Where the local cloud keeps its state; TWINFORGE_LOCAL_DIR moves it (tests use a temp dir). */
export const localDir = (): string => resolve(process.env.TWINFORGE_LOCAL_DIR ?? join(repoRoot, '.local'));
export const endpointsFile = (): string => join(localDir(), 'endpoints.json');
