/**
 * Turns every failure into the API's one error shape, `{"error": {"code", "message"}}`. Body
 * parser failures (malformed JSON, oversized or wrongly encoded bodies), paths that are not valid
 * percent-encoding and any other error that carries a 4xx status are client errors, answered with
 * that status and never logged as failures; anything unexpected is logged with its stack and
 * answered without leaking internals.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorCode } from '../../shared/schemas';
import { AppError } from '../errors';

interface HttpParserError {
  type?: string;
  status?: number;
  expose?: boolean;
  message?: string;
  limit?: number;
  charset?: string;
}

function isHttpParserError(error: unknown): error is HttpParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

/** The status an error says it stands for (http-errors, body-parser, zlib through body-parser). */
function clientStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : undefined;
  return value !== undefined && value >= 400 && value <= 499 ? value : undefined;
}

const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_attempts',
};

/** Any other error that carries a 4xx status: that status, with what can be said of it. */
function fromClientError(error: unknown, status: number, contentEncoding: string | undefined): AppError {
  if (error instanceof URIError) {
    return new AppError(400, 'validation_failed', 'path: is not valid percent-encoding (a %-escape that is not UTF-8)', 'path');
  }
  const message = error instanceof Error ? error.message : 'the request cannot be served';
  const code = CODE_OF_STATUS[status] ?? 'bad_request';
  // a body whose bytes do not decode as its Content-Encoding says (zlib's "incorrect header check")
  const encoded = contentEncoding !== undefined && contentEncoding.toLowerCase() !== 'identity';
  if (status === 400 && encoded && (error as { type?: unknown }).type === undefined) {
    return new AppError(400, 'validation_failed', `body: does not match its Content-Encoding (${message})`, 'body');
  }
  return new AppError(status, code, message);
}

function fromParserError(error: HttpParserError): AppError | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new AppError(400, 'malformed_json', `body: malformed JSON (${error.message ?? 'cannot parse'})`, 'body');
    case 'entity.too.large':
      return new AppError(413, 'payload_too_large', `body: larger than the limit of ${error.limit ?? '?'} bytes`, 'body');
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new AppError(415, 'unsupported_media_type', `body: ${error.message ?? 'unsupported encoding'}; send UTF-8`, 'body');
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new AppError(400, 'validation_failed', `body: ${error.message ?? 'could not be read'}`, 'body');
    default:
      return undefined;
  }
}

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError(404, 'not_found', `no API route ${req.method} ${req.path}`));
};

export function errorHandler(log: (message: string, error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    let appError: AppError | undefined;
    if (error instanceof AppError) appError = error;
    else if (isHttpParserError(error)) appError = fromParserError(error);
    if (!appError) {
      const status = clientStatusOf(error);
      if (status !== undefined) appError = fromClientError(error, status, req.headers['content-encoding']);
    }
    if (!appError) {
      log(`${req.method} ${req.originalUrl} failed`, error);
      appError = new AppError(500, 'internal', 'Something went wrong on the server; the error has been logged.');
    }
    res.status(appError.status).json({
      error: {
        code: appError.code,
        message: appError.message,
        ...(appError.field === undefined ? {} : { field: appError.field }),
        ...(appError.reason === undefined ? {} : { reason: appError.reason }),
        ...(appError.params === undefined ? {} : { params: appError.params }),
      },
      ...appError.extra,
    });
  };
}

/** Routes that take a JSON body refuse other media types with 415 instead of guessing. */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !req.is('application/json')) {
    next(
      new AppError(
        415,
        'unsupported_media_type',
        `body: expected application/json, got ${req.headers['content-type'] ?? 'no content type'}`,
        'body',
      ),
    );
    return;
  }
  next();
};
