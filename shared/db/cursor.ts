import { createHmac, timingSafeEqual } from 'node:crypto';

/** A cursor that was altered, belongs to another user, or to another query. */
export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is invalid or expired; start again without it');
    this.name = 'InvalidCursorError';
  }
}

export interface CursorScope {
  userId: string;
  /** Names the query (and its fixed filters) the cursor continues. */
  query: string;
}

const b64 = (value: Buffer | string) => Buffer.from(value).toString('base64url');

function sign(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/**
 * Opaque, tamper-proof pagination cursor: the LastEvaluatedKey bound to the caller and the query,
 * signed with HMAC-SHA256. A cursor from user A can never page into user B's partition.
 */
export function encodeCursor(lastKey: Record<string, unknown>, scope: CursorScope, secret: string): string {
  const payload = b64(JSON.stringify({ k: lastKey, u: scope.userId, q: scope.query }));
  return `${payload}.${b64(sign(payload, secret))}`;
}

export function decodeCursor(cursor: string, scope: CursorScope, secret: string): Record<string, unknown> {
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined) throw new InvalidCursorError();
  const expected = sign(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new InvalidCursorError();
  let decoded: { k?: Record<string, unknown>; u?: string; q?: string };
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (decoded.u !== scope.userId || decoded.q !== scope.query || !decoded.k || typeof decoded.k !== 'object') throw new InvalidCursorError();
  return decoded.k;
}
