import { tableContextFromEnv } from '../../shared/db/context';
import { asPreviousRecords, listRecords } from '../../shared/db/entities/personal-record';
import { getProfileCached } from '../../shared/db/entities/profile';
import { getExercise } from '../../shared/domain/catalog';
import { ImportFileError } from '../../shared/domain/imports/errors';
import { parseExport } from '../../shared/domain/imports/parse-export';
import { planImport, plannedIds } from '../../shared/domain/imports/plan-import';
import { httpHandler } from '../../shared/http/http-handler';
import { problems } from '../../shared/http/problem';
import { json } from '../../shared/http/response';
import { athleteFacts } from './athlete';
import type { ImportReport } from './import-schemas';
import { existingSessionIds, putImportedSessions } from './import-store';
import { route } from './import-sessions.route';

const ctx = tableContextFromEnv();

/**
 * POST /training/imports: reads the export, maps its exercise names onto the catalog, and creates
 * one completed session per workout not imported before (ids derived from the workout, so a
 * second import of the same file adds nothing). Records, day totals and Forge activities follow
 * from the table's stream, as for a session completed live.
 */
export const handler = httpHandler(route, async ({ caller, body }) => {
  const mapping = body.mapping ?? {};
  const unknown = Object.entries(mapping).filter(([, exerciseId]) => !getExercise(exerciseId));
  if (unknown.length) {
    throw problems.validation(
      unknown.map(([name, exerciseId]) => ({ path: `body.mapping.${name}`, code: 'unknown_exercise', params: { exerciseId }, message: `"${exerciseId}" is not in the exercise catalog (GET /exercises lists it)` })),
    );
  }
  const [profile, records] = await Promise.all([getProfileCached(ctx.tableName, caller.userId, caller.email), listRecords(ctx, caller.userId)]);

  let parsed;
  try {
    parsed = parseExport(body.csv, { format: body.format, unit: body.unit ?? null, defaultUnit: profile.units === 'imperial' ? 'lb' : 'kg', timeZone: profile.timeZone });
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    throw problems.validation([{ path: 'body.csv', code: 'invalid', params: { line: error.line }, message: error.message }], `The file cannot be imported: ${error.message}.`);
  }

  const now = new Date();
  const existingIds = await existingSessionIds(ctx, caller.userId, plannedIds(parsed, caller.userId));
  const plan = planImport(parsed, { userId: caller.userId, timeZone: profile.timeZone, mapping, athlete: athleteFacts(profile, now), previousRecords: asPreviousRecords(records), existingIds, now });
  const { written, alreadyThere } = await putImportedSessions(ctx, plan.sessions.map(({ session }) => session));

  const raced = new Set(alreadyThere);
  const report: ImportReport = {
    format: parsed.format,
    unit: parsed.unit,
    unitSource: parsed.unitSource,
    workouts: parsed.workouts.length,
    imported: written.length,
    sessions: plan.sessions.map(({ session }) => session.id).filter((id) => !raced.has(id)),
    skipped: [
      ...plan.skipped,
      ...plan.sessions.filter(({ session }) => raced.has(session.id)).map(({ session, workout }) => ({
        workout,
        reason: 'already_imported' as const,
        detail: `session ${session.id} was written by another import meanwhile`,
      })),
    ],
    unmapped: plan.unmapped,
  };
  return json(200, report);
});
