import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

/**
 * Verifies Cognito tokens the way the HTTP API JWT authorizer does: signature against the
 * pool's JWKS, issuer, expiry, and audience (`aud` for ID tokens, `client_id` for access tokens).
 */
export function cognitoVerifier(options: { cognitoEndpoint: string; userPoolId: string; clientId: string }) {
  const issuer = `${options.cognitoEndpoint}/${options.userPoolId}`;
  const jwks = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));
  return async (token: string): Promise<JWTPayload> => {
    const { payload } = await jwtVerify(token, jwks, { issuer, algorithms: ['RS256'] });
    const audience = payload.token_use === 'access' ? payload.client_id : payload.aud;
    const audiences = Array.isArray(audience) ? audience : [audience];
    if (!audiences.includes(options.clientId)) throw new Error('token was not issued for this client');
    return payload;
  };
}

/** API Gateway hands claims to Lambda as strings; arrays look like "[a b]". */
export function flattenClaims(payload: JWTPayload): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const [key, value] of Object.entries(payload)) {
    claims[key] = Array.isArray(value) ? `[${value.join(' ')}]` : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return claims;
}
