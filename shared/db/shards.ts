import { createHash } from 'node:crypto';

/**
 * Write sharding of an index partition shared by all users: a user's shard is the first 4 bytes
 * of SHA-256(key), big-endian, modulo `shards` (stable across runtimes and deployments).
 */
export const shardOf = (key: string, shards: number): number => createHash('sha256').update(key).digest().readUInt32BE(0) % shards;
