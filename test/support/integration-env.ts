import { inject } from 'vitest';
import { localFunctionEnvironment } from '../../infra/local/runtime/runtime';

// Integration tests call repositories in-process: give the shared SDK clients the local endpoints
// before any test module creates them.
Object.assign(process.env, localFunctionEnvironment(inject('cloud')), { POWERTOOLS_LOG_LEVEL: 'SILENT' });
