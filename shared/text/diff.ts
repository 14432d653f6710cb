/**
 * Word-level diff: reviewers read words, not characters.
 *
 * Both texts are tokenized, every distinct token is encoded as one UTF-16 code unit, the encoded
 * strings are diffed with diff-match-patch and cleaned up semantically *before* mapping back
 * (cleaning up afterwards would split words again), then each part is mapped back to offsets in the
 * original strings. Because tokens never split a grapheme, neither do the parts.
 */
import DiffMatchPatch from 'diff-match-patch';
import { tokenize, type Token } from './tokenize';

export type DiffOp = 'equal' | 'insert' | 'delete';

/**
 * One run of the diff. `a*` offsets index the old text, `b*` the new one; an insertion has
 * `aStart === aEnd` (where it goes in the old text), a deletion `bStart === bEnd`.
 */
export interface DiffPart {
  op: DiffOp;
  text: string;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

export interface DiffOptions {
  /** BCP 47 tag of the texts' language, used to segment scripts written without spaces. */
  lang?: string;
}

const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 1;

// Code units used to encode tokens: none is a surrogate, whitespace, or ASCII (ASCII punctuation
// and the plain space and newline encode as themselves, so diff-match-patch's semantic clean-up
// still sees where words and sentences end).
const CODE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xe000, 0xf8ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xd7ff],
];
const CAPACITY = CODE_RANGES.reduce((sum, [from, to]) => sum + to - from + 1, 0);

function codeAt(index: number): string {
  let rest = index;
  for (const [from, to] of CODE_RANGES) {
    const size = to - from + 1;
    if (rest < size) return String.fromCharCode(from + rest);
    rest -= size;
  }
  throw new RangeError('token code out of range');
}

/** ASCII punctuation, the space and the newline stand for themselves. */
function isSelfEncoded(text: string): boolean {
  if (text.length !== 1) return false;
  const code = text.charCodeAt(0);
  if (code === 0x0a) return true;
  if (code < 0x20 || code > 0x7e) return false;
  return !((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a));
}

class TokenCodec {
  private readonly codes = new Map<string, string>();
  private next = 0;

  /** Encodes tokens as one code unit each; past capacity the rest of the text becomes one token. */
  encode(tokens: Token[]): { encoded: string; tokens: Token[] } {
    let encoded = '';
    const used: Token[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      let token = tokens[i] as Token;
      let code = this.codes.get(token.text);
      if (code === undefined) {
        if (isSelfEncoded(token.text)) {
          code = token.text;
        } else {
          if (this.next >= CAPACITY - 2) {
            const last = tokens[tokens.length - 1] as Token;
            const restText = tokens
              .slice(i)
              .map((t) => t.text)
              .join('');
            token = { text: restText, start: token.start, end: last.end, kind: 'other' };
            i = tokens.length;
            code = this.codes.get(restText);
          }
          code ??= codeAt(this.next++);
        }
        this.codes.set(token.text, code);
      }
      encoded += code;
      used.push(token);
    }
    return { encoded, tokens: used };
  }
}

/** Word diff of `a` (old) against `b` (new). Parts cover both texts completely and in order. */
export function diffWords(a: string, b: string, options: DiffOptions = {}): DiffPart[] {
  if (a === b) return a === '' ? [] : [{ op: 'equal', text: a, aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length }];
  if (a === '') return [{ op: 'insert', text: b, aStart: 0, aEnd: 0, bStart: 0, bEnd: b.length }];
  if (b === '') return [{ op: 'delete', text: a, aStart: 0, aEnd: a.length, bStart: 0, bEnd: 0 }];

  const codec = new TokenCodec();
  const left = codec.encode(tokenize(a, options.lang));
  const right = codec.encode(tokenize(b, options.lang));
  const diffs = dmp.diff_main(left.encoded, right.encoded, false);
  dmp.diff_cleanupSemantic(diffs);

  const parts: DiffPart[] = [];
  let ia = 0;
  let ib = 0;
  let aPos = 0;
  let bPos = 0;
  for (const [operation, data] of diffs) {
    const count = data.length;
    if (count === 0) continue;
    if (operation === DiffMatchPatch.DIFF_EQUAL) {
      const aEnd = (left.tokens[ia + count - 1] as Token).end;
      const bEnd = (right.tokens[ib + count - 1] as Token).end;
      parts.push({ op: 'equal', text: a.slice(aPos, aEnd), aStart: aPos, aEnd, bStart: bPos, bEnd });
      ia += count;
      ib += count;
      aPos = aEnd;
      bPos = bEnd;
    } else if (operation === DiffMatchPatch.DIFF_DELETE) {
      const aEnd = (left.tokens[ia + count - 1] as Token).end;
      parts.push({ op: 'delete', text: a.slice(aPos, aEnd), aStart: aPos, aEnd, bStart: bPos, bEnd: bPos });
      ia += count;
      aPos = aEnd;
    } else {
      const bEnd = (right.tokens[ib + count - 1] as Token).end;
      parts.push({ op: 'insert', text: b.slice(bPos, bEnd), aStart: aPos, aEnd: aPos, bStart: bPos, bEnd });
      ib += count;
      bPos = bEnd;
    }
  }
  return parts;
}

/** Words inserted and deleted by a diff: the figures a reviewer's summary shows. */
export function countDiffWords(parts: readonly DiffPart[], options: DiffOptions = {}): { inserted: number; deleted: number } {
  let inserted = 0;
  let deleted = 0;
  for (const part of parts) {
    if (part.op === 'equal') continue;
    const words = tokenize(part.text, options.lang).filter((t) => t.kind === 'word').length;
    if (part.op === 'insert') inserted += words;
    else deleted += words;
  }
  return { inserted, deleted };
}
