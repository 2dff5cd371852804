import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  InitiateAuthCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';

/** Creates a confirmed user (email verified, permanent password), optionally in the "admin" group. */
export async function createConfirmedUser(
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
  user: { email: string; password: string; admin?: boolean },
): Promise<{ sub: string }> {
  const created = await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: user.email,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: user.email },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: user.email, Password: user.password, Permanent: true }));
  if (user.admin) await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: user.email, GroupName: 'admin' }));
  const sub = created.User?.Attributes?.find((a) => a.Name === 'sub')?.Value ?? created.User?.Username ?? '';
  return { sub };
}

/** USER_PASSWORD_AUTH sign-in (cognito-local does not do SRP). */
export async function signIn(cognito: CognitoIdentityProviderClient, clientId: string, email: string, password: string) {
  const result = await cognito.send(
    new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: email, PASSWORD: password } }),
  );
  const tokens = result.AuthenticationResult;
  if (!tokens?.AccessToken) throw new Error(`Sign-in for ${email} returned no tokens (challenge: ${result.ChallengeName ?? 'none'})`);
  return { accessToken: tokens.AccessToken, idToken: tokens.IdToken!, refreshToken: tokens.RefreshToken };
}
