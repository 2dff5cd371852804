import { ImportFileError } from './errors';

export interface CsvRow {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: ',' | ';';
  header: string[];
  rows: CsvRow[];
}

/** The header's delimiter: whichever of `,` and `;` it holds more of outside quotes. */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * RFC 4180 CSV with either delimiter: quoted fields may hold the delimiter, `""` and newlines;
 * CRLF or LF; a leading BOM is dropped; blank lines are ignored. Every row must have the
 * header's number of cells (a trailing empty cell too many is tolerated, as some exporters add one).
 */
export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    afterQuote = false;
  };
  const endRecord = () => {
    endCell();
    if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line: recordLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell.trim() === '' && !afterQuote) {
      quoted = true;
      cell = '';
    } else if (char === delimiter) endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (afterQuote) {
      if (char.trim() !== '') throw new ImportFileError(line, `unexpected "${char}" after a closing quote (a quote inside a field must be doubled: "")`);
    } else cell += char;
  }
  if (quoted) throw new ImportFileError(recordLine, 'a quoted field is never closed (missing ")');
  if (cell !== '' || cells.length > 0) endRecord();

  const [head, ...rows] = records;
  if (!head) throw new ImportFileError(1, 'the file is empty');
  const header = head.cells.map((name) => name.trim());
  for (const row of rows) {
    if (row.cells.length === header.length + 1 && row.cells.at(-1)!.trim() === '') row.cells.pop();
    if (row.cells.length !== header.length) {
      throw new ImportFileError(row.line, `has ${row.cells.length} fields where the header has ${header.length} (delimiter "${delimiter}")`);
    }
  }
  return { delimiter, header, rows };
}
