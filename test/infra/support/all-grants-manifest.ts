import type { Grant, Manifest } from '../../../infra/manifest-types';
import { fixtureManifest } from '../../fixtures/runtime/manifest';

const [route] = fixtureManifest.routes;
const [queue] = fixtureManifest.queues;

export const everyGrant: Grant[] = [
  'table:read',
  'table:write',
  `queue:${queue!.name}:send`,
  `queue:${queue!.name}:read`,
  'bucket:illustrations:read',
  'bucket:illustrations:write',
  'secret:openai:read',
  'secret:wearables:read',
  'kms:wearables',
  'cognito:admin',
];

/** The fixture manifest, with its route holding every kind of grant. */
export const allGrantsManifest: Manifest = {
  ...fixtureManifest,
  routes: [{ ...route!, grants: everyGrant }],
};
