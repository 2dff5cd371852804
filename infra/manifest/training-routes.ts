import * as z from 'zod';
import {
  completeSessionBody,
  createSessionBody,
  createSessionResponse,
  historyQuery,
  logSetBody,
  patchSessionBody,
  sessionIdParams,
  sessionListResponse,
  sessionResponse,
} from '../../functions/training/schemas';
import { goalIdParams, goalListQuery } from '../../functions/goals/schemas';
import { locationIdParams, locationListQuery } from '../../functions/locations/schemas';
import { snapshotBody, snapshotResponse } from '../../functions/training/schemas';
import { goalCreateSchema, goalSchema, goalUpdateSchema } from '../../shared/domain/training/goal';
import { locationCreateSchema, locationSchema, locationUpdateSchema } from '../../shared/domain/training/location';
import { personalRecordSchema } from '../../shared/domain/training/personal-record';
import { loggedSetSchema } from '../../shared/domain/training/session';
import { todaySchema } from '../../shared/domain/training/today';
import type { HttpRoute, ScheduleEntry, StreamConsumer } from '../manifest-types';

const readWrite = ['table:read', 'table:write'] as HttpRoute['grants'];
const tags = ['training'];

export const trainingRoutes: HttpRoute[] = [
  {
    name: 'create-session',
    method: 'POST',
    path: '/training/sessions',
    handler: 'functions/training/create-session.ts',
    access: 'user',
    grants: [...readWrite, 'secret:openai:read'],
    // Below API Gateway's 29 s integration limit; the OpenAI attempt keeps 4 s for the offline fallback.
    timeoutSeconds: 29,
    contract: {
      summary: 'Create a draft session: from your own exercises (`exercises`), or written by a coach (OpenAI or the offline coach)',
      tags,
      body: createSessionBody,
      responses: {
        201: { description: 'Draft session; coach-generated ones carry `generation` (provider, why offline, AI budget, tokens)', schema: createSessionResponse },
        404: { description: 'locationId is not one of your locations' },
      },
    },
  },
  {
    name: 'list-sessions',
    method: 'GET',
    path: '/training/sessions',
    handler: 'functions/training/list-sessions.ts',
    access: 'user',
    grants: readWrite,
    contract: { summary: 'Session history, newest first', tags, query: historyQuery, responses: { 200: { description: 'A page of sessions', schema: sessionListResponse } } },
  },
  {
    name: 'get-session',
    method: 'GET',
    path: '/training/sessions/{id}',
    handler: 'functions/training/get-session.ts',
    access: 'user',
    grants: ['table:read'],
    contract: { summary: 'One session', tags, params: sessionIdParams, responses: { 200: { description: 'Session', schema: sessionResponse }, 404: { description: 'No such session of yours' } } },
  },
  {
    name: 'patch-session',
    method: 'PATCH',
    path: '/training/sessions/{id}',
    handler: 'functions/training/patch-session.ts',
    access: 'user',
    grants: readWrite,
    contract: {
      summary: "Edit title/notes, or a completed session's reported RPE and duration",
      tags,
      params: sessionIdParams,
      body: patchSessionBody,
      responses: { 200: { description: 'Session', schema: sessionResponse }, 404: { description: 'No such session' }, 409: { description: 'Not allowed in this status, or changed meanwhile' } },
    },
  },
  {
    name: 'delete-session',
    method: 'DELETE',
    path: '/training/sessions/{id}',
    handler: 'functions/training/delete-session.ts',
    access: 'user',
    grants: readWrite,
    contract: { summary: 'Delete a session (its Forge activity goes too)', tags, params: sessionIdParams, responses: { 204: { description: 'Deleted' }, 404: { description: 'No such session' } } },
  },
  {
    name: 'start-session',
    method: 'POST',
    path: '/training/sessions/{id}/start',
    handler: 'functions/training/start-session.ts',
    access: 'user',
    grants: readWrite,
    contract: { summary: 'Start a draft session', tags, params: sessionIdParams, responses: { 200: { description: 'Active session', schema: sessionResponse }, 409: { description: 'Not a draft' } } },
  },
  {
    name: 'log-set',
    method: 'POST',
    path: '/training/sessions/{id}/sets',
    handler: 'functions/training/log-set.ts',
    access: 'user',
    grants: readWrite,
    contract: {
      summary: 'Log a set (idempotent by set id)',
      tags,
      params: sessionIdParams,
      body: logSetBody,
      responses: {
        201: { description: 'Logged', schema: z.object({ set: loggedSetSchema, session: sessionResponse }) },
        200: { description: 'Already logged (retry)', schema: z.object({ set: loggedSetSchema, session: sessionResponse }) },
        409: { description: 'Session not active' },
      },
    },
  },
  {
    name: 'complete-session',
    method: 'POST',
    path: '/training/sessions/{id}/complete',
    handler: 'functions/training/complete-session.ts',
    access: 'user',
    grants: readWrite,
    contract: {
      summary: 'Complete an active session: metrics, calories, load and records',
      tags,
      params: sessionIdParams,
      body: completeSessionBody,
      responses: { 200: { description: 'Completed session', schema: sessionResponse }, 409: { description: 'Not active, or changed meanwhile' } },
    },
  },
  {
    name: 'put-snapshot',
    method: 'PUT',
    path: '/training/sessions/{id}/snapshot',
    handler: 'functions/training/put-snapshot.ts',
    access: 'user',
    grants: readWrite,
    contract: {
      summary: 'Save the live-session recovery point (version-guarded)',
      tags,
      params: sessionIdParams,
      body: snapshotBody,
      responses: { 200: { description: 'Snapshot', schema: snapshotResponse }, 409: { description: 'Stale version or finished session' } },
    },
  },
  {
    name: 'delete-snapshot',
    method: 'DELETE',
    path: '/training/sessions/{id}/snapshot',
    handler: 'functions/training/delete-snapshot.ts',
    access: 'user',
    grants: readWrite,
    contract: { summary: 'Forget the recovery point', tags, params: sessionIdParams, responses: { 204: { description: 'Gone' } } },
  },
  {
    name: 'get-recovery',
    method: 'GET',
    path: '/training/recovery',
    handler: 'functions/training/get-recovery.ts',
    access: 'user',
    grants: ['table:read'],
    contract: { summary: 'Latest snapshot under 24 h, or 204', tags, responses: { 200: { description: 'Snapshot', schema: snapshotResponse }, 204: { description: 'Nothing to resume' } } },
  },
  {
    name: 'get-today',
    method: 'GET',
    path: '/training/today',
    handler: 'functions/training/get-today.ts',
    access: 'user',
    grants: readWrite,
    contract: { summary: "Open sessions, goals, locations, devices, today's training stats, readiness and ACWR", tags, responses: { 200: { description: 'Today', schema: todaySchema } } },
  },
  {
    name: 'get-records',
    method: 'GET',
    path: '/training/records',
    handler: 'functions/training/get-records.ts',
    access: 'user',
    grants: ['table:read'],
    contract: { summary: 'Personal records', tags, responses: { 200: { description: 'Records', schema: z.object({ items: z.array(personalRecordSchema) }) } } },
  },
  ...crud('goal', 'goals', { idParams: goalIdParams, listQuery: goalListQuery, create: goalCreateSchema, update: goalUpdateSchema, item: goalSchema }),
  ...crud('location', 'locations', { idParams: locationIdParams, listQuery: locationListQuery, create: locationCreateSchema, update: locationUpdateSchema, item: locationSchema }),
];

