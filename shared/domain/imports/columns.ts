import type { CsvRow, CsvTable } from './csv';
import { ImportFileError } from './errors';

export interface Column {
  index: number;
  /** Lower-case name without its unit: "Weight (kg)" → "weight". */
  name: string;
  /** The unit in parentheses, lower case: "Weight (lbs)" → "lbs". */
  unit: string | null;
}

export function readColumns(header: readonly string[]): Column[] {
  return header.map((raw, index) => {
    const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(raw.trim());
    return { index, name: (match ? match[1]! : raw).trim().toLowerCase(), unit: match ? match[2]!.trim().toLowerCase() : null };
  });
}

/** Reads a table's rows by column name; names the line in every complaint. */
export class Rows {
  private readonly byName: Map<string, Column>;

  constructor(
    readonly table: CsvTable,
    readonly columns: Column[],
  ) {
    this.byName = new Map(columns.map((column) => [column.name, column]));
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  column(name: string): Column | undefined {
    return this.byName.get(name);
  }

  /** Fails on line 1 when a required column is missing. */
  require(names: readonly string[], format: string): void {
    const missing = names.filter((name) => !this.byName.has(name));
    if (missing.length) throw new ImportFileError(1, `the ${format} header lacks ${missing.map((name) => `"${name}"`).join(', ')}`);
  }

  text(row: CsvRow, name: string): string {
    const column = this.byName.get(name);
    return column ? (row.cells[column.index] ?? '').trim() : '';
  }

  /** A number (decimal point or comma); null when the cell is empty; a 400 naming the line otherwise. */
  number(row: CsvRow, name: string): number | null {
    const raw = this.text(row, name).replace(/\s/g, '');
    if (raw === '') return null;
    const normalized = /^-?\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
    const value = Number(normalized);
    if (!Number.isFinite(value) || !/^-?(\d+\.?\d*|\.\d+)$/.test(normalized)) throw new ImportFileError(row.line, `${name} "${raw}" is not a number`);
    if (value < 0) throw new ImportFileError(row.line, `${name} ${raw} is negative`);
    return value;
  }
}
