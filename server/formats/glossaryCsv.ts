/**
 * Glossary CSV, the columns of the demo glossary: source, target, forbidden (renderings separated
 * by "|"), note, do_not_translate (yes/no), and optionally case_sensitive. Column order is free;
 * unknown columns are an error (a typo would otherwise silently drop data).
 */
import type { GlossaryTermInput } from '../../shared/schemas';
import { CsvError, parseCsv, toCsv } from './csv';

const REQUIRED = ['source', 'target'] as const;
const KNOWN = new Set(['source', 'target', 'forbidden', 'note', 'do_not_translate', 'case_sensitive']);
const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

export const GLOSSARY_CSV_COLUMNS = ['source', 'target', 'forbidden', 'note', 'do_not_translate', 'case_sensitive'];

function flag(value: string, column: string, line: number): boolean {
  const normalized = value.trim().toLowerCase();
  if (YES.has(normalized)) return true;
  if (NO.has(normalized)) return false;
  throw new CsvError(line, `${column} must be yes or no, not "${value}"`, 'yes_no', { column, value });
}

export function parseGlossaryCsv(text: string): GlossaryTermInput[] {
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header) throw new CsvError(1, 'the file is empty; the first line must name the columns (source,target,...)', 'empty_file');
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  for (const column of columns) {
    if (!KNOWN.has(column))
      throw new CsvError(header.line, `unknown column "${column}" (known: ${[...KNOWN].join(', ')})`, 'unknown_column', {
        column,
        known: [...KNOWN].join(', '),
      });
  }
  for (const column of REQUIRED) {
    if (!columns.includes(column)) throw new CsvError(header.line, `the column "${column}" is missing`, 'missing_column', { column });
  }
  const terms: GlossaryTermInput[] = [];
  const seen = new Map<string, number>();
  for (const row of rows.slice(1)) {
    if (row.fields.length !== columns.length) {
      throw new CsvError(row.line, `${row.fields.length} fields where the header has ${columns.length}`, 'field_count', {
        count: row.fields.length,
        expected: columns.length,
      });
    }
    const get = (column: string) => row.fields[columns.indexOf(column)] ?? '';
    const source = get('source').trim();
    if (source === '') throw new CsvError(row.line, 'the source term is empty', 'empty_source');
    const doNotTranslate = columns.includes('do_not_translate') ? flag(get('do_not_translate'), 'do_not_translate', row.line) : false;
    const target = get('target').trim() || (doNotTranslate ? source : '');
    if (target === '') throw new CsvError(row.line, `"${source}" has no target rendering`, 'no_target', { source });
    const key = source.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw new CsvError(row.line, `"${source}" is already defined on line ${earlier}`, 'duplicate_source', { source, earlier });
    seen.set(key, row.line);
    terms.push({
      source,
      target,
      forbidden: get('forbidden')
        .split('|')
        .map((f) => f.trim())
        .filter((f) => f !== ''),
      note: get('note').trim(),
      doNotTranslate,
      caseSensitive: columns.includes('case_sensitive') ? flag(get('case_sensitive'), 'case_sensitive', row.line) : false,
    });
  }
  return terms;
}

export function glossaryToCsv(terms: readonly GlossaryTermInput[]): string {
  return toCsv([
    GLOSSARY_CSV_COLUMNS,
    ...terms.map((term) => [
      term.source,
      term.target,
      term.forbidden.join('|'),
      term.note,
      term.doNotTranslate ? 'yes' : 'no',
      term.caseSensitive ? 'yes' : 'no',
    ]),
  ]);
}
