import type { AppConfig } from '../app/config';

/** A refusal from Cognito: `name` is its `__type` (e.g. CodeMismatchException). */
export class CognitoError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

export interface AuthTokens {
  idToken: string;
  accessToken: string;
  refreshToken: string;
  /** Epoch ms when the ID and access tokens expire. */
  expiresAt: number;
}

interface AuthenticationResult {
  IdToken: string;
  AccessToken: string;
  RefreshToken?: string;
  ExpiresIn?: number;
}

/** Cognito's JSON API over fetch (USER_PASSWORD_AUTH; no SDK, no SRP, so it also works with cognito-local). */
export class CognitoClient {
  constructor(private readonly config: Pick<AppConfig, 'cognitoEndpoint' | 'userPoolClientId'>) {}

  private async call<T>(target: string, body: Record<string, unknown>): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.config.cognitoEndpoint}/`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${target}` },
        body: JSON.stringify({ ClientId: this.config.userPoolClientId, ...body }),
      });
    } catch {
      throw new CognitoError('NetworkError', 'The sign-in service cannot be reached.');
    }
    const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      const type = String(payload.__type ?? payload.code ?? 'UnknownError').split('#').pop()!;
      throw new CognitoError(type, String(payload.message ?? payload.Message ?? response.statusText));
    }
    return payload as T;
  }

  async signUp(email: string, password: string): Promise<void> {
    await this.call('SignUp', { Username: email, Password: password, UserAttributes: [{ Name: 'email', Value: email }] });
  }

  async confirmSignUp(email: string, code: string): Promise<void> {
    await this.call('ConfirmSignUp', { Username: email, ConfirmationCode: code });
  }

  async signIn(email: string, password: string): Promise<AuthTokens> {
    const { AuthenticationResult } = await this.call<{ AuthenticationResult?: AuthenticationResult; ChallengeName?: string }>('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: password },
    });
    if (!AuthenticationResult?.RefreshToken) throw new CognitoError('UnsupportedChallenge', 'This account needs a sign-in step the app does not support.');
    return toTokens(AuthenticationResult, AuthenticationResult.RefreshToken);
  }

  async refresh(refreshToken: string): Promise<AuthTokens> {
    const { AuthenticationResult } = await this.call<{ AuthenticationResult?: AuthenticationResult }>('InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: refreshToken },
    });
    if (!AuthenticationResult) throw new CognitoError('NotAuthorizedException', 'The session expired.');
    // Without refresh-token rotation Cognito does not send a new one: keep the old.
    return toTokens(AuthenticationResult, AuthenticationResult.RefreshToken ?? refreshToken);
  }
}

/** Expiry from the token's own `exp` (cognito-local leaves ExpiresIn out of refreshes). */
const toTokens = (result: AuthenticationResult, refreshToken: string): AuthTokens => ({
  idToken: result.IdToken,
  accessToken: result.AccessToken,
  refreshToken,
  expiresAt: idTokenClaims(result.IdToken).exp * 1000 || Date.now() + (result.ExpiresIn ?? 3600) * 1000,
});

/** The claims the app reads (the API trusts only its own verification of the token); throws on a malformed token. */
export function idTokenClaims(idToken: string): { sub: string; email: string; exp: number } {
  const part = idToken.split('.')[1] ?? '';
  const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
  const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
  return { sub: String(claims.sub ?? ''), email: String(claims.email ?? ''), exp: Number(claims.exp ?? 0) };
}
