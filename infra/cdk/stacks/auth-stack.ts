import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AccountRecovery, FeaturePlan, Mfa, UserPool, type UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';

/** The Cognito user pool athletes sign in to, the SPA's client and the "admin" group. */
export class AuthStack extends Stack {
  readonly userPool: UserPool;
  readonly spaClient: UserPoolClient;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.userPool = new UserPool(this, 'UserPool', {
      signInAliases: { email: true },
      selfSignUpEnabled: true,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      signInCaseSensitive: false,
      passwordPolicy: {
        minLength: 10,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      mfa: Mfa.OFF,
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is not required yet: the SPA has no MFA enrolment or challenge screens; a strong password policy and email verification apply meanwhile.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'Essentials feature plan: the Plus plan (threat protection) is billed per monthly active user and is not justified for a training app holding no payment data.',
      },
    );

    this.spaClient = this.userPool.addClient('SpaClient', {
      generateSecret: false,
      // USER_PASSWORD_AUTH keeps the SPA identical against cognito-local, which lacks SRP.
      authFlows: { userPassword: true, userSrp: true },
      preventUserExistenceErrors: true,
      disableOAuth: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      enableTokenRevocation: true,
    });

    this.userPool.addGroup('AdminGroup', {
      groupName: 'admin',
      description: 'Operators: may call the admin routes (checked in the handlers from the cognito:groups claim).',
    });

    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.spaClient.userPoolClientId });
  }
}
