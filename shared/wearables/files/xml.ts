import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { WorkoutFileError, type WorkoutFileFormat } from './workout-file';

/** Elements that may repeat, always read as arrays. */
const REPEATED = new Set(['Activity', 'Lap', 'Track', 'Trackpoint', 'trk', 'trkseg', 'trkpt']);

/**
 * Parses TCX/GPX text with fast-xml-parser (MIT): namespace prefixes dropped (`gpxtpx:hr` → `hr`),
 * attributes under `@`, no entity expansion beyond XML's own. Malformed XML is a clear error:
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
    parseTagValue: true,
    processEntities: true,
    htmlEntities: false,
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

export const numberOf = (value: unknown): number | null => {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(number) ? number : null;
};

export const dateOf = (value: unknown): Date | null => {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isFinite(date.getTime()) ? date : null;
};