/** List, create, patch and delete routes of a simple per-user collection under /training. */
function crud(
  singular: string,
  plural: string,
  schemas: { idParams: z.ZodType; listQuery: z.ZodType; create: z.ZodType; update: z.ZodType; item: z.ZodType },
): HttpRoute[] {
  const base = `/training/${plural}`;
  const page = z.object({ items: z.array(schemas.item), nextCursor: z.string().optional() });
  const route = (name: string, method: HttpRoute['method'], path: string, contract: HttpRoute['contract']): HttpRoute => ({
    name, method, path, handler: `functions/${plural}/${name}.ts`, access: 'user', grants: readWrite, contract,
  });
  return [
    route(`list-${plural}`, 'GET', base, { summary: `Your ${plural}`, tags, query: schemas.listQuery, responses: { 200: { description: plural, schema: page } } }),
    route(`create-${singular}`, 'POST', base, { summary: `Add a ${singular}`, tags, body: schemas.create, responses: { 201: { description: 'Created', schema: schemas.item } } }),
    route(`patch-${singular}`, 'PATCH', `${base}/{id}`, { summary: `Change a ${singular}`, tags, params: schemas.idParams, body: schemas.update, responses: { 200: { description: 'Updated', schema: schemas.item }, 404: { description: 'Not yours or gone' } } }),
    route(`delete-${singular}`, 'DELETE', `${base}/{id}`, { summary: `Delete a ${singular}`, tags, params: schemas.idParams, responses: { 204: { description: 'Deleted' }, 404: { description: 'Not yours or gone' } } }),
  ];
}

/** Keeps day totals, records, goals and insight caches in step with completed sessions. */
export const trainingStreamConsumers: StreamConsumer[] = [
  {
    name: 'project-session-changes',
    handler: 'functions/training/project-session-changes.ts',
    filters: [
      { eventName: ['INSERT', 'MODIFY'], dynamodb: { NewImage: { entity: { S: ['trainingSession'] }, status: { S: ['completed'] } } } },
      { eventName: ['REMOVE'], dynamodb: { OldImage: { entity: { S: ['trainingSession'] }, status: { S: ['completed'] } } } },
    ],
    batchSize: 25,
    maxRetries: 5,
    grants: ['table:read', 'table:write'],
  },
];

export const trainingSchedules: ScheduleEntry[] = [
  {
    name: 'daily-cleanup',
    handler: 'functions/training/cleanup-job.ts',
    expression: 'cron(30 3 * * ? *)',
    description: 'Delete recovery snapshots older than 7 days or of finished sessions',
    grants: ['table:read', 'table:write'],
    timeoutSeconds: 300,
  },
];
