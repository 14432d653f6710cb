/**
 * fetch -> typed data or ApiError. Responses are parsed with the same shared zod schemas the
 * server validates with, so a drifting API fails loudly here instead of rendering garbage.
 */
import type { z } from 'zod';
import { ApiErrorBody } from '../../shared/schemas';

/** An error answer from the API (or the network), with the code the UI translates. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly body?: unknown,
    /** A finer code inside the error (why a password is refused). */
    readonly reason?: string,
    /** The values it is worded with (a line, a state). */
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** The session's CSRF token, sent with every request that changes something. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the server says the session is gone (expired, revoked): the app shows the login. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** The session is gone, learnt some other way than an answer (a live feed that ended). */
export function reportUnauthenticated(): void {
  onUnauthenticated?.();
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** For answers without a body (204). */
  empty?: boolean;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Lets the request outlive the page (a last report sent while it closes). */
  keepalive?: boolean;
}

export async function apiRequest<T extends z.ZodType>(path: string, schema: T, options: RequestOptions = {}): Promise<z.output<T>> {
  const method = options.method ?? 'GET';
  const init: RequestInit = { method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
  if (method !== 'GET' && csrfToken) init.headers = { ...init.headers, 'X-CSRF-Token': csrfToken };
  if (options.signal) init.signal = options.signal;
  if (options.keepalive) init.keepalive = true;
  if (options.body instanceof FormData) {
    init.body = options.body;
  } else if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}`, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'The server cannot be reached.');
  }
  const payload: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  return readAnswer(path, schema, response.status, payload);
}

/** An answer's body as `schema` says, or the ApiError it stands for. */
function readAnswer<T extends z.ZodType>(path: string, schema: T, status: number, payload: unknown): z.output<T> {
  if (status < 200 || status >= 300) {
    const parsed = ApiErrorBody.safeParse(payload);
    if (parsed.success) {
      const { code, message, field, reason, params } = parsed.data.error;
      if (code === 'unauthenticated' && path !== '/session') onUnauthenticated?.();
      throw new ApiError(status, code, message, field, payload, reason, params);
    }
    throw new ApiError(status, status >= 500 ? 'internal' : 'unexpected', `HTTP ${status}`);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new ApiError(status, 'bad_response', `Unexpected answer from ${path}`);
  return parsed.data;
}

/**
 * Posts a form with a file, reporting how much of it has been sent (fetch cannot tell upload
 * progress; XMLHttpRequest can). `onProgress` gets the share sent, 0 to 1.
 */
export function apiUpload<T extends z.ZodType>(
  path: string,
  schema: T,
  form: FormData,
  onProgress: (share: number) => void,
): Promise<z.output<T>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api${path}`);
    request.setRequestHeader('Accept', 'application/json');
    if (csrfToken) request.setRequestHeader('X-CSRF-Token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError(0, 'network', 'The server cannot be reached.'));
    request.onload = () => {
      let payload: unknown;
      try {
        payload = JSON.parse(request.responseText) as unknown;
      } catch {
        payload = undefined;
      }
      try {
        resolve(readAnswer(path, schema, request.status, payload));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    request.send(form);
  });
}
