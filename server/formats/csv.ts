/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Errors name the line
 * (1-based, counting physical lines) so a translator can fix the file in a spreadsheet.
 *
 * Every cell that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a
 * carriage return: OWASP's list) is written with a leading apostrophe, which spreadsheets show as
 * text; reading takes the apostrophe off again, so Tilik's own files read back unchanged. A cell
 * that already begins with apostrophes before such a character gets one more, so the mapping is
 * one to one. Plain signed numbers ("-12.5") stay numbers.
 */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
    /** What is wrong, as a code the client words (with `params`). */
    readonly reason: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

export interface CsvRow {
  /** Physical line on which the record starts. */
  line: number;
  fields: string[];
}

export function parseCsv(input: string): CsvRow[] {
  const text = input.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let fieldStarted = false;
  const endField = () => {
    fields.push(restoreFormula(field));
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else {
          inQuotes = false;
          const next = text[i + 1];
          if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
            throw new CsvError(line, 'unexpected text after a closing quote (write a quote inside a quoted field as "")', 'after_quote');
          }
        }
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (fieldStarted) throw new CsvError(line, 'a quote inside an unquoted field (quote the whole field)', 'quote_in_field');
      inQuotes = true;
      quoteLine = line;
      fieldStarted = true;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new CsvError(quoteLine, 'a quoted field is never closed', 'unclosed_quote');
  endRow();
  return rows;
}

const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

/** A plain signed number ("-12.5") is a number to a spreadsheet, never a formula: left as it is. */
const PLAIN_NUMBER = /^[-+]?[0-9]+(\.[0-9]+)?$/;

/** A cell as written: one apostrophe more in front of anything a spreadsheet would run. */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The cell as it was before defuseFormula. */
export function restoreFormula(value: string): string {
  return ESCAPED_FORMULA.test(value) ? value.slice(1) : value;
}

/** One CSV field, defused and quoted when it has to be. */
export function csvField(raw: string): string {
  const value = defuseFormula(raw);
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
