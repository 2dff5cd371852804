import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifest } from '../../../infra/manifest';
import { repoRoot } from '../../../infra/paths';

/** The tables of docs/architecture.md's "Every entry" section, by the line that introduces each. */
function entryTables(): Record<string, string[][]> {
  const doc = readFileSync(join(repoRoot, 'docs/architecture.md'), 'utf8');
  const section = doc.split('\n### Every entry\n')[1]?.split(/\n##+ /)[0];
  if (!section) throw new Error('docs/architecture.md has no "### Every entry" section');
  const tables: Record<string, string[][]> = {};
  let label = '';
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) {
      if (line.trim()) label = line.trim();
      continue;
    }
    const cells = line.slice(1, -1).split('|').map((cell) => cell.trim().replace(/^`(.*)`$/, '$1'));
    if (cells.every((cell) => /^-+$/.test(cell))) continue;
    (tables[label] ??= []).push(cells);
  }
  return tables;
}

const rowsOf = (tables: Record<string, string[][]>, label: string) => {
  const key = Object.keys(tables).find((k) => k.startsWith(label));
  if (!key) throw new Error(`docs/architecture.md: no table introduced by "${label}"`);
  return tables[key]!.slice(1); // without the header row
};

describe('docs/architecture.md lists the manifest, nothing more, nothing less', () => {
  const tables = entryTables();
  const routeRows = rowsOf(tables, 'Routes');

  it('every route with its name, access and handler; no other built route', () => {
    const documented = routeRows.filter(([, , name]) => name !== 'planned').map((cells) => cells.join(' '));
    const built = manifest.routes.map((r) => [r.method, r.path, r.name, r.access, r.handler].join(' '));
    expect(documented.sort()).toEqual(built.sort());
  });

  it('no route marked planned is built yet, and a planned route names no handler', () => {
    const planned = routeRows.filter(([, , name]) => name === 'planned');
    const built = new Set(manifest.routes.map((r) => `${r.method} ${r.path}`));
    expect(planned.filter(([method, path]) => built.has(`${method} ${path}`)).map(([method, path]) => `${method} ${path}`)).toEqual([]);
    expect(planned.filter(([, , , , handler]) => handler !== '').map(([method, path]) => `${method} ${path}`)).toEqual([]);
  });

  it.each([
    ['Stream readers', manifest.streamReaders],
    ['Stream consumers', manifest.streamConsumers],
    ['Queues', manifest.queues],
    ['Schedules', manifest.schedules],
  ] as const)('%s: every one by name and handler', (label, entries: ReadonlyArray<{ name: string; handler: string }>) => {
    const documented = rowsOf(tables, label).map(([name, handler]) => `${name} ${handler}`);
    expect(documented.sort()).toEqual(entries.map((e) => `${e.name} ${e.handler}`).sort());
  });

  it('each stream consumer under its reader, each reader with its members', () => {
    const consumers = rowsOf(tables, 'Stream consumers').map(([name, , reader]) => `${name} ${reader}`);
    expect(consumers.sort()).toEqual(manifest.streamConsumers.map((c) => `${c.name} ${c.reader}`).sort());
    const readers = rowsOf(tables, 'Stream readers').map(([name, , members]) => `${name}: ${members!.replace(/`/g, '')}`);
    expect(readers.sort()).toEqual(manifest.streamReaders.map((r) => `${r.name}: ${manifest.streamConsumers.filter((c) => c.reader === r.name).map((c) => c.name).join(', ')}`).sort());
  });
});
