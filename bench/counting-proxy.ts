import { createServer, request, type Server } from 'node:http';

/** Operations that can report the capacity they consume. */
const METERED = new Set(['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan', 'BatchGetItem', 'BatchWriteItem', 'TransactGetItems', 'TransactWriteItems']);
const READS = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems']);

export interface Capacity {
  /** Read request units (on-demand billing unit: 4 KB strongly consistent, half eventually consistent). */
  readUnits: number;
  /** Write request units, GSI writes included (1 KB per unit, per table and per index). */
  writeUnits: number;
}

/** One metered call as the proxy saw it: the raw DynamoDB JSON of the request and of the answer. */
export interface ObservedCall {
  operation: string;
  request: Record<string, unknown>;
  response: Record<string, unknown>;
}

export interface CountingProxy {
  url: string;
  counts: Map<string, number>;
  capacity: Capacity;
  total(): number;
  reset(): void;
  stop(): Promise<void>;
}

/** Σ CapacityUnits of a response's ConsumedCapacity (one object, or a list for batch and transactions). */
export function consumedUnits(body: unknown): number {
  const consumed = (body as { ConsumedCapacity?: unknown } | null)?.ConsumedCapacity;
  const list = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
  return list.reduce((sum: number, entry: { CapacityUnits?: number }) => sum + (entry.CapacityUnits ?? 0), 0);
}

/**
 * The capacity of a reply as AWS bills it. DynamoDB Local reports a transactional write at 4× a
 * plain one (measured: the same item, 8 units by PutItem, 32 in a TransactWriteItems); AWS charges
 * 2× ("transactional write requests require 2 write request units to perform one write for items
 * up to 1 KB": one underlying write to prepare, one to commit). So a TransactWriteItems reply's
 * units are halved, table and indexes alike.
 */
export function asBilled(operation: string, reply: Record<string, unknown>): Record<string, unknown> {
  if (operation !== 'TransactWriteItems' || !reply.ConsumedCapacity) return reply;
  const halve = (capacity: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(capacity).map(([key, value]) => {
        if (typeof value === 'number' && key.endsWith('CapacityUnits')) return [key, value / 2];
        if (key === 'GlobalSecondaryIndexes' || key === 'LocalSecondaryIndexes') return [key, Object.fromEntries(Object.entries(value as Record<string, Record<string, unknown>>).map(([name, c]) => [name, halve(c)]))];
        if (key === 'Table' && value && typeof value === 'object') return [key, halve(value as Record<string, unknown>)];
        return [key, value];
      }),
    );
  const consumed = reply.ConsumedCapacity as Record<string, unknown> | Array<Record<string, unknown>>;
  return { ...reply, ConsumedCapacity: Array.isArray(consumed) ? consumed.map(halve) : halve(consumed) };
}

/**
 * Sits between the handlers and DynamoDB Local and counts each API call by operation
 * (X-Amz-Target), so the bench can report DynamoDB requests per HTTP call and catch any Scan.
 * It also asks DynamoDB for the capacity each call consumes (ReturnConsumedCapacity INDEXES, added
 * when the caller did not ask: the total plus its split over the table and each index) and adds it
 * up: the request units on-demand billing charges. `observe` sees each metered call (bench/peak.ts
 * reads the partition keys from it).
 */
export async function startCountingProxy(target: string, options: { observe?: (call: ObservedCall) => void } = {}): Promise<CountingProxy> {
  const upstream = new URL(target);
  const counts = new Map<string, number>();
  const capacity: Capacity = { readUnits: 0, writeUnits: 0 };
  const server: Server = createServer((req, res) => {
    const operation = String(req.headers['x-amz-target'] ?? 'unknown').split('.').pop()!;
    counts.set(operation, (counts.get(operation) ?? 0) + 1);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      const metered = METERED.has(operation) && String(req.headers['x-amz-target']).startsWith('DynamoDB_');
      let parsed: Record<string, unknown> = {};
      if (metered) {
        parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
        parsed.ReturnConsumedCapacity ??= 'INDEXES';
        body = Buffer.from(JSON.stringify(parsed));
      }
      const forward = request(
        { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, 'content-length': String(body.length) } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 500, answer.headers);
          if (!metered) return answer.pipe(res);
          const parts: Buffer[] = [];
          answer.on('data', (part: Buffer) => parts.push(part));
          answer.on('end', () => {
            const text = Buffer.concat(parts);
            let reply: Record<string, unknown> | null = null;
            try {
              reply = asBilled(operation, JSON.parse(text.toString('utf8')) as Record<string, unknown>);
              const units = consumedUnits(reply);
              if (READS.has(operation)) capacity.readUnits += units;
              else capacity.writeUnits += units;
            } catch {
              // Not JSON (an error page): nothing consumed.
            }
            if (reply) options.observe?.({ operation, request: parsed, response: reply });
            res.end(text);
          });
        },
      );
      forward.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      forward.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    capacity,
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    reset: () => {
      counts.clear();
      capacity.readUnits = 0;
      capacity.writeUnits = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
