import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

/**
 * cognito-local does not send e-mails: it logs each sign-up confirmation code in a box
 * ("Confirmation Code Delivery … Destination: <email> … Code: <code> │") to its log.
 * These helpers read those boxes so `npm start` can print the codes and tests can use them.
 */
export interface ConfirmationCode {
  destination: string;
  code: string;
}

// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g;
const box = /Confirmation Code Delivery[\s\S]*?Destination:\s+([^\s│]+)[\s\S]*?Code:\s+([^\s│]+)[ \t]*│/g;

/** Every complete code box in the text, oldest first; `end` is where the last one finished. */
export function parseConfirmationCodes(text: string): { codes: ConfirmationCode[]; end: number } {
  const plain = text.replace(ansi, '');
  const codes: ConfirmationCode[] = [];
  let end = 0;
  for (const match of plain.matchAll(box)) {
    codes.push({ destination: match[1]!, code: match[2]! });
    end = match.index + match[0].length;
  }
  return { codes, end };
}

/** The newest code logged for this e-mail address, if any. */
export function latestConfirmationCode(logFile: string, email: string): string | undefined {
  if (!existsSync(logFile)) return undefined;
  const { codes } = parseConfirmationCodes(readFileSync(logFile, 'utf8'));
  return codes.findLast((c) => c.destination.toLowerCase() === email.toLowerCase())?.code;
}

/** Calls `onCode` for each code logged from now on (polls the log file); returns a stop function. */
export function watchConfirmationCodes(logFile: string, onCode: (code: ConfirmationCode) => void, intervalMs = 300): () => void {
  let offset = existsSync(logFile) ? statSync(logFile).size : 0;
  let pending = '';
  const timer = setInterval(() => {
    if (!existsSync(logFile)) return;
    const size = statSync(logFile).size;
    if (size < offset) offset = 0; // truncated or replaced
    if (size === offset) return;
    const buffer = Buffer.alloc(size - offset);
    const fd = openSync(logFile, 'r');
    try {
      readSync(fd, buffer, 0, buffer.length, offset);
    } finally {
      closeSync(fd);
    }
    offset = size;
    pending = (pending + buffer.toString('utf8')).replace(ansi, '');
    const { codes, end } = parseConfirmationCodes(pending);
    codes.forEach(onCode);
    // Keep only what may still be an incomplete box.
    pending = end > 0 ? pending.slice(end) : pending.slice(-4096);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
