import {
  activityIdParams,
  activityListResponse,
  activityResponse,
  dayQuery,
  dayResponse,
  historyQuery,
  insightsQuery,
  insightsResponse,
  manualActivityBody,
  manualActivityPatchBody,
  progressionQuery,
  progressionResponse,
} from '../../functions/forge/schemas';
import type { HttpRoute } from '../manifest-types';

// The profile is created with defaults on a first read, so routes that need the time zone also write.
const readWrite = ['table:read', 'table:write'] as HttpRoute['grants'];
const tags = ['forge'];

/** Forge Énergétique: reads activities and day aggregates only; manual activities are its only writes. */
export const forgeRoutes: HttpRoute[] = [
  {
    name: 'get-forge-day',
    method: 'GET',
    path: '/forge/day',
    handler: 'functions/forge/get-day.ts',
    access: 'user',
    grants: readWrite,
    contract: {
      summary: "A day's totals (all sources, per source, synced sessions) and its activities; live (no-store)",
      tags,
      query: dayQuery,
      responses: { 200: { description: 'The day', schema: dayResponse } },
    },
  },
  {
    name: 'list-forge-activities',
    method: 'GET',
    path: '/forge/activities',
    handler: 'functions/forge/list-activities.ts',
    access: 'user',
    grants: readWrite,
    contract: {
      summary: 'Activity history of all sources, newest first (5 min client cache)',
      tags,
      query: historyQuery,
      responses: { 200: { description: 'A page of activities', schema: activityListResponse } },
    },
  },
  {
    name: 'create-manual-activity',
    method: 'POST',
    path: '/forge/manual-activities',
    handler: 'functions/forge/create-manual-activity.ts',
    access: 'user',
    grants: readWrite,
    contract: {
      summary: 'Log a manual activity',
      tags,
      body: manualActivityBody,
      responses: { 201: { description: 'Created (see id)', schema: activityResponse } },
    },
  },
  {
    name: 'patch-manual-activity',
    method: 'PATCH',
    path: '/forge/manual-activities/{id}',
    handler: 'functions/forge/patch-manual-activity.ts',
    access: 'user',
    grants: readWrite,
    contract: {
      summary: 'Edit a manual activity (synced and wearable activities are read-only)',
      tags,
      params: activityIdParams,
      body: manualActivityPatchBody,
      responses: {
        200: { description: 'Updated activity', schema: activityResponse },
        404: { description: 'No such activity of yours' },
        409: { description: 'Read-only (synced from Training or imported from a wearable), or changed meanwhile' },
      },
    },
  },
  {
    name: 'delete-manual-activity',
    method: 'DELETE',
    path: '/forge/manual-activities/{id}',
    handler: 'functions/forge/delete-manual-activity.ts',
    access: 'user',
    grants: readWrite,
    contract: {
      summary: 'Delete a manual activity',
      tags,
      params: activityIdParams,
      responses: {
        204: { description: 'Deleted' },
        404: { description: 'No such activity of yours' },
        409: { description: 'Read-only: delete the session in Training, or disconnect the wearable' },
      },
    },
  },
  {
    name: 'get-forge-insights',
    method: 'GET',
    path: '/forge/insights',
    handler: 'functions/forge/get-insights.ts',
    access: 'user',
    grants: readWrite,
    contract: {
      summary: 'Last 7 or 30 days against the period before: totals, share per source, trends',
      tags,
      query: insightsQuery,
      responses: { 200: { description: 'Insights', schema: insightsResponse } },
    },
  },
  {
    name: 'get-forge-progression',
    method: 'GET',
    path: '/forge/progression',
    handler: 'functions/forge/get-progression.ts',
    access: 'user',
    grants: readWrite,
    contract: {
      summary: 'Weekly (week, month) or monthly (quarter) series of the day totals',
      tags,
      query: progressionQuery,
      responses: { 200: { description: 'Progression', schema: progressionResponse } },
    },
  },
];
