/**
 * The query string, read strictly: a %-escape that is not UTF-8 is a 400 naming the query, where
 * Node's own parser would quietly turn it into replacement characters. Repeated keys give arrays
 * (as Express's "simple" parser does); at most 1000 pairs are read.
 */
import { AppError } from '../errors';

const MAX_PAIRS = 1000;

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    throw new AppError(400, 'validation_failed', 'query: is not valid percent-encoding (a %-escape that is not UTF-8)', 'query');
  }
}

export function parseQueryStrictly(query: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  if (!query) return out;
  let pairs = 0;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    pairs += 1;
    if (pairs > MAX_PAIRS) break;
    const at = pair.indexOf('=');
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    const value = at < 0 ? '' : decode(pair.slice(at + 1));
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return out;
}
