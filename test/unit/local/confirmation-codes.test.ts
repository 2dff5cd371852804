import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cognitoPoolFile, latestConfirmationCode, pendingConfirmationCodes, watchConfirmationCodes, type ConfirmationCode } from '../../../infra/local/confirmation-codes';

/** A cognito-local user as it stores it in the pool's data file. */
const user = (email: string, status: 'UNCONFIRMED' | 'CONFIRMED', code?: string) => ({
  Username: `sub-${email}`,
  UserStatus: status,
  Attributes: [{ Name: 'sub', Value: `sub-${email}` }, { Name: 'email', Value: email }],
  ...(code ? { ConfirmationCode: code } : {}),
});

function poolFileWith(users: Array<ReturnType<typeof user>>, file = cognitoPoolFile(mkdtempSync(join(tmpdir(), 'codes-')), 'local_pool')): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ Users: Object.fromEntries(users.map((u) => [u.Username, u])), Options: {}, Groups: {} }));
  return file;
}

describe('cognito-local confirmation codes (from the pool data file)', () => {
  it('lists the codes of unconfirmed users only', () => {
    const file = poolFileWith([user('a@b.test', 'UNCONFIRMED', '302424'), user('c@d.test', 'CONFIRMED'), user('e@f.test', 'UNCONFIRMED', '000111')]);
    expect(pendingConfirmationCodes(file)).toEqual([
      { destination: 'a@b.test', code: '302424' },
      { destination: 'e@f.test', code: '000111' },
    ]);
  });

  it('finds the code for an address case-insensitively; none while the file is missing or half-written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'codes-'));
    const file = cognitoPoolFile(dir, 'local_pool');
    expect(latestConfirmationCode(file, 'a@b.test')).toBeUndefined();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '{"Users": {"x": {');
    expect(latestConfirmationCode(file, 'a@b.test')).toBeUndefined();
    poolFileWith([user('a@b.test', 'UNCONFIRMED', '333333')], file);
    expect(latestConfirmationCode(file, 'A@B.test')).toBe('333333');
  });

  it('reports each code that appears after it started, once', async () => {
    const file = poolFileWith([user('old@b.test', 'UNCONFIRMED', '000000')]);
    const seen: ConfirmationCode[] = [];
    const stop = watchConfirmationCodes(file, (code) => seen.push(code), 20);
    poolFileWith([user('old@b.test', 'UNCONFIRMED', '000000'), user('new@b.test', 'UNCONFIRMED', '424242')], file);
    await new Promise((resolve) => setTimeout(resolve, 80));
    poolFileWith([user('old@b.test', 'CONFIRMED'), user('new@b.test', 'UNCONFIRMED', '424242')], file);
    await new Promise((resolve) => setTimeout(resolve, 80));
    stop();
    expect(seen).toEqual([{ destination: 'new@b.test', code: '424242' }]);
  });
});
