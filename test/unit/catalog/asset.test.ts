import { describe, expect, it } from 'vitest';
import { catalogAssetJson } from '../../../infra/bundling';
import { catalog, catalogFiles, getExercise, progressionChains } from '../../../shared/domain/catalog';
import { progressionChains as writtenChains } from '../../../shared/domain/catalog/chains';
import { parseCatalogAsset, readCatalogAsset } from '../../../shared/domain/catalog/asset';
import { buildCatalogFromSeeds } from '../../../shared/domain/catalog/seeds';

describe('the exercise catalog as Lambda bundles read it (JSON generated from the seeds)', () => {
  const asset = parseCatalogAsset(catalogAssetJson(), 'generated');

  it('deep-equals the catalog built from the seeds, nothing lost in JSON', () => {
    expect(asset.exercises).toStrictEqual(catalog);
    expect(asset.files).toStrictEqual(catalogFiles);
    expect(asset.chains).toStrictEqual(progressionChains);
    expect(asset.chains).toStrictEqual(writtenChains);
    expect(asset).toStrictEqual(buildCatalogFromSeeds());
  });

  it('keeps ids, names and the progression links of the chains', () => {
    const byId = new Map(asset.exercises.map((exercise) => [exercise.id, exercise]));
    expect([...byId.keys()]).toEqual(catalog.map((e) => e.id));
    expect(byId.get('push-up')!.progression).toEqual({ easier: 'knee-push-up', harder: 'diamond-push-up' });
    expect(byId.get('wall-push-up')!.progression.easier).toBeNull();
    expect(byId.get('sled-push')!.name).toEqual({ en: 'Sled push', fr: 'Poussée de traîneau' });
    for (const exercise of asset.exercises) expect(exercise).toStrictEqual(getExercise(exercise.id));
  });

  it('lists each exercise in exactly one data file, in catalog order', () => {
    expect(Object.values(asset.files).flat()).toEqual(catalog.map((e) => e.id));
    expect(asset.files.hyrox).toContain('sled-push');
    expect(asset.files.cardio).toEqual(expect.arrayContaining(['easy-run', 'row-erg', 'ski-erg']));
  });

  it('refuses a file that is not a catalog, naming it', () => {
    expect(() => parseCatalogAsset('{"exercises":[]}', 'x.json')).toThrow(/x\.json is not an exercise catalog/);
    expect(() => parseCatalogAsset('null', 'x.json')).toThrow(/x\.json is not an exercise catalog/);
    expect(() => parseCatalogAsset(JSON.stringify({ exercises: asset.exercises, files: asset.files }), 'x.json')).toThrow(/x\.json is not an exercise catalog/);
    const oneMissing = { ...asset, files: { ...asset.files, hyrox: [] } };
    expect(() => parseCatalogAsset(JSON.stringify(oneMissing), 'x.json')).toThrow(`files list ${catalog.length - asset.files.hyrox.length} exercises, it holds ${catalog.length}`);
  });

  it('says where it looked when the file is missing', () => {
    expect(() => readCatalogAsset('no-such-catalog.json')).toThrow(/exercise catalog not found \(looked for .*no-such-catalog\.json/);
  });
});
