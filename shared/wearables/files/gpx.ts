import { child, children, dateOf, leaf, numberOf, parseXml, xmlText } from './xml';
import { WorkoutFileError, type ParsedActivity } from './workout-file';

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres between two points (haversine). */
export function haversineM(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A GPX track: the first track's name and type, its points' times and heart rate (Garmin's
 * TrackPointExtension `hr`, any namespace prefix), and the distance along its segments. GPX has
 * no summary, so the window is first → last point and calories are left to the HR estimate.
 */
export function parseGpx(bytes: Uint8Array): ParsedActivity {
  const root = child(parseXml('gpx', 'gpx', bytes), 'gpx');
  if (!root) throw new WorkoutFileError('corrupt_file', 'This is not a GPX file: it has no gpx element.');
  const track = children(root, 'trk')[0];
  if (!track) throw new WorkoutFileError('no_activity', 'The GPX file holds no track (routes and waypoints are not activities).');
  let distanceM = 0;
  const points: ParsedActivity['points'] = [];
  for (const segment of children(track, 'trkseg')) {
    let previous: { lat: number; lon: number } | null = null;
    for (const point of children(segment, 'trkpt')) {
      const lat = numberOf(point['@lat']);
      const lon = numberOf(point['@lon']);
      if (lat !== null && lon !== null) {
        if (previous) distanceM += haversineM(previous, { lat, lon });
        previous = { lat, lon };
      }
      const t = dateOf(leaf(point, 'time'));
      const extension = child(child(point, 'extensions'), 'TrackPointExtension') ?? child(point, 'extensions');
      if (t) points.push({ t, bpm: numberOf(leaf(extension, 'hr')) });
    }
  }
  return {
    sport: xmlText(leaf(track, 'type')),
    title: xmlText(leaf(track, 'name')),
    startAt: null,
    elapsedSec: null,
    calories: null,
    distanceKm: distanceM > 0 ? distanceM / 1000 : null,
    avgHr: null,
    maxHr: null,
    points,
  };
}
