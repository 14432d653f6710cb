/**
 * Literals (text/literals.ts): each one of the source must be in the translation exactly as the
 * source writes it. When it is not, the finding goes where the translation has it changed:
 *
 * - the same characters with spaces put in or taken out ("{ name }", "% s", "save ()");
 * - a version or number-like literal with other punctuation ("3,8,1" for "3.8.1");
 * - a literal of the same kind that the source does not have ("{jumlah}" for "{count}",
 *   "interval_sinkronisasi" for "sync_interval", another address);
 * - a key in another letter case ("ESC");
 * - a key, a placeholder's name, code or search syntax translated as words: on the words at its
 *   place among the landmarks both texts share (locate.ts).
 *
 * Otherwise (an address or a version dropped) the finding says so at the end of the text: where it
 * belonged is not known.
 */
import { repunctuated, type Literal, type LiteralKind } from '../../text/literals';
import { compiled, escapeRegExp } from '../../text/regexp';
import { UNSPACED_SCRIPTS } from '../../text/tokenize';
import { finding, spanOf, type Rule, type RuleContext } from '../context';
import { locateInTarget } from '../locate';
import type { Finding, Severity } from '../types';

/**
 * Key names as keyboards and manuals of other languages print them, with the name they stand for
 * (German, French, Spanish, Italian, Portuguese, Dutch).
 */
const KEY_ALIASES: Record<string, string> = {
  strg: 'ctrl',
  umschalt: 'shift',
  umschalttaste: 'shift',
  maj: 'shift',
  mayús: 'shift',
  mayus: 'shift',
  maiusc: 'shift',
  entf: 'delete',
  suppr: 'delete',
  supr: 'delete',
  canc: 'delete',
  einfg: 'insert',
  inser: 'insert',
  pos1: 'home',
  début: 'home',
  inicio: 'home',
  ende: 'end',
  fin: 'end',
  fine: 'end',
  eingabe: 'enter',
  eingabetaste: 'enter',
  entrée: 'enter',
  intro: 'enter',
  invio: 'enter',
  échap: 'esc',
  echap: 'esc',
  rücktaste: 'backspace',
  retroceso: 'backspace',
  leertaste: 'space',
  espace: 'space',
  espacio: 'space',
  spazio: 'space',
  spatiebalk: 'space',
  ctl: 'ctrl',
};

/** Whether the target has the key (or shortcut) under its local names ("Strg+S", "Entf"). */
function keyNamedLocally(key: string, target: string): boolean {
  const canonical = (name: string) => {
    const lower = name.trim().toLowerCase();
    return KEY_ALIASES[lower] ?? lower;
  };
  const wanted = key.split('+').map(canonical).join('+');
  for (const match of target.matchAll(/[\p{L}\p{N}⌘⌥⇧⌃]+(?:\s*\+\s*[\p{L}\p{N}⌘⌥⇧⌃]+)*/gu)) {
    if (match[0].split('+').map(canonical).join('+') === wanted) return true;
  }
  return false;
}

/** Kinds a translation may have turned into words of its own language. */
const TRANSLATABLE = new Set<LiteralKind>(['key', 'identifier', 'code', 'search', 'placeholder']);

/** Kinds that may stand for each other when the translation changed one. */
const FAMILY: Record<LiteralKind, string> = {
  url: 'address',
  email: 'address',
  path: 'address',
  code: 'code',
  identifier: 'code',
  placeholder: 'placeholder',
  key: 'key',
  version: 'version',
  search: 'search',
};

const SEVERITY: Record<LiteralKind, Severity> = {
  placeholder: 'critical',
  code: 'major',
  identifier: 'major',
  url: 'major',
  email: 'major',
  path: 'major',
  key: 'major',
  version: 'major',
  search: 'major',
};

const WORD_CHAR_RE = /[\p{L}\p{N}_]/u;
/**
 * Letters of scripts written without spaces between words (Chinese, Japanese, Thai…): a literal
 * stands right against them ("发送至help@example.com联系") and is not inside a longer word.
 */
