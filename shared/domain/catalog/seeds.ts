import type { CatalogData } from './asset';
import { progressionChains } from './chains';
import { cycling, rowing, running, skierg, swimming } from './data/cardio';
import { calisthenicsLegsCore } from './data/calisthenics-legs-core';
import { calisthenicsPull } from './data/calisthenics-pull';
import { calisthenicsPush } from './data/calisthenics-push';
import { calisthenicsSkills } from './data/calisthenics-skills';
import { hyrox } from './data/hyrox';
import { metcon } from './data/metcon';
import { mobility } from './data/mobility';
import { strengthAccessories } from './data/strength-accessories';
import { strengthLifts } from './data/strength-lifts';
import type { Exercise } from './schema';

/** The catalog's data files, in catalog order (each has its coaching in `coaching/<file>.json`). */
const seedFiles = () => ({
  'strength-lifts': strengthLifts,
  'strength-accessories': strengthAccessories,
  cardio: [...running, ...cycling, ...rowing, ...skierg, ...swimming],
  metcon,
  'calisthenics-push': calisthenicsPush,
  'calisthenics-pull': calisthenicsPull,
  'calisthenics-legs-core': calisthenicsLegsCore,
  'calisthenics-skills': calisthenicsSkills,
  hyrox,
  mobility,
});

export type CatalogFileName = keyof ReturnType<typeof seedFiles>;

/**
 * The catalog from the TypeScript seeds, the only place exercises are written: run from source
 * (tsx, vitest) and at bundle time, where infra/bundling.ts writes it as the JSON that Lambda
 * bundles read instead (./asset.ts). Progression links come from the chains.
 */
export function buildCatalogFromSeeds(): CatalogData {
  const files = seedFiles();
  const links = new Map<string, Exercise['progression']>();
  for (const chain of progressionChains) {
    chain.ids.forEach((id, index) => links.set(id, { easier: index > 0 ? (chain.ids[index - 1] ?? null) : null, harder: chain.ids[index + 1] ?? null }));
  }
  const exercises = Object.values(files)
    .flat()
    .map((exercise) => ({ ...exercise, progression: links.get(exercise.id) ?? { easier: null, harder: null } }));
  const ids = Object.fromEntries(Object.entries(files).map(([file, seeded]) => [file, seeded.map((e) => e.id)]));
  return { exercises, files: ids as CatalogData['files'], chains: [...progressionChains] };
}
