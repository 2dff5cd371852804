/**
 * The `entity` values the table stream's consumers filter on, in a module that imports nothing:
 * the stream reader bundles (functions/streams/) read their members' filters at init, and
 * importing these names from the entity modules would pull every schema into them.
 */
export const TRAINING_SESSION_ENTITY = 'trainingSession';
export const ACTIVITY_ENTITY = 'activity';
export const SESSION_WEARABLE_ENTITY = 'sessionWearable';
