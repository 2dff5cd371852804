import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { repoRoot } from '../../infra/local/paths';
import { endpoints } from './stack';

const claimsFor = (sub: string) => ({
  sub,
  token_use: 'access',
  client_id: endpoints().userPoolClientId,
  scope: 'aws.cognito.signin.user.admin',
  username: sub,
});

/** A token signed with the emulator's own key but already expired. */
export async function expiredToken(sub: string): Promise<string> {
  const { jwk } = JSON.parse(readFileSync(join(repoRoot, 'node_modules/cognito-local/lib/keys/cognitoLocal.private.json'), 'utf8')) as { jwk: JWK };
  const key = await importJWK(jwk, 'RS256');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claimsFor(sub))
    .setProtectedHeader({ alg: 'RS256', kid: 'CognitoLocal' })
    .setIssuer(`${endpoints().cognitoEndpoint}/${endpoints().userPoolId}`)
    .setIssuedAt(now - 7200)
    .setExpirationTime(now - 3600)
    .sign(key);
}

/** A well-formed token for the right issuer, signed by a key the pool never published. */
export async function forgedToken(sub: string): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  return new SignJWT(claimsFor(sub))
    .setProtectedHeader({ alg: 'RS256', kid: 'CognitoLocal' })
    .setIssuer(`${endpoints().cognitoEndpoint}/${endpoints().userPoolId}`)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
}
