import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  type IMetric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE, METRIC } from '../../../shared/logging/metric-names';

export interface ObservabilityProps {
  stage: string;
  topic: ITopic;
  api: HttpApi;
  /** Every function, by manifest name. */
  functions: Map<string, IFunction>;
  /** The table stream's readers among them (their iterator age is watched: one alarm per reader). */
  streamReaders: string[];
  /** The consumers the readers run (no function of their own: graphed from the records the dispatcher meters per consumer). */
  streamConsumers: string[];
  /** Every DLQ and failure sink (they already alarm on their first message). */
  deadLetterQueues: Map<string, IQueue>;
  /** Alarm when the AI spend of one day (UTC) goes over this many USD. */
  aiCostCapUsdPerDay: number;
  thresholds?: Partial<typeof DEFAULT_THRESHOLDS>;
}

export const DEFAULT_THRESHOLDS = {
  apiLatencyP99Ms: 2000,
  /** Records waiting longer than this in the table stream mean a reader (one of its consumers) is stuck or too slow. */
  iteratorAgeMs: 60_000,
};

const FIVE_MINUTES = Duration.minutes(5);

/**
 * Alarms (all to one SNS topic) and a dashboard of the same signals: Lambda errors and throttles
 * per function, API 5xx and p99 latency, stream iterator age, DLQ depth, AI cost per day (from the
 * EMF metric the AI providers publish, shared/logging/metrics.ts).
 */
export class Observability extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    const thresholds = { ...DEFAULT_THRESHOLDS, ...props.thresholds };
    const alarm = (alarmId: string, metric: IMetric, threshold: number, description: string, evaluationPeriods = 1) => {
      const created = new Alarm(this, alarmId, {
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(new SnsAction(props.topic));
      return created;
    };

    const functions = [...props.functions];
    for (const [name, fn] of functions) {
      alarm(`Errors-${name}`, fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }), 0, `Function ${name} failed (uncaught error or timeout).`);
      alarm(`Throttles-${name}`, fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }), 0, `Function ${name} was throttled (account or reserved concurrency reached).`);
    }

    const api5xx = props.api.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' });
    const apiP99 = props.api.metricLatency({ period: FIVE_MINUTES, statistic: 'p99' });
    alarm('Api5xx', api5xx, 0, 'The HTTP API answered 5xx.');
    alarm('ApiLatencyP99', apiP99, thresholds.apiLatencyP99Ms, `The HTTP API's p99 latency is over ${thresholds.apiLatencyP99Ms} ms (3 periods of 5 min).`, 3);

    // Alarm metrics carry no label (a labelled metric is rendered as metric math); the dashboard's do.
    const iteratorAge = (name: string) => props.functions.get(name)!.metric('IteratorAge', { period: FIVE_MINUTES, statistic: 'Maximum' });
    for (const name of props.streamReaders) {
      alarm(`IteratorAge-${name}`, iteratorAge(name), thresholds.iteratorAgeMs, `Stream reader ${name} lags more than ${thresholds.iteratorAgeMs / 1000} s behind the table.`);
    }
    const iteratorAges = props.streamReaders.map((name) => iteratorAge(name).with({ label: name }));

    const aiCostPerDay = new Metric({
      namespace: METRICS_NAMESPACE,
      metricName: METRIC.aiCostUsd,
      dimensionsMap: { service: 'twinforge' },
      statistic: 'Sum',
      period: Duration.days(1),
    });
    alarm('AiCostPerDay', aiCostPerDay, props.aiCostCapUsdPerDay, `The AI spend of the day is over the ${props.aiCostCapUsdPerDay} USD cap.`);

    const perFunction = (metric: (fn: IFunction) => IMetric) => functions.map(([, fn]) => metric(fn));
    const dlqDepths = [...props.deadLetterQueues].map(([name, queue]) =>
      queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum', label: name }),
    );
    const business = (metricName: string, label: string, dimensionsMap: Record<string, string> = {}) =>
      new Metric({ namespace: METRICS_NAMESPACE, metricName, dimensionsMap: { service: 'twinforge', ...dimensionsMap }, statistic: 'Sum', period: Duration.hours(1), label });

    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `TwinForge-${props.stage}` });
    this.dashboard.addWidgets(new TextWidget({ markdown: `# TwinForge ${props.stage}\nAlarms go to the SNS topic of this stack.`, width: 24, height: 2 }));
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'API 5xx (sum / 5 min)', left: [api5xx], width: 12 }),
      new GraphWidget({ title: 'API latency p99 (ms)', left: [apiP99], width: 12 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Lambda errors', left: [sumOf(perFunction((fn) => fn.metricErrors({ period: FIVE_MINUTES })), 'errors, all functions')], width: 8 }),
      new GraphWidget({ title: 'Lambda throttles', left: [sumOf(perFunction((fn) => fn.metricThrottles({ period: FIVE_MINUTES })), 'throttles, all functions')], width: 8 }),
      new GraphWidget({ title: 'Stream iterator age (ms)', left: iteratorAges, width: 8 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Dead-letter queues (messages)', left: dlqDepths, width: 8 }),
      new GraphWidget({ title: 'AI cost (USD/day)', left: [aiCostPerDay.with({ label: 'AI cost (USD/day)' })], width: 8 }),
      new GraphWidget({
        title: 'Sessions and enrichment (per hour)',
        left: [
          business(METRIC.sessionsCreated, 'sessions created (OpenAI)', { provider: 'openai' }),
          business(METRIC.sessionsCreated, 'sessions created (offline)', { provider: 'offline' }),
          business(METRIC.sessionsCompleted, 'sessions completed'),
          business(METRIC.enrichments, 'enriched', { outcome: 'enriched' }),
          business(METRIC.enrichments, 'enrichment failed', { outcome: 'failed' }),
        ],
        width: 8,
      }),
    );
    const perConsumer = (outcome: 'processed' | 'retried') =>
      props.streamConsumers.map((name) => business(METRIC.streamRecords, name, { consumer: name, outcome }));
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Stream consumers: records processed (per hour)', left: perConsumer('processed'), width: 12 }),
      new GraphWidget({ title: 'Stream consumers: records left to a retry (per hour)', left: perConsumer('retried'), width: 12 }),
    );
  }
}

/** One line for many metrics (CloudWatch math allows at most 500 metrics, far above our function count). */
function sumOf(metrics: IMetric[], label: string): IMetric {
  const usingMetrics = Object.fromEntries(metrics.map((metric, i) => [`m${i}`, metric]));
  return new MathExpression({ expression: `SUM([${Object.keys(usingMetrics).join(',')}])`, usingMetrics, label, period: FIVE_MINUTES });
}
