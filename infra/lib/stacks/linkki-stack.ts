import { join } from 'node:path';
import { CfnOutput, CrossStackReferences, ReferenceStrength, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { StageConfig } from '../stage-config';
import { Alarms } from '../constructs/alarms';
import { ApiFunction } from '../constructs/api-function';
import { Auth } from '../constructs/auth';
import { DataTable } from '../constructs/data-table';
import { HttpApi, apiPathPatterns, openDataPathPatterns, trpcPath } from '../constructs/http-api';
import { NetworkDigest } from '../constructs/network-digest';
import { ReferralsRetention } from '../constructs/referrals-retention';
import { VerificationReminders } from '../constructs/verification-reminders';
import { UsageDaily } from '../constructs/usage-daily';
import { OutboxSender } from '../constructs/outbox-sender';
import { PathwayFanOut } from '../constructs/pathway-fanout';
import { CountyOffboarding } from '../constructs/county-offboarding';
import { ExportBucket } from '../constructs/export-bucket';
import { SearchSnapshots } from '../constructs/search-snapshots';
import { PreTokenTrigger } from '../constructs/pre-token-trigger';
import { TenantIsolation } from '../constructs/tenant-isolation';
import { WebHosting } from '../constructs/web-hosting';
import { OriginVerifySecret } from '../constructs/origin-verify-secret';
import { webRuntimeConfigOf } from '../constructs/web-runtime-config';

/** Where the code this stack deploys lives; tests point these at fixtures. */
export interface SourcePaths {
  /** The workspace root (where `pnpm-lock.yaml` is). */
  readonly projectRoot: string;
  /** The API handler, `functions/src/api/handler.ts`. */
  readonly apiEntry: string;
  /** The outbox stream handler, `functions/src/events/outbox-send.handler.ts`. */
  readonly outboxSendEntry: string;
  /** The weekly network digest, `functions/src/events/network-digest.handler.ts`. */
  readonly networkDigestEntry: string;
  /** The daily referral retention run, `functions/src/events/referrals-retention.handler.ts`. */
  readonly referralsRetentionEntry: string;
  /** The monthly listing verification reminders, `functions/src/events/verification-reminders.handler.ts`. */
  readonly verificationRemindersEntry: string;
  /** The daily usage per county, `functions/src/events/usage-daily.handler.ts`. */
  readonly usageDailyEntry: string;
  /** The national pathway fan-out, `functions/src/events/pathway-fanout.handler.ts`. */
  readonly pathwayFanOutEntry: string;
  /** The county offboarding run (exports and deletions), `functions/src/events/county-offboarding.handler.ts`. */
  readonly countyOffboardingEntry: string;
  /** The search snapshot writer, `functions/src/events/search-snapshot.handler.ts`. */
  readonly searchSnapshotEntry: string;
  /** The rotation of CloudFront's origin secret, `functions/src/events/origin-secret-rotation.handler.ts`. */
  readonly originSecretRotationEntry: string;
  /** Cognito's pre-token trigger, `functions/src/events/cognito-pre-token.handler.ts`. */
  readonly preTokenEntry: string;
  /** The built web app, `web/dist`. */
  readonly webDist: string;
}

/** The repository's own layout, relative to the workspace root. */
export const workspaceSourcePaths = (projectRoot: string): SourcePaths => ({
  projectRoot,
  apiEntry: join(projectRoot, 'functions/src/api/handler.ts'),
  outboxSendEntry: join(projectRoot, 'functions/src/events/outbox-send.handler.ts'),
  networkDigestEntry: join(projectRoot, 'functions/src/events/network-digest.handler.ts'),
  referralsRetentionEntry: join(projectRoot, 'functions/src/events/referrals-retention.handler.ts'),
  verificationRemindersEntry: join(projectRoot, 'functions/src/events/verification-reminders.handler.ts'),
  usageDailyEntry: join(projectRoot, 'functions/src/events/usage-daily.handler.ts'),
  pathwayFanOutEntry: join(projectRoot, 'functions/src/events/pathway-fanout.handler.ts'),
  countyOffboardingEntry: join(projectRoot, 'functions/src/events/county-offboarding.handler.ts'),
  searchSnapshotEntry: join(projectRoot, 'functions/src/events/search-snapshot.handler.ts'),
  originSecretRotationEntry: join(projectRoot, 'functions/src/events/origin-secret-rotation.handler.ts'),
  preTokenEntry: join(projectRoot, 'functions/src/events/cognito-pre-token.handler.ts'),
  webDist: join(projectRoot, 'web/dist'),
});

export interface LinkkiStackProps extends StackProps {
  readonly config: StageConfig;
  readonly paths: SourcePaths;
  /**
   * The CLOUDFRONT-scope web ACL of the stage's EdgeWafStack (us-east-1), passed as a cross-region
   * reference: this stack sets `crossRegionReferences` itself.
   */
  readonly webAclArn: string;
}

/** One deployment of the platform: data, sign-in, API, web app, outgoing notifications and alarms. */
export class LinkkiStack extends Stack {
  readonly data: DataTable;
  readonly auth: Auth;
  readonly preToken: PreTokenTrigger;
  readonly httpApi: HttpApi;
  readonly web: WebHosting;
  readonly api: ApiFunction;
  readonly isolation: TenantIsolation;
  readonly outbox: OutboxSender;
  readonly networkDigest: NetworkDigest;
  readonly referralsRetention: ReferralsRetention;
  readonly verificationReminders: VerificationReminders;
  readonly usageDaily: UsageDaily;
  readonly pathwayFanOut: PathwayFanOut;
  readonly exports: ExportBucket;
  readonly countyOffboarding: CountyOffboarding;
  readonly searchSnapshots: SearchSnapshots;
  readonly alarms: Alarms;
  readonly originVerify: OriginVerifySecret;

  constructor(scope: Construct, id: string, { config, paths, webAclArn, ...props }: LinkkiStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    // The web ACL's ARN is read from the us-east-1 stack with Fn::GetStackOutput (weak). A strong
    // reference would add custom-resource functions to both stacks and block any replacement of
    // the ACL while the distribution uses it (CDK's "deadly embrace").
    CrossStackReferences.of(this).consume(ReferenceStrength.WEAK);
    // Built in dependency order: the app URL (Cognito callbacks, links in notifications) comes
    // from the distribution, which needs the API's host name; routes follow once the function exists.
    this.data = new DataTable(this, 'Data');
    this.auth = new Auth(this, 'Auth', { domainPrefix: config.authDomainPrefix, countyIdentityProviders: config.countyIdentityProviders ?? [], fromAddress: config.notificationFromAddress });
    this.preToken = new PreTokenTrigger(this, 'PreToken', {
      entry: paths.preTokenEntry,
      projectRoot: paths.projectRoot,
      data: this.data,
      userPool: this.auth.userPool,
      logRetention: config.logRetention,
    });
    this.httpApi = new HttpApi(this, 'HttpApi', { throttle: config.apiThrottle, logRetention: config.logRetention });
    this.originVerify = new OriginVerifySecret(this, 'OriginVerify');
    this.web = this.createWebHosting(config, paths, webAclArn);
    this.originVerify.rotateWith({ entry: paths.originSecretRotationEntry, projectRoot: paths.projectRoot, logRetention: config.logRetention, distribution: this.web.distribution });
    const webClient = this.auth.addWebClient('WebClient', this.web.appUrl);
    this.web.deployRuntimeConfig(webRuntimeConfigOf({ auth: this.auth, webClientId: webClient.userPoolClientId, appUrl: this.web.appUrl, apiUrl: trpcPath }));
    this.api = new ApiFunction(this, 'Api', {
      entry: paths.apiEntry,
      projectRoot: paths.projectRoot,
      tableName: this.data.table.tableName,
      token: this.auth.tokenSettings(webClient),
      appUrl: this.web.appUrl,
      logRetention: config.logRetention,
      userPool: this.auth.userPool,
      federatedCounties: Object.keys(this.auth.counties.names),
    });
    this.originVerify.protect(this.api.function);
    this.isolation = new TenantIsolation(this, 'TenantIsolation', { data: this.data, apiFunction: this.api.function });
    this.exports = new ExportBucket(this, 'Exports', { accessLogs: this.web.logBucket });
    this.exports.allowDownloads(this.api.function);
    this.httpApi.routeTo(this.api.function);
    this.outbox = new OutboxSender(this, 'Outbox', {
      entry: paths.outboxSendEntry,
      projectRoot: paths.projectRoot,
      data: this.data,
      fromAddress: config.notificationFromAddress,
      logRetention: config.logRetention,
    });
    this.networkDigest = new NetworkDigest(this, 'NetworkDigest', {
      entry: paths.networkDigestEntry,
      projectRoot: paths.projectRoot,
      data: this.data,
      appUrl: this.web.appUrl,
      logRetention: config.logRetention,
    });
    this.referralsRetention = new ReferralsRetention(this, 'ReferralsRetention', {
      entry: paths.referralsRetentionEntry,
      projectRoot: paths.projectRoot,
      data: this.data,
      logRetention: config.logRetention,
    });
    this.verificationReminders = new VerificationReminders(this, 'VerificationReminders', {
      entry: paths.verificationRemindersEntry,
      projectRoot: paths.projectRoot,
      data: this.data,
      appUrl: this.web.appUrl,
      logRetention: config.logRetention,
    });
    this.usageDaily = new UsageDaily(this, 'UsageDaily', { entry: paths.usageDailyEntry, projectRoot: paths.projectRoot, data: this.data, logRetention: config.logRetention });
    this.pathwayFanOut = new PathwayFanOut(this, 'PathwayFanOut', { entry: paths.pathwayFanOutEntry, projectRoot: paths.projectRoot, data: this.data, logRetention: config.logRetention });
    this.countyOffboarding = new CountyOffboarding(this, 'CountyOffboarding', {
      entry: paths.countyOffboardingEntry,
      projectRoot: paths.projectRoot,
      data: this.data,
      logRetention: config.logRetention,
      isolation: this.isolation,
      exports: this.exports,
    });
    this.searchSnapshots = new SearchSnapshots(this, 'SearchSnapshots', {
      entry: paths.searchSnapshotEntry,
      projectRoot: paths.projectRoot,
      data: this.data,
      logRetention: config.logRetention,
      isolation: this.isolation,
      accessLogs: this.web.logBucket,
    });
    this.searchSnapshots.allowReads(this.api.function);
    this.alarms = new Alarms(this, 'Alarms', {
      apiFunction: this.api.function,
      httpApi: this.httpApi.api,
      table: this.data.table,
      background: [
        {
          id: 'Outbox',
          failure: 'The outbox sender; its notifications wait for a retry',
          function: this.outbox.function,
          deadLetters: { queue: this.outbox.deadLetterQueue, loss: 'The outbox sender gave up on stream records: notifications were not sent.' },
        },
        {
          id: 'PathwayFanOut',
          failure: 'The pathway fan-out; counties wait to be told of a new national version',
          function: this.pathwayFanOut.function,
          deadLetters: { queue: this.pathwayFanOut.deadLetterQueue, loss: 'The pathway fan-out gave up on a published version: some counties were not told of it.' },
        },
        {
          id: 'PreToken',
          failure: 'The pre-token trigger; people cannot sign in or refresh their session (each refused sign-in counts too, so only a burst alarms)',
          function: this.preToken.function,
          errorThreshold: 5,
        },
        { id: 'NetworkDigest', failure: "The weekly network digest; this week's digests may be missing", function: this.networkDigest.function },
        { id: 'ReferralsRetention', failure: 'The referral retention run; expired personal data stays until the next successful run', function: this.referralsRetention.function },
        { id: 'VerificationReminders', failure: 'The monthly verification reminders; editors are not told of their stale listings this month', function: this.verificationReminders.function },
        {
          id: 'CountyOffboarding',
          failure: "The county offboarding run; a leaving county's archive or confirmed deletion waits for the next successful run",
          function: this.countyOffboarding.function,
        },
        {
          id: 'SearchSnapshots',
          failure: "The search snapshot writer; new API containers load an older snapshot and read more of the change feed, or build a county's index from the table",
          function: this.searchSnapshots.job.function,
        },
        { id: 'UsageDaily', failure: "The daily usage per county; the operator's figures stop at the last successful day", function: this.usageDaily.function },
      ],
      ...(config.alarmEmail ? { email: config.alarmEmail } : {}),
    });
    this.outputs(webClient.userPoolClientId);
  }

  private createWebHosting(config: StageConfig, paths: SourcePaths, webAclArn: string): WebHosting {
    return new WebHosting(this, 'Web', {
      apiDomainName: this.httpApi.domainName,
      apiPathPatterns,
      openDataPathPatterns,
      distPath: paths.webDist,
      connectSources: [this.auth.idpEndpoint, this.auth.domain.baseUrl()],
      webAclArn,
      apiOriginHeaders: this.originVerify.originHeaders,
      ...(config.webDomain ? { domain: config.webDomain } : {}),
    });
  }

  private outputs(webClientId: string): void {
    new CfnOutput(this, 'AppUrl', { value: this.web.appUrl });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'WebClientId', { value: webClientId });
    new CfnOutput(this, 'SignInDomain', { value: this.auth.domain.baseUrl() });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
  }
}
