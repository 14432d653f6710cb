import { z } from 'zod';

/** Every error code the API can answer with; the client words each one as `errors.<code>`. */
export const ErrorCode = z.enum([
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
  'too_slow',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The one error shape of the API: `{"error": {"code", "message"}}`, plus the field when known. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    /** A finer code: why a password is refused (short, common, repetitive, personal, guessable). */
    reason: z.string().optional(),
    /** What the client words the error with (a line number, a state), never prose to paste into a sentence. */
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
