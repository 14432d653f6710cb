/**
 * Literals: the parts of a text that a translation copies exactly, whatever its language. Web and
 * e-mail addresses, code in backticks, placeholders of software strings ({name}, {{name}},
 * ${name}, %s, %1$d, %(name)s, {0}, the head of an ICU plural, tags written in the text), keys and
 * shortcuts (Ctrl+Shift+N, ⌘V, F8, Esc after "press"), version numbers (3.8.1, v2.4, iOS 17.2),
 * paths, search syntax (author:me), and identifiers (sync_interval, fetchData, save(),
 * config.yaml). None of these is a word to translate, a number to re-punctuate, or a name to
 * inflect: the rules skip them, and the literals rule wants each back as it was.
 */
import { compiled, escapeRegExp } from './regexp';

export type LiteralKind = 'url' | 'email' | 'code' | 'placeholder' | 'key' | 'version' | 'path' | 'search' | 'identifier';

export interface Literal {
  kind: LiteralKind;
  text: string;
  start: number;
  end: number;
}

const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}_])`;
const KEY_NAMES = String.raw`(?:Esc|Escape|Enter|Return|Tab|Backspace|Delete|Del|Insert|Ins|Home|End|PgUp|PgDn|PageUp|PageDown|Space|Spacebar|F(?:[1-9]|1[0-9]|2[0-4]))`;
const MODIFIERS = String.raw`(?:Ctrl|Control|Alt|AltGr|Shift|Cmd|Command|Option|Opt|Meta|Win|Super|Fn|[⌘⌥⇧⌃])`;
const PRODUCTS = String.raw`(?:iOS|iPadOS|macOS|watchOS|tvOS|Android|Windows|Ubuntu|Debian|Fedora|Chrome|Firefox|Safari|Edge|Node\.js|Node|Python|Java|PHP|Ruby|Rust|Kotlin|Swift|TypeScript|PostgreSQL|MySQL|SQLite|Excel|Office)`;
/** Units' symbols with a metric prefix that look like camelCase: kWh, mAh, kHz, hPa, mSv, dBm, mmHg. */
const PREFIXED_UNIT = String.raw`(?:[kMGmcdhnpu]|mm|da)(?:Wh|Ah|Hz|Pa|Sv|Bq|Gy|Hg|Bm|Wp)`;
const VERSION_WORDS = String.raw`(?:[Vv]ersion|[Vv]ersi|[Vv]ersión|[Vv]ersione|[Vv]ersão|[Vv]ersie|[Rr]elease|[Rr]ilis|[Bb]uild)`;

/**
 * Kinds in the order they claim text (a later pattern never takes what an earlier one matched),
 * each with a cheap test that a text could hold one at all: most prose holds none, and the full
 * patterns are slow.
 */
const PATTERNS: ReadonlyArray<readonly [LiteralKind, RegExp, RegExp]> = [
  [
    'url',
    /:\/\/|www\.|\.[a-z]{2,}\//u,
    // with a scheme, from www., or a bare domain with a path ("shop.example.id/service")
    // (never into the Chinese or Japanese written right after it: "访问https://example.com/help了解详情")
    /\b(?:https?|ftp):\/\/[^\s<>"'`“”‘’\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}，。；：！？、（）]+|\bwww\.[^\s<>"'`“”‘’\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}，。；：！？、（）]+|(?<![\p{L}\p{N}_.@/-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"'`“”‘’\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}，。；：！？、（）]*/giu,
  ],
  // (not the Chinese or Japanese characters written right against it: "发送电子邮件至info@example.com")
  [
    'email',
    /@/u,
    /(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}._%+-])+@[\p{L}\p{N}-]+(?:\.(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}-])+)+/gu,
  ],
  ['code', /`/u, /`[^`\n]+`/gu],
  [
    'placeholder',
    /[{%<]/u,
    new RegExp(
      [
        String.raw`\{\{\s*[\p{L}\p{N}_.]+\s*\}\}`, // {{name}}
        String.raw`\$\{[^{}\s]+\}`, // ${name}
        String.raw`\{[\p{L}_][\p{L}\p{N}_]*\s*,\s*(?:plural|select|selectordinal)\s*,`, // the head of an ICU plural
        String.raw`\{(?:[\p{L}_][\p{L}\p{N}_.]*|\d+)\}`, // {name}, {0}
        String.raw`%\([\p{L}\p{N}_]+\)[sdifr]`, // %(name)s
        String.raw`%(?:\d+\$)?[-+0#]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|z|j|t)?[sdiuoxXfFeEgGcp@]${NOT_WORD_AFTER}`, // %s, %1$d, %.2f
        String.raw`</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>`, // <b>, </a>, <br/>
      ].join('|'),
      'gu',
    ),
  ],
  [
    'key',
    /\+|[⌘⌥⇧⌃]|F\d|Esc|Enter|Return|Tab|Backspace|Delete|Del|Ins|Home|End|Pg|Page|Space/u,
    new RegExp(
      [
        String.raw`${NOT_WORD_BEFORE}(?:${MODIFIERS}\s*\+\s*)+(?:${KEY_NAMES}|[A-Z0-9]|[←→↑↓]|[.,/;'\[\]\\=-])${NOT_WORD_AFTER}`, // Ctrl+Shift+N
        String.raw`[⌘⌥⇧⌃]+[A-Z0-9]${NOT_WORD_AFTER}`, // ⌘V
        String.raw`${NOT_WORD_BEFORE}F(?:[1-9]|1[0-9]|2[0-4])${NOT_WORD_AFTER}`, // F8
        // a key named after "press", "hit" (the word "Enter" elsewhere may be an ordinary word; what
        // is tapped is a button of a screen, "tap Return item", whose label is translated; so is a
        // label of several capitalised words, "press Delete Account")
        String.raw`(?<=\b(?:[Pp]ress|[Pp]ressing|[Hh]it|[Tt]ype|[Tt]ekan|[Dd]rücken Sie|[Aa]ppuyez sur|[Pp]ulse|[Pp]remi)\s+(?:the\s+)?)${KEY_NAMES}${NOT_WORD_AFTER}(?!\s+\p{Lu}\p{Ll})`,
      ].join('|'),
      'gu',
    ),
  ],
  [
    'version',
    /\d\.\d/u,
    new RegExp(
      [
        String.raw`${NOT_WORD_BEFORE}[vV]\d+(?:\.\d+)+${NOT_WORD_AFTER}`, // v3.8.1
        String.raw`(?<=\b(?:${PRODUCTS}|${VERSION_WORDS})\s+)\d+(?:\.\d+)+${NOT_WORD_AFTER}`, // iOS 17.2, version 2.4
        // three parts or more: not a date (1.5.2026, 2026.05.01), not thousands grouped with dots
        // (6.000.000, at the end of a sentence too), not an amount ($1.250.000)
        String.raw`(?<![\p{L}\p{N}_$€£¥₹₩₽₺₫₪฿]|Rp|RM)(?!\d{1,2}\.\d{1,2}\.\d{4}(?!\.?\d))(?!\d{4}\.\d{1,2}\.\d{1,2}(?!\.?\d))(?!\d{1,3}(?:\.\d{3})+(?!\d|\.\d))\d+\.\d+\.\d+(?:\.\d+)*${NOT_WORD_AFTER}`,
      ].join('|'),
      'gu',
    ),
  ],
  [
    'path',
    /[/\\]/u,
    /(?<![\p{L}\p{N}_/.~])(?:(?:~|\.{1,2})\/[\p{L}\p{N}_.-]+(?:\/[\p{L}\p{N}_.-]+)*\/?|\/[\p{L}\p{N}_.-]+(?:\/[\p{L}\p{N}_.-]+)+\/?)|\b[A-Z]:\\(?:[\p{L}\p{N}_ .-]+\\)*[\p{L}\p{N}_.-]+/gu,
  ],
  ['search', /[a-z]:[^\s/]/u, /(?<![\p{L}\p{N}_:/.])[a-z][a-z_-]+:(?:"[^"\n]*"|[\p{L}\p{N}@_*-]+(?:\.[\p{L}\p{N}@_*-]+)*)/gu],
  // identifiers, each shape with its own first look (names such as "DeepSeek" are common in prose)
  ['identifier', /\(\)/u, new RegExp(String.raw`${NOT_WORD_BEFORE}[A-Za-z_][\p{L}\p{N}_.]*\(\)`, 'gu')], // save(), obj.method()
  ['identifier', /[a-z0-9]_[a-z0-9]/u, new RegExp(String.raw`${NOT_WORD_BEFORE}[a-z][a-z0-9]*(?:_[a-z0-9]+)+${NOT_WORD_AFTER}`, 'gu')], // sync_interval
  ['identifier', /[A-Z0-9]_[A-Z0-9]/u, new RegExp(String.raw`${NOT_WORD_BEFORE}[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+${NOT_WORD_AFTER}`, 'gu')], // MAX_RETRIES
  // fetchData; not a unit's symbol with a prefix (kWh, mAh, kHz, hPa, mmHg: a translation may spell those out)
  [
    'identifier',
    /\b[a-z]+[A-Z]/u,
    new RegExp(String.raw`${NOT_WORD_BEFORE}(?!${PREFIXED_UNIT}${NOT_WORD_AFTER})[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+${NOT_WORD_AFTER}`, 'gu'),
  ],
  [
    'identifier',
    /[a-z_][a-z0-9_-]\.[a-z_][a-z0-9_-]/u,
    new RegExp(String.raw`(?<![\p{L}\p{N}_.])[a-z_][a-z0-9_-]+(?:\.[a-z_][a-z0-9_-]+)+${NOT_WORD_AFTER}`, 'gu'),
  ], // config.yaml
];

/** An address without the punctuation of the sentence that follows it. */
function trimmed(kind: LiteralKind, text: string): string {
  if (kind !== 'url' && kind !== 'email' && kind !== 'path') return text;
  let out = text.replace(/[.,;:!?'"”’]+$/u, '');
  // a closing bracket belongs to the address only when it opened one
  while (out.endsWith(')') && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0))
    out = out.slice(0, -1).replace(/[.,;:!?]+$/u, '');
  return out;
}

/** The literals of a text, in order, none overlapping another. */
export function literalsIn(text: string): Literal[] {
  const taken: Literal[] = [];
  for (const [kind, hint, pattern] of PATTERNS) {
    if (!hint.test(text)) continue;
    // exec rather than matchAll, which copies the expression on every call
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') {
        pattern.lastIndex += 1;
        continue;
      }
      const value = trimmed(kind, match[0]);
      if (value === '') continue;
      const start = match.index;
      const end = start + value.length;
      if (taken.some((other) => other.start < end && start < other.end)) continue;
      taken.push({ kind, text: value, start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Whether [start, end) lies inside one of the literals. */
export function insideLiteral(literals: readonly Literal[], start: number, end: number): boolean {
  for (const literal of literals) {
    if (literal.start <= start && end <= literal.end) return true;
    if (literal.start >= end) return false;
  }
  return false;
}

/**
 * Where `target` has the version `literal` with its dots turned into commas or spaces ("3,8,1",
 * "17,2"): a reader takes that for a decimal number, and so would the numbers rule.
 */
export function repunctuated(target: string, literal: Literal): { start: number; end: number } | null {
  if (literal.kind !== 'version') return null;
  const parts = literal.text.replace(/^[vV]/, '').split('.');
  const pattern = compiled(`(?<![\\p{N}.,])[vV]?${parts.map(escapeRegExp).join('[.,\\s\\u00a0]')}(?![\\p{N}]|[.,]\\p{N})`, 'u');
  const match = pattern.exec(target);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
