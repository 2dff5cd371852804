/** Coaches: the shared prescription contract, the context, catalog checks and the offline coach. */
export * from './prescription';
export * from './context';
export * from './check';
export { offlineCoach } from './offline';
export * from './planned-duration';
