/**
 * Parsing a value with a zod schema from shared/, for routes, services and command lines alike:
 * the first problem becomes a 400 that names the field, e.g. `segments[3].mt: must be a string`.
 * Nothing here knows about HTTP.
 */
import type { z } from 'zod';
import { AppError, badRequest } from './errors';

function describePath(where: string, path: ReadonlyArray<PropertyKey>): string {
  let name = '';
  for (const key of path) {
    if (typeof key === 'number') name += `[${key}]`;
    else name += name === '' ? String(key) : `.${String(key)}`;
  }
  return name === '' ? where : name;
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * What was wrong, as a reason code and values the client words in the reader's language
 * (`errors.validation.<reason>`): the English message stays for logs, scripts and curl.
 */
export function issueReason(issue: z.core.$ZodIssue, missing: boolean): { reason: string; params: Record<string, string | number> } | null {
  if (missing) return { reason: 'validation.required', params: {} };
  switch (issue.code) {
    case 'invalid_type':
      return { reason: 'validation.type', params: { expected: String(issue.expected) } };
    case 'too_small':
    case 'too_big': {
      const origin = issue.origin === 'string' || issue.origin === 'array' ? issue.origin : 'number';
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (!Number.isFinite(limit)) return null;
      return { reason: `validation.${issue.code === 'too_small' ? 'min' : 'max'}_${origin}`, params: { limit } };
    }
    case 'invalid_format':
      return { reason: 'validation.format', params: { format: issue.format } };
    case 'invalid_value':
      return { reason: 'validation.one_of', params: { values: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { reason: 'validation.unknown_keys', params: { keys: issue.keys.join(', ') } };
    default:
      return null; // a rule of the schema's own (a refinement): its message is all there is
  }
}

/** Parses one part of the request with `schema`, throwing a 400 that names the field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw badRequest(where, 'is invalid');
  const field = describePath(where, issue.path);
  const missing = issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined;
  const message = missing ? 'is required' : issue.message;
  const worded = issueReason(issue, missing);
  if (!worded) throw badRequest(field, message);
  throw new AppError(400, 'validation_failed', `${field}: ${message}`, field, undefined, worded.reason, { field, ...worded.params });
}
