/**
 * Document creation: from aligned segments, or from two plain-text files split into paragraphs.
 */
import { CreateDocumentBody, CreateDocumentFields, MAX_SEGMENTS_PER_DOCUMENT } from '../../shared/schemas';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { badRequest } from '../errors';
import { parseOrThrow } from '../middleware/validate';
import type { MultipartUpload } from '../middleware/multipart';

/**
 * Pairs source and target paragraphs in order. A target paragraph without a source counterpart
 * keeps an empty source (the editor says "no source"), and vice versa.
 * TODO(issue 3): align by length and anchors instead of position.
 */
export function pairParagraphs(source: string, target: string): CreateDocumentBody['segments'] {
  const sourceParagraphs = splitParagraphs(source);
  const targetParagraphs = splitParagraphs(target);
  const count = Math.max(sourceParagraphs.length, targetParagraphs.length);
  return Array.from({ length: count }, (_, i) => ({ source: sourceParagraphs[i] ?? '', mt: targetParagraphs[i] ?? '' }));
}

export function documentFromUpload(upload: MultipartUpload): CreateDocumentBody {
  const fields = parseOrThrow(CreateDocumentFields, upload.fields, 'body');
  const source = upload.files.source;
  const target = upload.files.target;
  if (!source) throw badRequest('source', 'is required: the source-language text file');
  if (!target) throw badRequest('target', 'is required: the machine-translated text file');
  const segments = pairParagraphs(source.text, target.text);
  if (segments.length === 0) throw badRequest('target', 'holds no paragraphs (both files are empty)');
  if (segments.length > MAX_SEGMENTS_PER_DOCUMENT) {
    throw badRequest('target', `holds ${segments.length} paragraphs; the limit is ${MAX_SEGMENTS_PER_DOCUMENT}`);
  }
  return parseOrThrow(CreateDocumentBody, { ...fields, segments }, 'body');
}
