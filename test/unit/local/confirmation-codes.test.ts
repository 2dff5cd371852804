import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestConfirmationCode, parseConfirmationCodes, watchConfirmationCodes, type ConfirmationCode } from '../../../infra/local/confirmation-codes';

/** A cognito-local log entry as it writes it (pino line, ANSI colours, boxen box). */
const entry = (email: string, code: string) =>
  [
    `[1795315976969] \u001b[32mINFO\u001b[39m: \u001b[36m5ddad6d5 SignUp ╭───────────────────────────────╮`,
    '│                                                       │',
    '│   Confirmation Code Delivery                          │',
    '│                                                       │',
    '│   Username:    61ebc96e-ecc0-4878-917e-0aabf33c1fe3   │',
    `│   Destination: ${email}                               │`,
    `│   Code:        ${code}                                 │`,
    '│                                                       │',
    '╰───────────────────────────────────────────────────────╯\u001b[39m',
    '',
  ].join('\n');

describe('cognito-local confirmation codes', () => {
  it('reads every complete code box, ignoring an unfinished one', () => {
    const text = `noise\n${entry('a@b.test', '302424')}${entry('c@d.test', '000111')}${entry('e@f.test', '999999').slice(0, 400)}`;
    expect(parseConfirmationCodes(text).codes).toEqual([
      { destination: 'a@b.test', code: '302424' },
      { destination: 'c@d.test', code: '000111' },
    ]);
  });

  it('finds the newest code for an address, case-insensitively', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'codes-')), 'cognito.log');
    expect(latestConfirmationCode(file, 'a@b.test')).toBeUndefined();
    writeFileSync(file, entry('a@b.test', '111111') + entry('x@y.test', '222222') + entry('a@b.test', '333333'));
    expect(latestConfirmationCode(file, 'A@B.test')).toBe('333333');
  });

  it('reports codes logged after it started, even when a box arrives in pieces', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'codes-')), 'cognito.log');
    writeFileSync(file, entry('old@b.test', '000000'));
    const seen: ConfirmationCode[] = [];
    const stop = watchConfirmationCodes(file, (code) => seen.push(code), 20);
    const next = entry('new@b.test', '424242');
    appendFileSync(file, next.slice(0, 300));
    await new Promise((resolve) => setTimeout(resolve, 60));
    appendFileSync(file, next.slice(300));
    await new Promise((resolve) => setTimeout(resolve, 60));
    stop();
    expect(seen).toEqual([{ destination: 'new@b.test', code: '424242' }]);
  });
});
