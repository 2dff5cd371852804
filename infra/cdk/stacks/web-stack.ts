import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { existsSync } from 'node:fs';
import { CdnBucket } from '../constructs/cdn-bucket';
import { LogBucket } from '../constructs/log-bucket';
import { SpaDeployment } from '../constructs/spa-deployment';

/** What the SPA needs at run time; deployed as /config.json (same field names as .local/endpoints.json). */
export interface SpaConfig {
  apiUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  illustrationsBaseUrl: string;
}

export interface WebStackProps extends StackProps {
  /** The built SPA (vite build output); deployed only if it exists at synth time. */
  spaDistDir: string;
  spaConfig: SpaConfig;
}

/** The web SPA: private bucket behind CloudFront, falling back to index.html for client-side routes. */
export class WebStack extends Stack {
  readonly site: CdnBucket;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);
    const logs = new LogBucket(this, 'AccessLogs');
    this.site = new CdnBucket(this, 'Spa', { logBucket: logs, logPrefix: 'spa', spa: true });

    if (existsSync(props.spaDistDir)) {
      new SpaDeployment(this, 'SpaDeployment', {
        distDir: props.spaDistDir,
        config: { ...props.spaConfig },
        bucket: this.site.bucket,
        distribution: this.site.distribution,
      });
    }

    new CfnOutput(this, 'WebUrl', { value: this.site.url });
  }
}
