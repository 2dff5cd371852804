import type { App, StackProps } from 'aws-cdk-lib';
import { Tags } from 'aws-cdk-lib';
import { join } from 'node:path';
import type { Manifest } from '../manifest-types';
import type { TracingPolicy } from './tracing-policy';
import { repoRoot } from '../paths';
import { ApiStack } from './stacks/api-stack';
import { AuthStack } from './stacks/auth-stack';
import { DataStack } from './stacks/data-stack';
import { MonitoringStack } from './stacks/monitoring-stack';
import { WebStack } from './stacks/web-stack';

export interface BuildOptions {
  /** Lowercase letters, digits and dashes; part of every stack and export name. */
  stage: string;
  manifest: Manifest;
  /** Defaults to frontend/dist. */
  spaDistDir?: string;
  alarmEmail?: string;
  /** USD per day of AI spend over which an alarm fires (default 5). */
  aiCostCapUsdPerDay?: number;
  /** Which functions X-Ray traces: all, async (stream, queue and schedule functions; the default) or off. */
  tracing?: TracingPolicy;
}

export interface TwinForgeStacks {
  data: DataStack;
  auth: AuthStack;
  api: ApiStack;
  monitoring: MonitoringStack;
  web: WebStack;
}

/** Builds the five TwinForge-<stage>-* stacks from a manifest (the real one, or a test fixture). */
export function buildStacks(app: App, options: BuildOptions): TwinForgeStacks {
  const { stage, manifest } = options;
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) {
    throw new Error(`Stage "${stage}" is invalid: use 1–20 lowercase letters, digits or dashes, starting with a letter.`);
  }
  const name = (part: string) => `TwinForge-${stage}-${part}`;
  const common: StackProps = { terminationProtection: stage === 'prod' };

  const data = new DataStack(app, name('Data'), { ...common, stage });
  const auth = new AuthStack(app, name('Auth'), common);
  const api = new ApiStack(app, name('Api'), { ...common, stage, manifest, data, auth, alarmEmail: options.alarmEmail, tracing: options.tracing });
  api.addStackDependency(data, 'grants import the illustrations bucket ARN by export name');
  const monitoring = new MonitoringStack(app, name('Monitoring'), { ...common, stage, api, aiCostCapUsdPerDay: options.aiCostCapUsdPerDay ?? 5 });
  const web = new WebStack(app, name('Web'), {
    ...common,
    spaDistDir: options.spaDistDir ?? join(repoRoot, 'frontend', 'dist'),
    spaConfig: {
      apiUrl: api.httpApi.url,
      region: api.region,
      userPoolId: auth.userPool.userPoolId,
      userPoolClientId: auth.spaClient.userPoolClientId,
      illustrationsBaseUrl: data.illustrations.url,
    },
  });

  Tags.of(app).add('project', 'twinforge');
  Tags.of(app).add('stage', stage);
  return { data, auth, api, monitoring, web };
}
