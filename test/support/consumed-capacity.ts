import { documentClient } from '../../shared/db/client';

type Consumed = { CapacityUnits?: number } | Array<{ CapacityUnits?: number }> | undefined;

let installed = false;
let recording: { writeUnits: number } | null = null;
const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand', 'TransactWriteItemsCommand']);

/**
 * The write request units (table and GSIs) the shared document client's writes consume while `fn`
 * runs, as DynamoDB reports them (ReturnConsumedCapacity TOTAL, asked for each write; a write refused by
 * its condition throws and counts nothing here, though AWS bills it). Sequential use only.
 */
export async function writeUnitsOf(fn: () => Promise<unknown>): Promise<number> {
  if (!installed) {
    documentClient.middlewareStack.add(
      (next, context) => async (args) => {
        const counting = recording && WRITES.has(String(context.commandName));
        if (counting) (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity ??= 'TOTAL';
        const result = await next(args);
        if (counting) add((result.output as { ConsumedCapacity?: Consumed }).ConsumedCapacity);
        return result;
      },
      { step: 'initialize', name: 'twinforgeWriteUnits' },
    );
    installed = true;
  }
  recording = { writeUnits: 0 };
  try {
    await fn();
    return recording.writeUnits;
  } finally {
    recording = null;
  }
}

function add(consumed: Consumed) {
  const list = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
  for (const entry of list) recording!.writeUnits += entry.CapacityUnits ?? 0;
}
