/** Attributes that exist only for the table's keys and indexes; entities never see them. */
const STORAGE_ATTRIBUTES = ['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'GSI3PK', 'GSI3SK', 'GSI4PK', 'GSI4SK', 'entity', 'expiresAt'];

export function withoutStorageAttributes(item: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...item };
  for (const name of STORAGE_ATTRIBUTES) delete copy[name];
  return copy;
}

/** Thrown when a conditional write finds the item changed since it was read. */
export class VersionConflictError extends Error {
  constructor(readonly entity: string, readonly currentVersion?: number) {
    super(`${entity} was changed by another request`);
    this.name = 'VersionConflictError';
  }
}

export const isConditionalCheckFailed = (error: unknown): boolean =>
  (error as { name?: string })?.name === 'ConditionalCheckFailedException';
