import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ConfigError, envVar, readEnv } from '../../../shared/config/env';

describe('readEnv', () => {
  it('returns typed, coerced values', () => {
    const env = readEnv({ TABLE_NAME: envVar.tableName, PORT: envVar.intFromString(1, 65535) }, { TABLE_NAME: 't', PORT: '8080' });
    expect(env).toEqual({ TABLE_NAME: 't', PORT: 8080 });
  });

  it('lists every missing or invalid variable with its name', () => {
    try {
      readEnv({ TABLE_NAME: envVar.tableName, API_URL: envVar.url, LIMIT: z.coerce.number().max(5) }, { API_URL: 'not a url', LIMIT: '9' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems[0]).toBe('TABLE_NAME is required but not set');
      expect(problems[1]).toMatch(/^API_URL="not a url" is invalid/);
      expect(problems[2]).toMatch(/^LIMIT="9" is invalid/);
    }
  });
});
