/**
 * Document creation from two plain-text files split into paragraphs and aligned. Plain values in,
 * plain values out: the route reads the upload, this decides what the document is.
 */
import { CreateDocumentBody, MAX_SEGMENTS_PER_DOCUMENT, type CreateDocumentFields } from '../../shared/schemas';
import { alignParagraphs } from '../../shared/text/align';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { badRequest } from '../errors';
import { parseOrThrow } from '../middleware/validate';

/**
 * Pairs source and target paragraphs with the paragraph aligner (lengths and anchors, not
 * position). A target paragraph without a source counterpart keeps an empty source (the editor
 * says "no source"), a source paragraph without translation an empty MT; merged or split
 * paragraphs become one segment whose two paragraphs are separated by a blank line.
 */
export function pairParagraphs(source: string, target: string): CreateDocumentBody['segments'] {
  return pairSplit(splitParagraphs(source), splitParagraphs(target));
}

function pairSplit(sourceParagraphs: string[], targetParagraphs: string[]): CreateDocumentBody['segments'] {
  return alignParagraphs(sourceParagraphs, targetParagraphs).map((group) => ({
    source: group.source.map((i) => sourceParagraphs[i]).join('\n\n'),
    mt: group.target.map((i) => targetParagraphs[i]).join('\n\n'),
  }));
}

/**
 * A document from a source text and its machine translation. Sizes are checked before aligning:
 * a side with more paragraphs than a document may have segments is refused at once.
 */
export function documentFromTexts(fields: CreateDocumentFields, source: string, target: string): CreateDocumentBody {
  const sourceParagraphs = splitParagraphs(source);
  const targetParagraphs = splitParagraphs(target);
  for (const [field, paragraphs] of [['source', sourceParagraphs], ['target', targetParagraphs]] as const) {
    if (paragraphs.length > MAX_SEGMENTS_PER_DOCUMENT) {
      throw badRequest(field, `holds ${paragraphs.length} paragraphs; a document holds at most ${MAX_SEGMENTS_PER_DOCUMENT}`);
    }
  }
  if (sourceParagraphs.length + targetParagraphs.length === 0) throw badRequest('target', 'holds no paragraphs (both files are empty)');
  const segments = pairSplit(sourceParagraphs, targetParagraphs);
  if (segments.length > MAX_SEGMENTS_PER_DOCUMENT) {
    throw badRequest('target', `aligns into ${segments.length} segments; a document holds at most ${MAX_SEGMENTS_PER_DOCUMENT}`);
  }
  return parseOrThrow(CreateDocumentBody, { ...fields, segments }, 'body');
}
