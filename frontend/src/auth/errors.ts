import type { TextKey } from '../i18n/i18n';
import { CognitoError } from './cognito';

/** Cognito's refusal as a message key (cognito-local names some errors differently from Cognito). */
export function authErrorKey(error: unknown, step: 'signIn' | 'signUp' | 'confirm'): TextKey {
  if (!(error instanceof CognitoError)) return 'error.unexpected';
  switch (error.name) {
    case 'NetworkError':
      return 'auth.error.network';
    case 'NotAuthorizedException':
    case 'UserNotFoundException':
      return step === 'signIn' ? 'auth.error.credentials' : 'auth.error.generic';
    case 'InvalidPasswordException':
      return step === 'signIn' ? 'auth.error.credentials' : 'auth.error.passwordPolicy';
    case 'UsernameExistsException':
      return 'auth.error.exists';
    case 'CodeMismatchException':
      return 'auth.error.code';
    case 'ExpiredCodeException':
      return 'auth.error.codeExpired';
    case 'TooManyRequestsException':
    case 'LimitExceededException':
    case 'TooManyFailedAttemptsException':
      return 'auth.error.tooMany';
    case 'InvalidParameterException':
      return 'auth.error.invalid';
    default:
      return 'auth.error.generic';
  }
}
