import * as z from '../zod';
import { envVar, readEnv } from '../config/env';

/** What repository functions need to know about the table (read once from the environment by handlers). */
export interface TableContext {
  tableName: string;
  /** HMAC key of pagination cursors. */
  cursorSecret: string;
}

/** Reads TABLE_NAME and CURSOR_SECRET once (call at module scope in handlers). */
export function tableContextFromEnv(): TableContext {
  const env = readEnv({ TABLE_NAME: envVar.tableName, CURSOR_SECRET: z.string().check(z.minLength(16, 'must be at least 16 characters')) });
  return { tableName: env.TABLE_NAME, cursorSecret: env.CURSOR_SECRET };
}
