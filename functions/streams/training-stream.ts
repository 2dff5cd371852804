import { membersOf, TRAINING_STREAM_READER } from '../../infra/manifest/stream-consumers';
import { streamDispatcher } from '../../shared/stream/dispatcher';

/** Reader of the table stream for the Training-side consumers (members and filters: the manifest). */
export const handler = streamDispatcher(membersOf(TRAINING_STREAM_READER), {
  'project-session-changes': () => import('../training/project-session-changes'),
  'enqueue-enrichment': () => import('../enrichment/enqueue-enrichment'),
  'queue-illustrations': () => import('../illustrations/queue-illustrations'),
  'match-completed-sessions': () => import('../wearables/match-completed-sessions'),
});
