import { FORGE_STREAM_READER } from '../../infra/manifest/forge-consumers';
import { membersOf } from '../../infra/manifest/stream-consumers';
import { streamDispatcher } from '../../shared/stream/dispatcher';

/** Reader of the table stream for Forge's consumers (members and filters: the manifest). */
export const handler = streamDispatcher(membersOf(FORGE_STREAM_READER), {
  'sync-training-sessions': () => import('../forge/sync-training-sessions'),
  'apply-activity-changes': () => import('../forge/apply-activity-changes'),
});
