/**
 * Document creation: from aligned segments, or from two plain-text files split into paragraphs.
 */
import { CreateDocumentBody, CreateDocumentFields, MAX_SEGMENTS_PER_DOCUMENT } from '../../shared/schemas';
import { alignParagraphs } from '../../shared/text/align';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { badRequest } from '../errors';
import { parseOrThrow } from '../middleware/validate';
import type { MultipartUpload } from '../middleware/multipart';

/**
 * Pairs source and target paragraphs with the paragraph aligner (lengths and anchors, not
 * position). A target paragraph without a source counterpart keeps an empty source (the editor
 * says "no source"), a source paragraph without translation an empty MT; merged or split
 * paragraphs become one segment whose two paragraphs are separated by a blank line.
 */
export function pairParagraphs(source: string, target: string): CreateDocumentBody['segments'] {
  const sourceParagraphs = splitParagraphs(source);
  const targetParagraphs = splitParagraphs(target);
  return alignParagraphs(sourceParagraphs, targetParagraphs).map((group) => ({
    source: group.source.map((i) => sourceParagraphs[i]).join('\n\n'),
    mt: group.target.map((i) => targetParagraphs[i]).join('\n\n'),
  }));
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
