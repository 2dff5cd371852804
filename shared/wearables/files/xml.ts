import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { WorkoutFileError, type WorkoutFileFormat } from './workout-file';

/** Elements that may repeat, always read as arrays. */
const REPEATED = new Set(['Activity', 'Lap', 'Track', 'Trackpoint', 'trk', 'trkseg', 'trkpt']);

/**
 * Parses TCX/GPX text with fast-xml-parser (MIT): namespace prefixes dropped (`gpxtpx:hr` → `hr`),
 * attributes under `@`, values as text, no entity expansion (no DTD entities at all). Malformed XML is a clear error:
 * truncated when the document lacks its root's end tag, corrupt otherwise.
 */
export function parseXml(format: WorkoutFileFormat, rootElement: string, bytes: Uint8Array): Record<string, unknown> {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (!text.trimStart().startsWith('<')) {
    throw new WorkoutFileError('corrupt_file', `This is not a ${format.toUpperCase()} file: it is not XML.`);
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line } = valid.err;
    // A document cut short (interrupted export or upload) lacks its root's closing tag.
    const truncated = !new RegExp(`</(\\w+:)?${rootElement}>`).test(text);
    throw new WorkoutFileError(
      truncated ? 'truncated_file' : 'corrupt_file',
      truncated
        ? `The ${format.toUpperCase()} file ends early: upload the complete file.`
        : `The ${format.toUpperCase()} file is not well-formed XML (line ${line}: ${msg}).`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    // Values stay text (numberOf converts) and entities are decoded only where text is shown
    // (xmlText): both passes cost more than the rest of the parse on a 2-hour file.
    parseTagValue: false,
    processEntities: false,
    isArray: (name) => REPEATED.has(name),
  });
  return parser.parse(text) as Record<string, unknown>;
}

/** A child as an object (or undefined). */
export const child = (node: unknown, name: string): Record<string, unknown> | undefined => {
  const value = node && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
};

/** Children that repeat, as an array of objects. */
export const children = (node: unknown, name: string): Array<Record<string, unknown>> => {
  const value = node && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is Record<string, unknown> => !!item && typeof item === 'object');
};

/** A leaf's text or number (`#text` when the element also has attributes). */
export const leaf = (node: unknown, name: string): string | number | undefined => {
  const value = node && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
  if (typeof value === 'string' || typeof value === 'number') return value;
  const text = value && typeof value === 'object' ? (value as Record<string, unknown>)['#text'] : undefined;
  return typeof text === 'string' || typeof text === 'number' ? text : undefined;
};

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A leaf's text with XML's predefined and numeric character references decoded (titles, sport names). */
export function xmlText(value: string | number | undefined): string | null {
  if (value === undefined) return null;
  return String(value).replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return XML_ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export const numberOf = (value: unknown): number | null => {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(number) ? number : null;
};

export const dateOf = (value: unknown): Date | null => {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isFinite(date.getTime()) ? date : null;
};
