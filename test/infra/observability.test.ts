import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { METRIC, METRICS_NAMESPACE } from '../../shared/logging/metric-names';
import { fixtureManifest } from '../fixtures/runtime/manifest';
import { buildTestApp } from './support/build';

type Alarm = { Properties: { MetricName?: string; Namespace?: string; Threshold: number; AlarmActions: unknown[]; Dimensions?: { Name: string; Value: unknown }[]; ExtendedStatistic?: string; Period?: number } };

const entries = [...fixtureManifest.routes, ...fixtureManifest.streamConsumers, ...fixtureManifest.queues, ...fixtureManifest.schedules];

describe('alarms, dashboard and tracing (fixture manifest)', () => {
  let template: Template;
  let monitoring: Template;
  let alarms: Alarm[];
  let topic: string;
  beforeAll(() => {
    const { stacks } = buildTestApp({ manifest: fixtureManifest, aiCostCapUsdPerDay: 7 });
    template = Template.fromStack(stacks.api);
    monitoring = Template.fromStack(stacks.monitoring);
    alarms = [template, monitoring].flatMap((t) => Object.values(t.findResources('AWS::CloudWatch::Alarm')) as Alarm[]);
    const topics = Object.keys(template.findResources('AWS::SNS::Topic'));
    expect(topics).toHaveLength(1);
    expect(monitoring.findResources('AWS::SNS::Topic')).toEqual({});
    topic = topics[0]!;
  });

  /** The topic's ARN, in its own stack or imported by the Monitoring stack. */
  const isTheTopic = (action: unknown) => {
    const text = JSON.stringify(action);
    return text === JSON.stringify({ Ref: topic }) || (text.includes('Fn::ImportValue') && text.includes(topic));
  };

  const alarmsOn = (namespace: string, metricName: string) => alarms.filter((a) => a.Properties.Namespace === namespace && a.Properties.MetricName === metricName);

  it('sends every alarm to the one SNS topic', () => {
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toHaveLength(1);
      expect(isTheTopic(alarm.Properties.AlarmActions[0]), JSON.stringify(alarm.Properties.AlarmActions)).toBe(true);
    }
  });

  it('alarms on errors and on throttles of every function', () => {
    expect(alarmsOn('AWS/Lambda', 'Errors')).toHaveLength(entries.length);
    expect(alarmsOn('AWS/Lambda', 'Throttles')).toHaveLength(entries.length);
    for (const alarm of [...alarmsOn('AWS/Lambda', 'Errors'), ...alarmsOn('AWS/Lambda', 'Throttles')]) expect(alarm.Properties.Threshold).toBe(0);
  });

  it('alarms on API 5xx and p99 latency, stream iterator age and the AI cost of a day over the configured cap', () => {
    expect(alarmsOn('AWS/ApiGateway', '5xx')).toHaveLength(1);
    const latency = alarmsOn('AWS/ApiGateway', 'Latency');
    expect(latency).toHaveLength(1);
    expect(latency[0]!.Properties.ExtendedStatistic).toBe('p99');
    expect(alarmsOn('AWS/Lambda', 'IteratorAge')).toHaveLength(fixtureManifest.streamConsumers.length);
    const aiCost = alarmsOn(METRICS_NAMESPACE, METRIC.aiCostUsd);
    expect(aiCost).toHaveLength(1);
    expect(aiCost[0]!.Properties).toMatchObject({ Threshold: 7, Period: 86_400 });
  });

  it('alarms on the first message of every DLQ and of the stream failure sink', () => {
    const depth = alarmsOn('AWS/SQS', 'ApproximateNumberOfMessagesVisible');
    expect(depth).toHaveLength(fixtureManifest.queues.length + 1);
  });

  it('has a dashboard of the same signals', () => {
    const dashboards = monitoring.findResources('AWS::CloudWatch::Dashboard');
    expect(Object.keys(dashboards)).toHaveLength(1);
    const body = JSON.stringify(Object.values(dashboards)[0]);
    for (const title of ['API 5xx', 'API latency p99', 'Lambda errors', 'Lambda throttles', 'Stream iterator age', 'Dead-letter queues', 'AI cost', 'Sessions and enrichment']) {
      expect(body).toContain(title);
    }
  });

  it('traces every function with X-Ray, with the tracer layer and the tracer switched on', () => {
    template.allResourcesProperties('AWS::Lambda::Function', {
      TracingConfig: { Mode: 'Active' },
      Layers: [Match.anyValue()],
      Environment: { Variables: Match.objectLike({ POWERTOOLS_TRACE_ENABLED: 'true' }) },
    });
    template.resourceCountIs('AWS::Lambda::LayerVersion', 1);
  });
});
