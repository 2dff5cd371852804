import * as z from '../zod';

/** Thrown at module init when the environment is missing or malformed; lists every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates environment variables once (call at module scope).
 * Each missing or malformed variable gets its own line in the error.
 */
export function readEnv<S extends z.core.$ZodShape>(
  shape: S,
  source: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodMiniObject<S>> {
  const result = z.object(shape).safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    const value = source[name];
    return value === undefined || value === ''
      ? `${name} is required but not set`
      : `${name}=${JSON.stringify(value)} is invalid: ${issue.message}`;
  });
  throw new ConfigError(problems);
}

/** Common variable schemas, so every handler spells them the same way. */
export const envVar = {
  tableName: z.string().check(z.minLength(1)),
  url: z.url(),
  optionalUrl: z.optional(z.url()),
  queueUrl: z.url(),
  bucketName: z.string().check(z.minLength(1)),
  intFromString: (min: number, max: number) => z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max)),
};
