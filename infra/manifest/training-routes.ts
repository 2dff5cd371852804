import * as z from 'zod';
import {
  customSessionBody,
  historyQuery,
  logSetBody,
  patchSessionBody,
  sessionIdParams,
  sessionListResponse,
  sessionResponse,
} from '../../functions/training/schemas';
import { loggedSetSchema } from '../../shared/domain/training/session';
import type { HttpRoute } from '../manifest-types';

const readWrite = ['table:read', 'table:write'] as HttpRoute['grants'];
const tags = ['training'];

export const trainingRoutes: HttpRoute[] = [
  {
    name: 'create-session',
    method: 'POST',
    path: '/training/sessions',
    handler: 'functions/training/create-session.ts',
    access: 'user',
    grants: readWrite,
    contract: {
      summary: 'Create a draft session from your own exercises',
      tags,
      body: customSessionBody,
      responses: { 201: { description: 'Draft session', schema: sessionResponse } },
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
];
