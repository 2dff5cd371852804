import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../settings';
import { repoRoot } from '../paths';

type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

const loaded = new Map<string, Promise<LambdaHandler>>();

/** Imports a manifest handler module once (module init runs once, as in a warm Lambda). */
export function loadHandler(modulePath: string): Promise<LambdaHandler> {
  let handler = loaded.get(modulePath);
  if (!handler) {
    handler = import(pathToFileURL(join(repoRoot, modulePath)).href).then((module: { handler?: LambdaHandler }) => {
      if (typeof module.handler !== 'function') throw new Error(`${modulePath} does not export a \`handler\` function`);
      return module.handler;
    });
    loaded.set(modulePath, handler);
  }
  return handler;
}

export class InvocationTimeoutError extends Error {}

/** Invokes a handler like Lambda would: a Context with the remaining time, and the function timeout enforced. */
export async function invoke(name: string, modulePath: string, event: unknown, timeoutSeconds = 30): Promise<unknown> {
  const handler = await loadHandler(modulePath);
  const deadline = Date.now() + timeoutSeconds * 1000;
  const context: Context = {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${name}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new InvocationTimeoutError(`${name} timed out after ${timeoutSeconds}s`)), timeoutSeconds * 1000);
  });
  try {
    return await Promise.race([handler(event, context), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
