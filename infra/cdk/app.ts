import { App } from 'aws-cdk-lib';
import { manifest } from '../manifest';
import { buildStacks } from './build-stacks';
import { addNagChecks } from './nag';

// npx cdk synth|deploy [-c stage=prod] [-c alarmEmail=ops@example.com] [-c aiCostCapUsdPerDay=5]
const app = new App();
buildStacks(app, {
  stage: app.node.tryGetContext('stage') ?? 'dev',
  manifest,
  alarmEmail: app.node.tryGetContext('alarmEmail'),
  aiCostCapUsdPerDay: app.node.tryGetContext('aiCostCapUsdPerDay') === undefined ? undefined : Number(app.node.tryGetContext('aiCostCapUsdPerDay')),
});
addNagChecks(app);
app.synth();
