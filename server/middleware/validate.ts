/**
 * One validation path for every route: params, query and body are parsed by zod schemas from
 * shared/, and the handler receives the typed result (Express 5's `req.query` is read-only, so the
 * parsed input is handed over rather than written back). The first problem becomes a 400 naming
 * the field, e.g. `segments[3].mt: must be a string`.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { parseOrThrow } from '../validation';

export { parseOrThrow };

type Schemas = {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
};

type Parsed<S extends Schemas> = {
  [K in keyof S]: S[K] extends z.ZodType ? z.output<S[K]> : never;
};

export function validated<S extends Schemas>(
  schemas: S,
  handler: (input: Parsed<S>, req: Request, res: Response, next: NextFunction) => unknown,
): RequestHandler {
  return async (req, res, next) => {
    const input: Record<string, unknown> = {};
    if (schemas.params) input.params = parseOrThrow(schemas.params, req.params, 'path');
    if (schemas.query) input.query = parseOrThrow(schemas.query, req.query, 'query');
    if (schemas.body) input.body = parseOrThrow(schemas.body, req.body ?? {}, 'body'); // no body: name the missing fields
    await handler(input as Parsed<S>, req, res, next);
  };
}
