import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Observability } from '../constructs/observability';
import type { ApiStack } from './api-stack';

export interface MonitoringStackProps extends StackProps {
  stage: string;
  api: ApiStack;
  /** AI spend per day (USD) over which an alarm fires. */
  aiCostCapUsdPerDay: number;
}

/** The alarms (to the Api stack's SNS topic) and the dashboard of everything the Api stack runs. */
export class MonitoringStack extends Stack {
  readonly observability: Observability;

  constructor(scope: Construct, id: string, props: MonitoringStackProps) {
    super(scope, id, props);
    this.observability = new Observability(this, 'Observability', { ...props.api.monitored, stage: props.stage, aiCostCapUsdPerDay: props.aiCostCapUsdPerDay });
  }
}
