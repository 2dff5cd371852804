/**
 * One CSV of a user's export: a row per item, an `entity` column, then the union of the items'
 * top-level fields; nested values are JSON. RFC 4180 quoting.
 */
export function exportToCsv(entities: Record<string, unknown[]>): string {
  const rows = Object.entries(entities).flatMap(([entity, items]) =>
    items.map((item) => ({ entity, ...(item && typeof item === 'object' ? (item as Record<string, unknown>) : { value: item }) })),
  );
  const columns = ['entity', ...new Set(rows.flatMap((row) => Object.keys(row)).filter((key) => key !== 'entity'))];
  const cell = (value: unknown): string => {
    if (value === undefined || value === null) return '';
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell((row as Record<string, unknown>)[c])).join(','))].join('\r\n') + '\r\n';
}
