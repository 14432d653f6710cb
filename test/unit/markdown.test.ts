import { describe, expect, it } from 'vitest';
import { markdownCodes, markdownOf } from '../../shared/text/markdown';

describe('Markdown as codes', () => {
  it('makes block markers, links, code spans, images and bold codes shared by both sides, and writes each side back', () => {
    const source = '## Install the **app**\n\n- Read the [guide](https://x.org/en) and run `npm ci`.\n- Done ![logo](l.png)';
    const mt = '## Pasang **aplikasi**\n\n- Baca [panduan](https://x.org/id) dan jalankan `npm ci`.\n- Selesai ![logo](l.png)';
    const coded = markdownCodes(source, mt);
    if (!coded) throw new Error('no codes');
    expect(coded.source).toBe('\uE000Install the \uE001app\uE002\n\n\uE003Read the \uE004guide\uE005 and run \uE006.\n\uE007Done \uE008');
    expect(coded.mt).toBe('\uE000Pasang \uE001aplikasi\uE002\n\n\uE003Baca \uE004panduan\uE005 dan jalankan \uE006.\n\uE007Selesai \uE008');
    expect(coded.codes.map((code) => [code.kind, code.label])).toEqual([
      ['standalone', '##'],
      ['open', 'b'],
      ['close', '/b'],
      ['standalone', '-'],
      ['open', 'link'],
      ['close', '/link'],
      ['standalone', 'code'],
      ['standalone', '-'],
      ['standalone', 'img'],
    ]);
    // each side's own URL
    expect(coded.codes[5]).toMatchObject({ source: '](https://x.org/en)', target: '](https://x.org/id)' });
    expect(markdownOf(coded.mt, coded.codes)).toBe(mt);
    // a reviewer's text, codes moved, written with the target's markup
    expect(markdownOf('\uE000Instal \uE001aplikasinya\uE002', coded.codes)).toBe('## Instal **aplikasinya**');
  });

  it('leaves plain text alone, and an odd ** or a bracket without a link as text', () => {
    expect(markdownCodes('Plain text, 2 * 3 = 6.', 'Teks biasa, 2 * 3 = 6.')).toBeNull();
    const coded = markdownCodes('Use [brackets] and **one star pair** and **this', 'Pakai [kurung] dan **sepasang** dan **ini');
    expect(coded?.source).toBe('Use [brackets] and \uE000one star pair\uE001 and **this');
  });

  it('makes emphasis, underscore strong, reference links, their definitions and autolinks codes, and leaves snake_case and lone stars as text', () => {
    const source =
      'An *important* change: __read__ the [release notes][notes] or _the_ [FAQ][] at <https://x.org/faq>.\n\n[notes]: https://x.org/notes_v2 "Notes"';
    const mt =
      'Perubahan *penting*: __baca__ [catatan rilis][notes] atau [FAQ][] _ini_ di <https://x.org/faq>.\n\n[notes]: https://x.org/notes_v2 "Notes"';
    const coded = markdownCodes(source, mt);
    if (!coded) throw new Error('no codes');
    const labelled = (text: string) =>
      text.replace(/[\uE000-\uF8FF]/g, (char) => `[${coded.codes.find((code) => code.char === char)?.label}]`);
    expect(labelled(coded.source)).toBe(
      'An [i]important[/i] change: [b]read[/b] the [link]release notes[/link] or [i]the[/i] [link]FAQ[/link] at [url].\n\n[ref]',
    );
    expect(labelled(coded.mt)).toBe(
      'Perubahan [i]penting[/i]: [b]baca[/b] [link]catatan rilis[/link] atau [link]FAQ[/link] [i]ini[/i] di [url].\n\n[ref]',
    );
    expect(coded.codes.find((code) => code.label === 'ref')?.target).toBe('[notes]: https://x.org/notes_v2 "Notes"');
    expect(markdownOf(coded.mt, coded.codes)).toBe(mt);
    expect(
      markdownOf(
        coded.source,
        coded.codes.map((code) => ({ ...code, target: null })),
      ),
    ).toBe(source);

    // not emphasis: names with underscores, a star between spaces, a star inside a word's code span
    expect(markdownCodes('Set max_retry_count to 2 * 3, or run `a*b*c`.', 'Atur max_retry_count ke 2 * 3, atau `a*b*c`.')?.source).toBe(
      'Set max_retry_count to 2 * 3, or run \uE000.',
    );
    // a link whose URL has underscores that look like emphasis keeps them
    const link = markdownCodes('See [docs](https://x.org/_v2_/a).', 'Lihat [dokumen](https://x.org/_v2_/a).');
    expect(link?.codes.map((code) => code.source)).toEqual(['[', '](https://x.org/_v2_/a)']);
  });
});
