import { CognitoError, idTokenClaims, type AuthTokens, type CognitoClient } from './cognito';

const STORAGE_KEY = 'twinforge.auth';
/** Refresh this long before expiry, so a request never leaves with a token about to lapse. */
const REFRESH_MARGIN_MS = 60_000;

export interface SignedInUser {
  sub: string;
  email: string;
}

/**
 * The signed-in user's tokens: kept in localStorage (so a reload stays signed in), refreshed with
 * the refresh token when they near expiry, one refresh at a time.
 */
export class AuthSession {
  private tokens: AuthTokens | null;
  private user: SignedInUser | null;
  private refreshing: Promise<string> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly cognito: CognitoClient) {
    this.tokens = readStored();
    this.user = this.tokens ? userOf(this.tokens) : null;
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly current = (): SignedInUser | null => this.user;

  async signIn(email: string, password: string): Promise<void> {
    this.set(await this.cognito.signIn(email, password));
  }

  signOut(): void {
    this.set(null);
  }

  /** A valid ID token for the API (refreshed first when needed); signs out when refreshing fails. */
  async idToken(options: { forceRefresh?: boolean } = {}): Promise<string> {
    const tokens = this.tokens;
    if (!tokens) throw new CognitoError('NotSignedIn', 'Not signed in.');
    if (!options.forceRefresh && tokens.expiresAt - Date.now() > REFRESH_MARGIN_MS) return tokens.idToken;
    this.refreshing ??= this.cognito
      .refresh(tokens.refreshToken)
      .then(
        (fresh) => {
          this.set(fresh);
          return fresh.idToken;
        },
        (error: unknown) => {
          if (error instanceof CognitoError && error.name !== 'NetworkError') this.set(null);
          throw error;
        },
      )
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private set(tokens: AuthTokens | null): void {
    this.tokens = tokens;
    const user = tokens ? userOf(tokens) : null;
    if (tokens) localStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
    else localStorage.removeItem(STORAGE_KEY);
    if (user?.sub !== this.user?.sub) {
      this.user = user;
      this.listeners.forEach((listener) => listener());
    }
  }
}

const userOf = (tokens: AuthTokens): SignedInUser => {
  const { sub, email } = idTokenClaims(tokens.idToken);
  return { sub, email };
};

function readStored(): AuthTokens | null {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as AuthTokens | null;
    if (!stored?.idToken || !stored.refreshToken || !idTokenClaims(stored.idToken).sub) return null;
    return stored;
  } catch {
    return null;
  }
}
