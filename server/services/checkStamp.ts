/**
 * The stamp a document's checks are made with: the checks' own version, the glossary's stamp,
 * and how often the document's document-wide dismissals changed. A stored check with another
 * stamp is made again (on sight, and in the background after the document is queued again).
 */
import { QA_ENGINE_VERSION } from '../../shared/qa/version';

export function checkStamp(glossaryStamp: string, dismissalVersion: number): string {
  const stamp = `e${QA_ENGINE_VERSION}|${glossaryStamp}`;
  return dismissalVersion === 0 ? stamp : `${stamp}~d${dismissalVersion}`;
}