const UNSPACED_RE = new RegExp(`[${UNSPACED_SCRIPTS}]`, 'u');

/** Whether a character would make a literal beside it part of a longer word. */
function joins(char: string): boolean {
  return WORD_CHAR_RE.test(char) && !UNSPACED_RE.test(char);
}

/** Where `text` occurs in `target` as a whole (not inside a longer word), from `from`. */
function occurrences(target: string, text: string): number[] {
  const out: number[] = [];
  const startsWord = WORD_CHAR_RE.test(text.charAt(0));
  const endsWord = WORD_CHAR_RE.test(text.charAt(text.length - 1));
  for (let at = target.indexOf(text); at >= 0; at = target.indexOf(text, at + 1)) {
    if (startsWord && joins(target.charAt(at - 1))) continue;
    if (endsWord && joins(target.charAt(at + text.length))) continue;
    out.push(at);
  }
  return out;
}

/** The same characters with whitespace anywhere between them: "{ name }" for "{name}". */
function spaced(target: string, literal: Literal): { start: number; end: number } | null {
  const bare = literal.text.replace(/\s+/gu, '');
  if (bare.length < 2) return null;
  const pattern = compiled([...bare].map(escapeRegExp).join('\\s*'), 'u');
  const match = pattern.exec(target);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** Where the translation has this literal changed (see the top of this file), or null. */
function changedPlace(
  context: RuleContext,
  literal: Literal,
  sourceTexts: ReadonlySet<string>,
  taken: ReadonlySet<number>,
): { start: number; end: number; guessed?: boolean } | null {
  const target = context.target.text;
  const near = spaced(target, literal) ?? repunctuated(target, literal);
  if (near) return near;
  const sameKind = context.target.literals.find(
    (other) => FAMILY[other.kind] === FAMILY[literal.kind] && !sourceTexts.has(other.text) && !taken.has(other.start),
  );
  if (sameKind) return sameKind;
  if (literal.kind === 'key') {
    const [start] = occurrences(target.toLowerCase(), literal.text.toLowerCase());
    if (start !== undefined) return { start, end: start + literal.text.length };
  }
  if (TRANSLATABLE.has(literal.kind) && context.source) {
    const place = locateInTarget(context.source, context.target, literal.start, literal.end);
    return place && { ...place, guessed: true };
  }
  return null;
}

export const literalsRule: Rule = {
  name: 'literals',
  ids: ['literals.changed', 'literals.missing'],
  check(context) {
    const source = context.source;
    if (!source || source.literals.length === 0) return [];
    const target = context.target.text;
    const out: Finding[] = [];
    // each occurrence in the target answers one literal of the source
    const used = new Map<string, number>();
    const sourceTexts = new Set(source.literals.map((literal) => literal.text));
    const taken = new Set<number>();
    for (const literal of source.literals) {
      const count = used.get(literal.text) ?? 0;
      if (occurrences(target, literal.text).length > count) {
        used.set(literal.text, count + 1);
        continue;
      }
      // keys as the target language's keyboards label them ("Strg+S" for "Ctrl+S")
      if (literal.kind === 'key' && keyNamedLocally(literal.text, target)) continue;
      const sourceSpan = spanOf(source.text, literal.start, literal.end);
      const changedAt = changedPlace(context, literal, sourceTexts, taken);
      const guessed = changedAt !== null && changedAt.guessed;
      if (changedAt && !taken.has(changedAt.start)) {
        taken.add(changedAt.start);
        out.push(
          finding(context, 'literals.changed', SEVERITY[literal.kind], changedAt.start, changedAt.end, {
            source: sourceSpan,
            params: { expected: literal.text, found: target.slice(changedAt.start, changedAt.end) },
            // a place worked out from landmarks is where to look, not words sure enough to replace
            suggestion: guessed ? null : literal.text,
          }),
        );
        continue;
      }
      out.push(
        finding(context, 'literals.missing', SEVERITY[literal.kind], target.length, target.length, {
          source: sourceSpan,
          params: { expected: literal.text },
        }),
      );
    }
    return out;
  },
};
