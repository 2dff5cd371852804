import type { HttpRoute } from '../../infra/manifest-types';
import { sessionIdParams } from '../training/schemas';
import { sessionWearableAnswer } from './schemas';

export const route = {
  name: 'get-session-wearable',
  method: 'GET',
  path: '/training/sessions/{id}/wearable',
  handler: 'functions/wearables/get-session-wearable.ts',
  access: 'user',
  grants: ['table:read'],
  contract: {
    summary: "Heart rate of the wearable workout linked to a session: min/avg/max, time in zones Z1–Z5 (and their bpm), effort, data quality, chart series",
    tags: ['training', 'wearables'],
    params: sessionIdParams,
    responses: { 200: { description: 'Linked workout metrics', schema: sessionWearableAnswer }, 204: { description: 'No wearable workout linked to this session of yours (or no such session)' } },
  },
} satisfies HttpRoute;
