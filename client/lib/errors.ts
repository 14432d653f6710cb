import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '../../shared/schemas';
import type { RevisionState } from '../../shared/schemas';
import { isApiError, type ApiError } from './apiClient';

/** The API's codes (shared with the server) and the client's own (no network, an answer not understood). */
const KNOWN_CODES = [...ErrorCode.options, 'network', 'bad_response'] as const;
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

const CSV_REASONS = [
  'after_quote',
  'quote_in_field',
  'unclosed_quote',
  'yes_no',
  'empty_file',
  'unknown_column',
  'missing_column',
  'field_count',
  'empty_source',
  'no_target',
  'duplicate_source',
] as const;
type CsvReason = (typeof CSV_REASONS)[number];
const isCsvReason = (value: string): value is CsvReason => (CSV_REASONS as readonly string[]).includes(value);
/** Why the server refused a field (server/validation.ts), worded here with the field and its limit. */
const VALIDATION_REASONS = ['required', 'type', 'format', 'one_of', 'unknown_keys'] as const;
const LIMIT_REASONS = ['min_string', 'max_string', 'min_array', 'max_array', 'min_number', 'max_number'] as const;
const VALUE_TYPES = ['string', 'number', 'int', 'boolean', 'array', 'object'] as const;
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);
const STATES: readonly RevisionState[] = ['draft', 'submitted', 'approved', 'rejected'];
const isState = (value: unknown): value is RevisionState => typeof value === 'string' && (STATES as readonly string[]).includes(value);

/** An error the server described with a finer code and values: worded here, in the reader's language. */
function specificMessage(t: TFunction, error: ApiError): string | null {
  const params = error.params ?? {};
  const reason = error.reason ?? '';
  if (reason.startsWith('csv.') && isCsvReason(reason.slice(4))) {
    const problem = t(`errors.csv.${reason.slice(4) as CsvReason}`, params);
    return t('errors.csvLine', { file: params.file ?? '', line: params.line ?? '', problem });
  }
  if (error.code === 'validation_failed' && reason.startsWith('validation.')) {
    const kind = reason.slice('validation.'.length);
    const field = params.field ?? error.field ?? '';
    if (isOneOf(LIMIT_REASONS, kind)) return t(`errors.validation.${kind}`, { field, count: Number(params.limit) });
    if (kind === 'type') {
      const expected = isOneOf(VALUE_TYPES, params.expected)
        ? t(`errors.validationType.${params.expected}`)
        : String(params.expected ?? '');
      return t('errors.validation.type', { field, expected });
    }
    if (isOneOf(VALIDATION_REASONS, kind)) return t(`errors.validation.${kind}`, { ...params, field });
  }
  if (error.code === 'invalid_transition' && reason === 'superseded') return t('errors.transition.superseded');
  if (error.code === 'invalid_transition' && reason === 'wrong_state' && isState(params.state) && isState(params.allowedFrom)) {
    return t('errors.transition.wrongState', { state: t(`status.${params.state}`), allowed: t(`status.${params.allowedFrom}`) });
  }
  return null;
}

/** An error in the reader's language (`t` of the interface's language): the server sends codes and values. */
export function wordError(t: TFunction, error: unknown): string {
  if (isApiError(error) && error.code === 'weak_password') {
    const reason = error.reason;
    return t('errors.weak_password', { reason: t(`errors.passwordReason.${isPasswordReason(reason) ? reason : 'guessable'}`) });
  }
  if (isApiError(error)) {
    const specific = specificMessage(t, error);
    if (specific !== null) return specific;
    if (isKnownCode(error.code)) return t(`errors.${error.code}`, { field: error.field ?? '' });
    return t('errors.unexpected', { status: error.status });
  }
  return t('errors.unexpected', { status: '?' });
}

export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => wordError(t, error);
}
