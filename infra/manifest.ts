import * as z from 'zod';
import { exportQuery } from '../functions/account/schemas';
import { profileSchema, profileUpdateSchema } from '../shared/domain/profile/profile';
import { coachRoutes } from './manifest/coach-routes';
import { forgeConsumers } from './manifest/forge-consumers';
import { forgeRoutes } from './manifest/forge-routes';
import { insightsRoutes } from './manifest/insights-routes';
import { enrichmentQueues, enrichmentRoutes, enrichmentStreamConsumers } from './manifest/enrichment';
import { trainingRoutes, trainingSchedules, trainingStreamConsumers } from './manifest/training-routes';
import type { Manifest } from './manifest-types';

/**
 * The map of the system: every HTTP route, stream consumer, queue and schedule.
 * infra/cdk builds AWS resources from it; infra/local runs the same handlers from it.
 */
export const manifest: Manifest = {
  routes: [
    {
      name: 'get-health',
      method: 'GET',
      path: '/health',
      handler: 'functions/health/get-health.ts',
      access: 'public',
      grants: [],
      contract: {
        summary: 'Liveness check',
        tags: ['system'],
        responses: { 200: { description: 'The API is up', schema: z.object({ status: z.literal('ok') }) } },
      },
    },
    {
      name: 'get-openapi',
      method: 'GET',
      path: '/openapi.json',
      handler: 'functions/openapi/get-openapi.ts',
      access: 'public',
      grants: [],
      contract: {
        summary: 'This API as OpenAPI 3.1',
        tags: ['system'],
        responses: { 200: { description: 'OpenAPI document' } },
      },
    },
    {
      name: 'get-me',
      method: 'GET',
      path: '/me',
      handler: 'functions/profile/get-me.ts',
      access: 'user',
      grants: ['table:read', 'table:write'],
      contract: {
        summary: "The caller's profile, created with defaults on first read",
        tags: ['profile'],
        responses: { 200: { description: 'Profile', schema: profileSchema } },
      },
    },
    {
      name: 'put-me',
      method: 'PUT',
      path: '/me',
      handler: 'functions/profile/put-me.ts',
      access: 'user',
      grants: ['table:read', 'table:write'],
      contract: {
        summary: "Change some of the caller's profile fields",
        tags: ['profile'],
        body: profileUpdateSchema,
        responses: {
          200: { description: 'Updated profile', schema: profileSchema },
          409: { description: 'Changed concurrently; retry' },
          413: { description: 'Body over 1 MB' },
        },
      },
    },
    {
      name: 'export-me',
      method: 'GET',
      path: '/me/export',
      handler: 'functions/account/export-me.ts',
      access: 'user',
      grants: ['table:read'],
      contract: {
        summary: "Everything of the caller's, as JSON or CSV",
        tags: ['profile'],
        query: exportQuery,
        responses: { 200: { description: 'The export (JSON, or text/csv with format=csv)' } },
      },
    },
    {
      name: 'delete-me',
      method: 'DELETE',
      path: '/me',
      handler: 'functions/account/delete-me.ts',
      access: 'user',
      grants: ['table:read', 'table:write', 'cognito:admin'],
      contract: { summary: "Delete all of the caller's data and the account", tags: ['profile'], responses: { 204: { description: 'Deleted' } } },
    },
    ...trainingRoutes,
    ...enrichmentRoutes,
    ...coachRoutes,
    ...insightsRoutes,
    ...forgeRoutes,
  ],
  streamConsumers: [...trainingStreamConsumers, ...enrichmentStreamConsumers, ...forgeConsumers],
  queues: [...enrichmentQueues],
  schedules: [...trainingSchedules],
};
