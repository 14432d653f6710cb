import { useTranslation } from 'react-i18next';
import { isApiError } from './apiClient';

const KNOWN_CODES = [
  'network',
  'internal',
  'bad_response',
  'validation_failed',
  'malformed_json',
  'not_found',
  'version_conflict',
  'duplicate',
  'invalid_transition',
  'payload_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'too_many_attempts',
  'bad_request',
  'weak_password',
  'too_many_streams',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnownCode(code: string): code is KnownCode {
  return (KNOWN_CODES as readonly string[]).includes(code);
}

/** Words an error for the reader: the server sends codes, the client translates them. */
const PASSWORD_REASONS = ['short', 'common', 'repetitive', 'personal', 'guessable'] as const;
type PasswordReason = (typeof PASSWORD_REASONS)[number];

function isPasswordReason(value: unknown): value is PasswordReason {
  return typeof value === 'string' && (PASSWORD_REASONS as readonly string[]).includes(value);
}

export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (isApiError(error) && error.code === 'weak_password') {
      const reason = error.reason;
      return t('errors.weak_password', { reason: t(`errors.passwordReason.${isPasswordReason(reason) ? reason : 'guessable'}`) });
    }
    if (isApiError(error)) {
      if (isKnownCode(error.code)) return t(`errors.${error.code}`, { field: error.field ?? '' });
      return t('errors.unexpected', { status: error.status });
    }
    return t('errors.unexpected', { status: '?' });
  };
}
