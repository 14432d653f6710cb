/**
 * Parsing a value with a zod schema from shared/, for routes, services and command lines alike:
 * the first problem becomes a 400 that names the field, e.g. `segments[3].mt: must be a string`.
 * Nothing here knows about HTTP.
 */
import type { z } from 'zod';
import { badRequest } from './errors';

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

/** Parses one part of the request with `schema`, throwing a 400 that names the field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw badRequest(where, 'is invalid');
  const field = describePath(where, issue.path);
  const message = issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined ? 'is required' : issue.message;
  throw badRequest(field, message);
}
