import { randomUUID } from 'node:crypto';
import type { TableContext } from '../../shared/db/context';
import { documentClient } from '../../shared/db/client';
import { inject } from 'vitest';
import { endpoints } from './stack';

const cursorSecret = 'test-cursor-secret-0123456789abcdef';

/** The table the running stack serves (its stream consumers react to every write): for flow tests that read outcomes. */
export const tableContext = (): TableContext => ({ tableName: endpoints().tableName, cursorSecret });

/**
 * Repository tests' table: the same definition, but no stream consumer reads it, so a test sees
 * exactly what the repository wrote (no projection or sync racing it).
 */
export const repositoryTableContext = (): TableContext => ({ tableName: inject('repositoryTableName'), cursorSecret });

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
