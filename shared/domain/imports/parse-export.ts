import { parseCsv } from './csv';
import { ImportFileError } from './errors';
import { looksLikeHevy, parseHevy } from './hevy';
import { looksLikeStrong, parseStrong } from './strong';
import type { ImportFormat, ParsedExport, ReadOptions } from './workout';

/** Which app wrote the file, from its header; null when neither. */
export function detectFormat(header: readonly string[]): ImportFormat | null {
  if (looksLikeHevy(header)) return 'hevy';
  if (looksLikeStrong(header)) return 'strong';
  return null;
}

/** Reads a Strong or Hevy CSV export (format from the header unless given); ImportFileError names the line. */
export function parseExport(csv: string, options: ReadOptions & { format?: ImportFormat }): ParsedExport {
  const table = parseCsv(csv);
  const detected = detectFormat(table.header);
  if (!detected) throw new ImportFileError(1, 'the header is neither a Strong export (Date, Workout Name, Exercise Name, Set Order, …) nor a Hevy one (title, start_time, exercise_title, set_index, …)');
  if (options.format && options.format !== detected) throw new ImportFileError(1, `the header is a ${detected} export, not ${options.format}`);
  if (table.rows.length === 0) throw new ImportFileError(1, 'the file has a header but no sets');
  return detected === 'strong' ? parseStrong(table, options) : parseHevy(table, options);
}
