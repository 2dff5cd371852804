import { route as deleteMe } from '../functions/account/delete-me.route';
import { route as exportMe } from '../functions/account/export-me.route';
import { route as getAdminQueues } from '../functions/admin/get-queues.route';
import { route as getEnrichment } from '../functions/enrichment/get-enrichment.route';
import { route as listExercises } from '../functions/exercises/list-exercises.route';
import { route as createManualActivity } from '../functions/forge/create-manual-activity.route';
import { route as deleteManualActivity } from '../functions/forge/delete-manual-activity.route';
import { route as getForgeDay } from '../functions/forge/get-day.route';
import { route as getForgeInsights } from '../functions/forge/get-insights.route';
import { route as getForgeProgression } from '../functions/forge/get-progression.route';
import { route as listForgeActivities } from '../functions/forge/list-activities.route';
import { route as patchManualActivity } from '../functions/forge/patch-manual-activity.route';
import { route as createGoal } from '../functions/goals/create-goal.route';
import { route as deleteGoal } from '../functions/goals/delete-goal.route';
import { route as listGoals } from '../functions/goals/list-goals.route';
import { route as patchGoal } from '../functions/goals/patch-goal.route';
import { route as getHealth } from '../functions/health/get-health.route';
import { route as getInsights } from '../functions/insights/get-insights.route';
import { route as getProgression } from '../functions/insights/get-progression.route';
import { route as createLocation } from '../functions/locations/create-location.route';
import { route as deleteLocation } from '../functions/locations/delete-location.route';
import { route as listLocations } from '../functions/locations/list-locations.route';
import { route as patchLocation } from '../functions/locations/patch-location.route';
import { route as getOpenapi } from '../functions/openapi/get-openapi.route';
import { route as getMe } from '../functions/profile/get-me.route';
import { route as putMe } from '../functions/profile/put-me.route';
import { route as completeSession } from '../functions/training/complete-session.route';
import { route as createSession } from '../functions/training/create-session.route';
import { route as deleteSession } from '../functions/training/delete-session.route';
import { route as deleteSnapshot } from '../functions/training/delete-snapshot.route';
import { route as getRecords } from '../functions/training/get-records.route';
import { route as getRecovery } from '../functions/training/get-recovery.route';
import { route as getSession } from '../functions/training/get-session.route';
import { route as getToday } from '../functions/training/get-today.route';
import { route as importSessions } from '../functions/training/import-sessions.route';
import { route as listSessions } from '../functions/training/list-sessions.route';
import { route as logSet } from '../functions/training/log-set.route';
import { route as patchSession } from '../functions/training/patch-session.route';
import { route as putSnapshot } from '../functions/training/put-snapshot.route';
import { route as startSession } from '../functions/training/start-session.route';
import { route as swapExercise } from '../functions/training/swap-exercise.route';
import { enrichmentQueues } from './manifest/enrichment';
import { illustrationQueues, illustrationRoutes, illustrationSchedules } from './manifest/illustrations';
import { streamConsumers, streamReaders } from './manifest/stream-consumers';
import { trainingSchedules } from './manifest/training';
import { wearableImportQueues, wearableImportRoutes } from './manifest/wearable-imports';
import { wearableRoutes, wearableSchedules } from './manifest/wearables';
import type { Manifest } from './manifest-types';

/**
 * The map of the system: every HTTP route, stream consumer and reader, queue and schedule.
 * infra/cdk builds AWS resources from it; infra/local runs the same handlers from it.
 * Each route is defined beside its handler (`functions/<capability>/<name>.route.ts`), which
 * validates its requests against the same contract.
 */
export const manifest: Manifest = {
  routes: [
    // System and profile
    getHealth, getOpenapi, getMe, putMe, exportMe, deleteMe,
    // Atelier Training
    createSession, listSessions, getSession, patchSession, deleteSession, startSession, logSet, swapExercise, completeSession,
    putSnapshot, deleteSnapshot, getRecovery, getToday, getRecords, listGoals, createGoal, patchGoal, deleteGoal,
    listLocations, createLocation, patchLocation, deleteLocation, getEnrichment, listExercises, getInsights,
    getProgression, importSessions,
    // Forge Énergétique: reads activities and day aggregates; manual activities are its only writes
    getForgeDay, listForgeActivities, createManualActivity, patchManualActivity, deleteManualActivity,
    getForgeInsights, getForgeProgression,
    // Illustrations (global library, generated on demand)
    ...illustrationRoutes,
    // Wearables: workout-file imports
    ...wearableRoutes,
    ...wearableImportRoutes,
    // Administration
    getAdminQueues,
  ],
  // Six consumers, two readers of the table stream (each reader one function and one event source mapping).
  streamConsumers,
  streamReaders,
  queues: [...enrichmentQueues, ...illustrationQueues, ...wearableImportQueues],
  schedules: [...trainingSchedules, ...illustrationSchedules, ...wearableSchedules],
};
