/**
 * Who is asking and what they may do, on every API request: the session from the cookie, 401
 * without one, the CSRF token on every state-changing request, and role checks for global actions
 * and for documents (404 for a document the user may not see, so its existence does not leak).
 */
import type { Request, RequestHandler } from 'express';
import { can, type Action } from '../../shared/permissions';
import type { DocumentSummary } from '../../shared/schemas';
import { AppError, forbidden, notFound, unauthenticated } from '../errors';
import type { Services } from '../services';
import type { AccessKind, Viewer } from '../store/types';
import { sameToken, type ActiveSession, type SessionService } from './sessions';
import { isTokenSession } from './sessions';

declare module 'express-serve-static-core' {
  interface Request {
    auth?: ActiveSession;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function authenticate(sessions: SessionService): RequestHandler {
  return async (req, _res, next) => {
    // a personal API token, else the browser's session cookie
    req.auth = (await sessions.resolveBearer(req.headers.authorization)) ?? (await sessions.resolve(req.headers.cookie));
    next();
  };
}

/** The signed-in user, or a 401. */
export function authOf(req: Request): ActiveSession {
  if (!req.auth) throw unauthenticated();
  return req.auth;
}

export function viewerOf(req: Request): Viewer {
  const { user } = authOf(req);
  return { id: user.id, role: user.role };
}

export const requireUser: RequestHandler = (req, _res, next) => {
  authOf(req);
  next();
};

/** Every request that changes something carries the session's CSRF token in X-CSRF-Token. */
export const requireCsrf: RequestHandler = (req, _res, next) => {
  if (SAFE_METHODS.has(req.method)) {
    next();
    return;
  }
  const { session } = authOf(req);
  // a token is sent by a script on purpose, never by a browser on its own: no CSRF to guard against
  if (isTokenSession(session)) {
    next();
    return;
  }
  const header = req.headers['x-csrf-token'];
  if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) {
    throw new AppError(403, 'csrf_failed', 'the X-CSRF-Token header is missing or wrong (it comes with the session)');
  }
  next();
};

/** An action that does not belong to one document: the user's global role decides. */
export function requireGlobal(action: Action, what: string): RequestHandler {
  return (req, _res, next) => {
    if (!can(authOf(req).user.role, action)) throw forbidden(what);
    next();
  };
}

/** The document as the user sees it, if they may do `action` on it; 404 if they may not see it. */
export async function documentFor(
  services: Services,
  req: Request,
  documentId: number,
  action: Action,
  what: string,
): Promise<DocumentSummary> {
  const document = await services.documents.get(documentId, viewerOf(req));
  if (!document) throw notFound('document', documentId);
  if (!can(document.roles, action)) throw forbidden(what);
  return document;
}

/**
 * The permission check for a document, segment or revision without loading it: the id of its
 * document if the user may do `action` there; 404 (named after what was asked for) when it does not
 * exist or the user may not see it, 403 when their role does not allow the action.
 */
export async function authorize(
  services: Services,
  req: Request,
  kind: AccessKind,
  id: number,
  action: Action,
  what: string,
): Promise<number> {
  const access = await services.people.accessTo(kind, id, viewerOf(req));
  if (!access || access.roles.length === 0) throw notFound(kind, id);
  if (!can(access.roles, action)) throw forbidden(what);
  return access.documentId;
}
