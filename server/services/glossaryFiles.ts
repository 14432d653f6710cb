/**
 * Glossary files in and out: CSV (the demo glossary's columns) and TBX. The format is told by the
 * file's name or, failing that, by its first characters.
 */
import { GlossaryTermInput, type GlossaryPair } from '../../shared/schemas';
import { AppError, badRequest } from '../errors';
import { CsvError } from '../formats/csv';
import { glossaryToCsv, parseGlossaryCsv } from '../formats/glossaryCsv';
import { glossaryToTbx, parseTbx, TbxError } from '../formats/tbx';

export type GlossaryFormat = 'csv' | 'tbx';

export function detectGlossaryFormat(filename: string, text: string): GlossaryFormat {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.tbx') || lower.endsWith('.xml')) return 'tbx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  return text.trimStart().startsWith('<') ? 'tbx' : 'csv';
}

/** Parses an uploaded glossary; every problem becomes a 400 naming the file and the line. */
export function readGlossaryFile(filename: string, text: string, pair: GlossaryPair): { terms: GlossaryTermInput[]; skipped: number } {
  const format = detectGlossaryFormat(filename, text);
  let terms: GlossaryTermInput[];
  let skipped = 0;
  try {
    if (format === 'csv') terms = parseGlossaryCsv(text);
    else ({ terms, skipped } = parseTbx(text, pair));
  } catch (error) {
    // the line and what is wrong go as a code and values the client words in its own language
    if (error instanceof CsvError) {
      throw new AppError(400, 'validation_failed', `file: ${filename}: ${error.message}`, 'file', undefined, `csv.${error.reason}`, {
        file: filename,
        line: error.line,
        ...error.params,
      });
    }
    if (error instanceof TbxError) throw badRequest('file', `${filename}: ${error.message}`);
    throw error;
  }
  if (terms.length === 0) {
    throw badRequest('file', `${filename}: no term for ${pair.sourceLang} → ${pair.targetLang} in this file`);
  }
  // the same rules as a term typed in the glossary page
  terms.forEach((term, index) => {
    const parsed = GlossaryTermInput.safeParse(term);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw badRequest(
        'file',
        `${filename}: term ${index + 1} ("${term.source}"): ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is invalid'}`,
      );
    }
  });
  return { terms, skipped };
}

export function writeGlossaryFile(format: GlossaryFormat, pair: GlossaryPair, terms: readonly GlossaryTermInput[]): string {
  return format === 'csv' ? glossaryToCsv(terms) : glossaryToTbx(pair, terms);
}
