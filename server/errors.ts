/**
 * The error catalogue: every failure the API reports is an AppError with a status, a stable code
 * (the client words it as `errors.<code>`) and an English message for logs, scripts and curl.
 */
import type { ErrorCode } from '../shared/schemas';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly extra?: Record<string, unknown>,
    /** A finer code inside the error (why a password is refused), for the client to word. */
    readonly reason?: string,
    /** The values the client words it with (a line, a state). */
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (field: string, message: string) => new AppError(400, 'validation_failed', `${field}: ${message}`, field);

export const notFound = (what: string, id: number | string) => new AppError(404, 'not_found', `${what} ${id} does not exist`);

export const versionConflict = (message: string, extra: Record<string, unknown>) =>
  new AppError(409, 'version_conflict', message, undefined, extra);

export const invalidTransition = (message: string, extra?: Record<string, unknown>) =>
  new AppError(409, 'invalid_transition', message, undefined, extra);

export const payloadTooLarge = (message: string) => new AppError(413, 'payload_too_large', message);

export const unsupportedMediaType = (message: string) => new AppError(415, 'unsupported_media_type', message);

export const unauthenticated = () => new AppError(401, 'unauthenticated', 'log in first: this needs a session');

export const forbidden = (what: string) => new AppError(403, 'forbidden', `your role does not allow ${what}`);
