import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../shared/text/paragraphs';
import { countWords, tokenize } from '../../shared/text/tokenize';

describe('splitParagraphs', () => {
  it.each([
    ['one blank line', 'Satu.\n\nDua.', ['Satu.', 'Dua.']],
    ['several blank lines and trailing space', '  Satu.  \n\n\n\n Dua. \n', ['Satu.', 'Dua.']],
    ['Windows line ends', 'Satu.\r\n\r\nDua.\r\n', ['Satu.', 'Dua.']],
    ['old Mac line ends', 'Satu.\r\rDua.', ['Satu.', 'Dua.']],
    ['blank lines holding spaces or tabs', 'Satu.\n \t \nDua.', ['Satu.', 'Dua.']],
    ['a single line break inside a paragraph', 'Baris satu\nbaris dua.\n\nDua.', ['Baris satu\nbaris dua.', 'Dua.']],
    ['a byte order mark', '\uFEFFSatu.\n\nDua.', ['Satu.', 'Dua.']],
    ['nothing but whitespace', ' \n\n \n', []],
  ])('splits on %s', (_name, input, expected) => {
    expect(splitParagraphs(input)).toEqual(expected);
  });
});

describe('tokenize', () => {
  it('covers the text completely, in order', () => {
    const text = "Rilis Deepseek's R1-model AI — “open-source” 2,5 juta! 人工智能很强大 🇮🇩";
    const tokens = tokenize(text, 'id');
    expect(tokens.map((token) => token.text).join('')).toBe(text);
    let position = 0;
    for (const token of tokens) {
      expect(token.start).toBe(position);
      expect(text.slice(token.start, token.end)).toBe(token.text);
      position = token.end;
    }
  });

  it('keeps apostrophes inside words and splits hyphens', () => {
    expect(tokenize("DeepSeek's open-source").map((token) => token.text)).toEqual(["DeepSeek's", ' ', 'open', '-', 'source']);
  });

  it('counts words in spaced and unspaced scripts', () => {
    expect(countWords('Perusahaan-perusahaan Cina seperti Alibaba.')).toBe(5);
    expect(countWords('我们发布了新的人工智能模型。', 'zh')).toBe(7);
  });
});
