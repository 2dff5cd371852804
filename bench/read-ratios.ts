import { round } from './load';

/** PRODUCT target: each read endpoint's p50 ≤ 1.3× the raw DynamoDB Local round trips it needs. */
export const READ_RATIO_TARGET = 1.3;

/**
 * The raw round trips an endpoint needs, from the operations the proxy saw per call (rounded:
 * 1 GetItem, 1 Query, Today 2…), each priced at its raw p50 measured at the same load; GetItem's
 * p50 stands for any other single-item operation. Null when the endpoint needs none (GET /health).
 */
export function neededRawMs(operations: Record<string, number>, calls: number, rawP50: { GetItem: number; Query: number }): number | null {
  if (calls === 0) return null;
  let ms = 0;
  for (const [operation, count] of Object.entries(operations)) {
    const perCall = Math.round(count / calls);
    ms += perCall * (operation === 'Query' || operation === 'Scan' ? rawP50.Query : rawP50.GetItem);
  }
  return ms > 0 ? ms : null;
}

export function readRatio(p50Ms: number, operations: Record<string, number>, calls: number, rawP50: { GetItem: number; Query: number }) {
  const needed = neededRawMs(operations, calls, rawP50);
  const ratio = needed === null ? null : round(p50Ms / needed);
  return { neededRawMs: needed === null ? null : round(needed), ratioToRawP50: ratio, overTarget: ratio !== null && ratio > READ_RATIO_TARGET };
}

interface Level {
  clients: number;
  raw: { GetItem: { p50Ms: number }; Query: { p50Ms: number } };
  endpoints: Array<{ endpoint: string; p50Ms: number; errors: number; neededRawMs: number | null; ratioToRawP50: number | null; overTarget: boolean }>;
}

/** One row per endpoint: p50, raw needed and ratio at each client count; "!" marks > 1.3×. */
export function printReadRatios(levels: Level[]) {
  console.log(`\nRead ratios: endpoint p50 / the raw DynamoDB Local round trips it needs, same run (target ≤ ${READ_RATIO_TARGET}×; ! = over):`);
  console.log(`  raw p50 GetItem / Query: ${levels.map((l) => `${l.clients} clients ${l.raw.GetItem.p50Ms} / ${l.raw.Query.p50Ms} ms`).join(', ')}`);
  const names = levels[0]?.endpoints.map((e) => e.endpoint) ?? [];
  console.table(
    names.map((name) => {
      const row: Record<string, string | number> = { endpoint: name };
      for (const level of levels) {
        const e = level.endpoints.find((x) => x.endpoint === name)!;
        row[`${level.clients}c p50 ms`] = e.p50Ms;
        row[`${level.clients}c raw ms`] = e.neededRawMs ?? '–';
        row[`${level.clients}c ratio`] = e.ratioToRawP50 === null ? '–' : `${e.ratioToRawP50}${e.overTarget ? ' !' : ''}`;
        if (e.errors) row[`${level.clients}c errors`] = e.errors;
      }
      return row;
    }),
  );
}
