import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root; manifest handler paths are relative to it. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
