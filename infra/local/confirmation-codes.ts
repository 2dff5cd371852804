import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * cognito-local sends no e-mail. It logs each sign-up's code in a box, but that log line can reach
 * its log file long after SignUp has answered (seen here: only once the next line is logged), so
 * the codes are read from where it stores them: the pool's data file, which it writes before SignUp
 * answers (`<cognito data dir>/.cognito/db/<poolId>.json`, each unconfirmed user carrying its
 * `ConfirmationCode`). `npm start` prints them and the browser tests type them.
 */
export interface ConfirmationCode {
  destination: string;
  code: string;
}

export const cognitoPoolFile = (cognitoDataDir: string, userPoolId: string): string => join(cognitoDataDir, '.cognito', 'db', `${userPoolId}.json`);

interface StoredUser {
  Username?: string;
  UserStatus?: string;
  ConfirmationCode?: string;
  Attributes?: Array<{ Name: string; Value: string }>;
}

/** The codes of users who signed up and have not confirmed yet (none while the file is missing or mid-write). */
export function pendingConfirmationCodes(poolFile: string): ConfirmationCode[] {
  if (!existsSync(poolFile)) return [];
  let pool: { Users?: Record<string, StoredUser> };
  try {
    pool = JSON.parse(readFileSync(poolFile, 'utf8')) as typeof pool;
  } catch {
    return []; // being rewritten: the next read sees it whole
  }
  return Object.values(pool.Users ?? {}).flatMap((user) => {
    const email = user.Attributes?.find((attribute) => attribute.Name === 'email')?.Value ?? user.Username;
    return user.UserStatus === 'UNCONFIRMED' && user.ConfirmationCode && email ? [{ destination: email, code: user.ConfirmationCode }] : [];
  });
}

/** The pending code of this e-mail address, if any (case-insensitive). */
export function latestConfirmationCode(poolFile: string, email: string): string | undefined {
  return pendingConfirmationCodes(poolFile).find((pending) => pending.destination.toLowerCase() === email.toLowerCase())?.code;
}

/** Calls `onCode` once for each code that appears from now on (polls the pool file); returns a stop function. */
export function watchConfirmationCodes(poolFile: string, onCode: (code: ConfirmationCode) => void, intervalMs = 300): () => void {
  const key = ({ destination, code }: ConfirmationCode) => `${destination.toLowerCase()} ${code}`;
  const seen = new Set(pendingConfirmationCodes(poolFile).map(key));
  const timer = setInterval(() => {
    for (const pending of pendingConfirmationCodes(poolFile)) {
      if (seen.has(key(pending))) continue;
      seen.add(key(pending));
      onCode(pending);
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
