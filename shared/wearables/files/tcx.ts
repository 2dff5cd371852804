import { child, children, dateOf, leaf, numberOf, parseXml, xmlText } from './xml';
import { WorkoutFileError, type ParsedActivity } from './workout-file';

/**
 * A TCX (Garmin Training Center) file: the first activity, its laps summed (time, distance,
 * calories), max of the laps' max HR, the time-weighted average left to the samples, and each
 * trackpoint's `HeartRateBpm/Value`.
 */
export function parseTcx(bytes: Uint8Array): ParsedActivity {
  const root = child(parseXml('tcx', 'TrainingCenterDatabase', bytes), 'TrainingCenterDatabase');
  if (!root) throw new WorkoutFileError('corrupt_file', 'This is not a TCX file: it has no TrainingCenterDatabase element.');
  const activity = children(child(root, 'Activities'), 'Activity')[0];
  if (!activity) throw new WorkoutFileError('no_activity', 'The TCX file holds no activity (it may be a course or a workout plan).');
  const laps = children(activity, 'Lap');
  const sum = (name: string) => {
    const values = laps.map((lap) => numberOf(leaf(lap, name))).filter((value): value is number => value !== null);
    return values.length > 0 ? values.reduce((a, b) => a + b, 0) : null;
  };
  const lapMaxima = laps.map((lap) => numberOf(leaf(child(lap, 'MaximumHeartRateBpm'), 'Value'))).filter((v): v is number => v !== null);
  const points = laps.flatMap((lap) =>
    children(lap, 'Track').flatMap((track) =>
      children(track, 'Trackpoint').flatMap((point) => {
        const t = dateOf(leaf(point, 'Time'));
        return t ? [{ t, bpm: numberOf(leaf(child(point, 'HeartRateBpm'), 'Value')) }] : [];
      }),
    ),
  );
  const distanceM = sum('DistanceMeters');
  return {
    sport: typeof activity['@Sport'] === 'string' ? xmlText(activity['@Sport']) : null,
    title: null,
    startAt: dateOf(laps[0]?.['@StartTime']) ?? dateOf(leaf(activity, 'Id')),
    elapsedSec: sum('TotalTimeSeconds'),
    calories: sum('Calories'),
    distanceKm: distanceM === null ? null : distanceM / 1000,
    avgHr: null,
    maxHr: lapMaxima.length > 0 ? Math.max(...lapMaxima) : null,
    points,
  };
}
