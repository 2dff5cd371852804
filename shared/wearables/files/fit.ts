import { finite, positive, WorkoutFileError, type ParsedActivity } from './workout-file';

interface FitRecord {
  timestamp?: Date;
  heart_rate?: number;
}
interface FitSession {
  start_time?: Date;
  total_elapsed_time?: number;
  total_distance?: number;
  total_calories?: number;
  avg_heart_rate?: number;
  max_heart_rate?: number;
  sport?: string | number;
  sub_sport?: string | number;
}

/** The parser's complaints that mean the file stops early rather than being garbage. */
const TRUNCATION = /exceeds input length|too small|too_small|unexpected end/i;

/** A FIT activity file (the first session's summary and every record's heart rate), via fit-file-parser (MIT). */
export async function parseFit(bytes: Uint8Array): Promise<ParsedActivity> {
  // Loaded on the first FIT file only (~260 KB): TCX and GPX imports and cold starts never read it.
  const { default: FitParser } = await import('fit-file-parser');
  let parsed: { records?: FitRecord[]; sessions?: FitSession[]; file_ids?: Array<{ type?: string | number }> };
  try {
    parsed = await new FitParser({ force: false, lengthUnit: 'km', speedUnit: 'km/h', mode: 'list' }).parseAsync(Buffer.from(bytes));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (TRUNCATION.test(detail)) throw new WorkoutFileError('truncated_file', "The FIT file ends early: upload the complete file.");
    throw new WorkoutFileError('corrupt_file', `This is not a readable FIT file (${detail}).`);
  }
  const fileType = parsed.file_ids?.[0]?.type;
  if (fileType !== undefined && fileType !== 'activity') {
    throw new WorkoutFileError('no_activity', `The FIT file is a "${String(fileType)}" file, not an activity.`);
  }
  const session = parsed.sessions?.[0];
  const sport = typeof session?.sport === 'string' ? session.sport : null;
  const subSport = typeof session?.sub_sport === 'string' && session.sub_sport !== 'generic' ? session.sub_sport : null;
  return {
    // FIT files name strength or HIIT as sport "training" with the detail in sub_sport.
    sport: sport === null || sport === 'training' || sport === 'generic' ? (subSport ?? sport) : sport,
    title: null,
    startAt: session?.start_time instanceof Date ? session.start_time : null,
    elapsedSec: positive(session?.total_elapsed_time),
    calories: positive(session?.total_calories),
    distanceKm: positive(session?.total_distance),
    avgHr: positive(session?.avg_heart_rate),
    maxHr: positive(session?.max_heart_rate),
    points: (parsed.records ?? []).flatMap((record) =>
      record.timestamp instanceof Date ? [{ t: record.timestamp, bpm: finite(record.heart_rate) }] : [],
    ),
  };
}
