import { App } from 'aws-cdk-lib';
import { manifest } from '../manifest';
import { buildStacks } from './build-stacks';
import { addNagChecks } from './nag';
import { parseTracingPolicy } from './tracing-policy';

// npx cdk synth|deploy [-c stage=prod] [-c alarmEmail=ops@example.com] [-c aiCostCapUsdPerDay=5] [-c tracing=all|async|off]
const app = new App();
buildStacks(app, {
  stage: app.node.tryGetContext('stage') ?? 'dev',
  manifest,
  alarmEmail: app.node.tryGetContext('alarmEmail'),
  aiCostCapUsdPerDay: app.node.tryGetContext('aiCostCapUsdPerDay') === undefined ? undefined : Number(app.node.tryGetContext('aiCostCapUsdPerDay')),
  tracing: parseTracingPolicy(app.node.tryGetContext('tracing')),
});
addNagChecks(app);
app.synth();
