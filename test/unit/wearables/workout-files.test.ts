import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImportObjectKey, importObjectKey } from '../../../shared/domain/wearables/import-job';
import { formatFromFileName, parseWorkoutFile, WorkoutFileError, type WorkoutFileErrorCode, type WorkoutFileFormat } from '../../../shared/wearables/files';
import { haversineM } from '../../../shared/wearables/files/gpx';
import { FIT_SPORT, fitFile, generateTimeline, gpxFile, tcxFile } from '../../fixtures/wearables/workout-files';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/wearables', name)));

async function failure(format: WorkoutFileFormat, bytes: Uint8Array): Promise<{ code: WorkoutFileErrorCode; message: string }> {
  try {
    await parseWorkoutFile(format, bytes);
  } catch (error) {
    if (error instanceof WorkoutFileError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('workout files: the fixtures as workouts', () => {
  it('reads the FIT run: session summary, window, every record with HR (the 20 s dropout has none)', async () => {
    const workout = await parseWorkoutFile('fit', fixture('run-45min.fit'));
    expect(workout).toMatchObject({
      type: 'running',
      startAt: '2026-03-02T07:00:00.000Z',
      endAt: '2026-03-02T07:45:00.000Z',
      calories: 520,
      distanceKm: 8.097,
    });
    expect(workout.samples).toHaveLength(45 * 60 - 20);
    expect(workout.samples[0]).toEqual({ t: '2026-03-02T07:00:00.000Z', bpm: expect.any(Number) });
    expect(workout.maxHr).toBe(Math.max(...workout.samples.map((s) => s.bpm)));
    expect(workout.externalId).toMatch(/^fit-[0-9a-f]{32}$/);
  });

  it('reads the TCX ride: laps summed (time, calories, distance), max of the laps, trackpoint HR', async () => {
    const workout = await parseWorkoutFile('tcx', fixture('ride-20min.tcx'));
    expect(workout).toMatchObject({ type: 'biking', startAt: '2026-03-03T17:30:00.000Z', endAt: '2026-03-03T17:50:00.000Z', calories: 240, distanceKm: 3.6 });
    expect(workout.samples).toHaveLength(400);
    expect(workout.maxHr).toBe(Math.max(...workout.samples.map((s) => s.bpm)));
  });

  it('reads the GPX run: track name and type, gpxtpx:hr, distance along the points, window first → last point', async () => {
    const workout = await parseWorkoutFile('gpx', fixture('run-20min.gpx'));
    expect(workout).toMatchObject({ type: 'running', title: 'Morning run', startAt: '2026-03-04T06:15:00.000Z', endAt: '2026-03-04T06:34:57.000Z', calories: null });
    expect(workout.samples).toHaveLength(400);
    // 3 m/s for 1197 s along a meridian.
    expect(workout.distanceKm).toBeCloseTo(3.591, 2);
  });

  it('gives the same file the same external id, and another file another one', async () => {
    const points = generateTimeline({ start: new Date('2026-03-05T10:00:00Z'), durationSec: 600 });
    const a = fitFile(points, { sport: FIT_SPORT.cycling, calories: 100 });
    const b = fitFile(points, { sport: FIT_SPORT.cycling, calories: 101 });
    expect((await parseWorkoutFile('fit', a)).externalId).toBe((await parseWorkoutFile('fit', a.slice())).externalId);
    expect((await parseWorkoutFile('fit', a)).externalId).not.toBe((await parseWorkoutFile('fit', b)).externalId);
  });

  it('names strength sessions from the FIT sub-sport when the sport is the generic "training"', async () => {
    const points = generateTimeline({ start: new Date('2026-03-05T18:00:00Z'), durationSec: 900 });
    const workout = await parseWorkoutFile('fit', fitFile(points, { sport: FIT_SPORT.training, subSport: 20, calories: null }));
    expect(workout.type).toBe('strength training');
    expect(workout.calories).toBeNull();
  });
});

describe('workout files: what fails, and why', () => {
  it('a FIT file cut short is truncated; a text file is corrupt; nothing is empty', async () => {
    expect(await failure('fit', fixture('truncated.fit'))).toEqual({ code: 'truncated_file', message: 'The FIT file ends early: upload the complete file.' });
    expect((await failure('fit', fixture('not-a-workout.fit'))).code).toBe('corrupt_file');
    expect((await failure('gpx', new Uint8Array())).code).toBe('empty_file');
  });

  it('a FIT file with one flipped byte fails its CRC: corrupt', async () => {
    const bytes = fixture('run-45min.fit');
    bytes[1000] = bytes[1000]! ^ 0xff;
    const { code, message } = await failure('fit', bytes);
    expect(code).toBe('corrupt_file');
    expect(message).toMatch(/CRC/);
  });

  it('XML cut short is truncated; XML that is not TCX/GPX or is broken inside is corrupt', async () => {
    const tcx = fixture('ride-20min.tcx');
    expect((await failure('tcx', tcx.slice(0, tcx.length / 2))).code).toBe('truncated_file');
    const gpx = fixture('run-20min.gpx');
    expect((await failure('gpx', gpx.slice(0, 5000))).code).toBe('truncated_file');
    expect((await failure('tcx', gpx)).code).toBe('corrupt_file');
    expect((await failure('gpx', new TextEncoder().encode('<gpx><trk></gpx></trk>'))).code).toBe('corrupt_file');
    expect((await failure('tcx', fixture('run-45min.fit'))).code).toBe('corrupt_file');
  });

  it('a GPX with only a route, or a TCX without activities, holds no activity', async () => {
    const route = '<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><rte><rtept lat="1" lon="2"/></rte></gpx>';
    expect((await failure('gpx', new TextEncoder().encode(route))).code).toBe('no_activity');
    const course = '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Courses/></TrainingCenterDatabase>';
    expect((await failure('tcx', new TextEncoder().encode(course))).code).toBe('no_activity');
  });

  it('decodes character references in names, and never expands a DTD entity (billion laughs)', async () => {
    const named = '<gpx version="1.1"><trk><name>Run &amp; swim &#233;t&#xE9;</name><trkseg><trkpt lat="1" lon="2"><time>2026-03-01T10:00:00Z</time></trkpt><trkpt lat="1.01" lon="2"><time>2026-03-01T10:10:00Z</time></trkpt></trkseg></trk></gpx>';
    expect((await parseWorkoutFile('gpx', new TextEncoder().encode(named))).title).toBe('Run & swim été');
    const bomb = `<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><gpx><trk><name>&b;</name><trkseg><trkpt lat="1" lon="2"><time>2026-03-01T10:00:00Z</time></trkpt><trkpt lat="1" lon="2"><time>2026-03-01T10:01:00Z</time></trkpt></trkseg></trk></gpx>`;
    expect((await parseWorkoutFile('gpx', new TextEncoder().encode(bomb))).title).toBe('&b;');
  });

  it('a track without times holds no timed activity', async () => {
    const untimed = '<gpx version="1.1"><trk><trkseg><trkpt lat="48.1" lon="2.1"/><trkpt lat="48.2" lon="2.1"/></trkseg></trk></gpx>';
    expect(await failure('gpx', new TextEncoder().encode(untimed))).toMatchObject({ code: 'no_activity' });
  });
});

describe('workout files: helpers', () => {
  it('reads the format from the extension, any case', () => {
    expect(formatFromFileName('Morning Run.FIT')).toBe('fit');
    expect(formatFromFileName('export.tcx')).toBe('tcx');
    expect(formatFromFileName('track.gpx ')).toBe('gpx');
    expect(formatFromFileName('archive.zip')).toBeNull();
    expect(formatFromFileName('fit')).toBeNull();
  });

  it('haversine: one degree of latitude is about 111.2 km', () => {
    expect(haversineM({ lat: 0, lon: 0 }, { lat: 1, lon: 0 }) / 1000).toBeCloseTo(111.19, 1);
  });

  it('an upload key names its owner and job; any other key names nothing', () => {
    const key = importObjectKey('0b5e-42', '01JQ3ZC8W9T9C6W0M8M7YH8XKZ');
    expect(parseImportObjectKey(key)).toEqual({ userId: '0b5e-42', jobId: '01JQ3ZC8W9T9C6W0M8M7YH8XKZ' });
    for (const other of ['imports/u/not-an-id', 'illustrations/abc.webp', 'imports/01JQ3ZC8W9T9C6W0M8M7YH8XKZ', 'imports/a/b/01JQ3ZC8W9T9C6W0M8M7YH8XKZ']) {
      expect(parseImportObjectKey(other)).toBeNull();
    }
  });

  it('the fixture writers make what they claim (TCX and GPX of one timeline parse to the same samples)', async () => {
    const points = generateTimeline({ start: new Date('2026-03-06T08:00:00Z'), durationSec: 300, dropouts: [[100, 110]] });
    const fromTcx = await parseWorkoutFile('tcx', tcxFile(points, { sport: 'Running', calories: 50, stepSec: 1 }));
    const fromGpx = await parseWorkoutFile('gpx', gpxFile(points, { name: 'x', type: 'running' }));
    expect(fromTcx.samples).toEqual(fromGpx.samples);
    expect(fromTcx.samples).toHaveLength(290);
  });
});
