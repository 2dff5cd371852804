import { randomUUID } from 'node:crypto';
import type { TableContext } from '../../shared/db/context';
import { documentClient } from '../../shared/db/client';
import { endpoints } from './stack';

/** Repository context for tests: the local table of this run and a test cursor key. */
export const tableContext = (): TableContext => ({ tableName: endpoints().tableName, cursorSecret: 'test-cursor-secret-0123456789abcdef' });

/** A user id nobody else uses, so each test owns its partition. */
export const uniqueUserId = () => `test-${randomUUID()}`;

/**
 * Records every DynamoDB command the shared document client sends, to prove an access pattern
 * uses GetItem/Query only (never Scan) and how many requests it needs.
 */
const recorded: string[] = [];
let installed = false;

export function recordCommands(): { commands: () => string[]; stop: () => void } {
  if (!installed) {
    documentClient.middlewareStack.add(
      (next, context) => async (args) => {
        recorded.push(String(context.commandName).replace(/Command$/, ''));
        return next(args);
      },
      { step: 'initialize', name: 'twinforgeCommandRecorder' },
    );
    installed = true;
  }
  const start = recorded.length;
  let end: number | undefined;
  return { commands: () => recorded.slice(start, end), stop: () => void (end = recorded.length) };
}

/** Runs `fn` and returns what it sent. */
export async function commandsOf(fn: () => Promise<unknown>): Promise<string[]> {
  const recorder = recordCommands();
  await fn();
  recorder.stop();
  return recorder.commands();
}
