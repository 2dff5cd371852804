import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { METRIC, METRICS_NAMESPACE } from '../../shared/logging/metric-names';
import { fixtureManifest } from '../fixtures/runtime/manifest';
import { buildTestApp } from './support/build';

type Alarm = { Properties: { MetricName?: string; Namespace?: string; Threshold: number; AlarmActions: unknown[]; Dimensions?: { Name: string; Value: unknown }[]; ExtendedStatistic?: string; Period?: number } };

const entries = [...fixtureManifest.routes, ...fixtureManifest.streamReaders, ...fixtureManifest.queues, ...fixtureManifest.schedules];

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
    // One per stream reader (its consumers share its event source mapping).
    expect(alarmsOn('AWS/Lambda', 'IteratorAge')).toHaveLength(fixtureManifest.streamReaders.length);
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
    // Each stream consumer's records, from the metrics its reader publishes under its name.
    expect(body).toContain(METRIC.streamRecords);
    for (const consumer of fixtureManifest.streamConsumers) expect(body).toContain(consumer.name);
  });

  it('traces the stream, queue and schedule functions with X-Ray (tracer layer, tracer on) and runs the HTTP functions PassThrough without the tracer', () => {
    const functions = template.findResources('AWS::Lambda::Function') as Record<string, { Properties: LambdaProps }>;
    const byName = functionsByEntry(functions);
    const asyncEntries = [...fixtureManifest.streamReaders, ...fixtureManifest.queues, ...fixtureManifest.schedules];
    expect(asyncEntries.length).toBeGreaterThan(0);
    for (const entry of asyncEntries) {
      const fn = byName(entry.name);
      expect(fn.TracingConfig, entry.name).toEqual({ Mode: 'Active' });
      expect(fn.Layers, entry.name).toHaveLength(1);
      expect(fn.Environment.Variables.POWERTOOLS_TRACE_ENABLED, entry.name).toBe('true');
    }
    for (const route of fixtureManifest.routes) {
      const fn = byName(route.name);
      expect(fn.TracingConfig, route.name).toEqual({ Mode: 'PassThrough' });
      expect(fn.Layers ?? [], route.name).toHaveLength(0);
      expect(fn.Environment.Variables.POWERTOOLS_TRACE_ENABLED, route.name).toBe('false');
    }
    template.resourceCountIs('AWS::Lambda::LayerVersion', 1);
  });

  it('traces every function with `tracing: all`, none (and builds no tracer layer) with `off`', () => {
    const all = Template.fromStack(buildTestApp({ manifest: fixtureManifest, tracing: 'all' }).stacks.api);
    all.allResourcesProperties('AWS::Lambda::Function', {
      TracingConfig: { Mode: 'Active' },
      Layers: [Match.anyValue()],
      Environment: { Variables: Match.objectLike({ POWERTOOLS_TRACE_ENABLED: 'true' }) },
    });
    const off = Template.fromStack(buildTestApp({ manifest: fixtureManifest, tracing: 'off' }).stacks.api);
    for (const fn of Object.values(off.findResources('AWS::Lambda::Function')) as Array<{ Properties: LambdaProps }>) {
      expect(fn.Properties.TracingConfig).toBeUndefined();
      expect(fn.Properties.Environment.Variables.POWERTOOLS_TRACE_ENABLED).toBe('false');
    }
    off.resourceCountIs('AWS::Lambda::LayerVersion', 0);
  });
});

interface LambdaProps {
  TracingConfig?: { Mode: string };
  Layers?: unknown[];
  Description: string;
  Environment: { Variables: Record<string, string> };
}

/** A function by its manifest entry name (its logical id starts with the construct path `...<name>Function`). */
function functionsByEntry(functions: Record<string, { Properties: LambdaProps }>) {
  return (name: string): LambdaProps => {
    const id = name.replace(/[^A-Za-z0-9]/g, '');
    const matches = Object.entries(functions).filter(([logicalId]) => logicalId.includes(`${id}Function`));
    expect(matches, `one function for ${name}`).toHaveLength(1);
    return matches[0]![1].Properties;
  };
}
