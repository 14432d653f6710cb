/**
 * Hostile XML for every reader of uploaded files (XLIFF and TMX imports, TBX glossaries): nesting,
 * attributes, namespaces, entities; with the words each refusal must contain. Shared by the test
 * and the attack benchmark.
 */
export const XLIFF_HEAD =
  '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="id" original="x"><body>';
export const XLIFF_TAIL = '</body></file></xliff>';
export const unit = (source = 'Hello', attrs = '') =>
  `<trans-unit id="1"${attrs}><source>${source}</source><target>Halo</target></trans-unit>`;
const tmx = (seg: string) =>
  `<tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body><tu><tuv xml:lang="en"><seg>${seg}</seg></tuv><tuv xml:lang="id"><seg>y</seg></tuv></tu></body></tmx>`;
const tbx = (inner: string) =>
  `<martif type="TBX"><text><body><termEntry>${inner}<langSet xml:lang="en"><tig><term>curb</term></tig></langSet><langSet xml:lang="id"><tig><term>pembatasan</term></tig></langSet></termEntry></body></text></martif>`;

export const deep = (open: string, close: string, n: number, inner = 'x') => `${open.repeat(n)}${inner}${close.repeat(n)}`;
const manyAttributes = (n: number) => Array.from({ length: n }, (_, i) => ` a${i}="v"`).join('');
const manyNamespaces = (n: number) => Array.from({ length: n }, (_, i) => ` xmlns:p${i}="urn:x-${i}"`).join('');
const BOMB =
  '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
const EXTERNAL = '<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>';
const PARAMETER = '<!DOCTYPE x [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>';

export type HostileKind = 'xliff' | 'tmx' | 'tbx';

/** A hostile file: what it is, which reader gets it, its text, and what the refusal must say. */
export type HostileXml = [name: string, kind: HostileKind, content: string, message: RegExp];

export const HOSTILE_XML: HostileXml[] = [
  [
    '40,000 nested XLIFF groups',
    'xliff',
    `${XLIFF_HEAD}${deep('<group>', '</group>', 40_000, unit())}${XLIFF_TAIL}`,
    /nested more than 256 deep/,
  ],
  [
    '100,000 nested XLIFF groups',
    'xliff',
    `${XLIFF_HEAD}${deep('<group>', '</group>', 100_000, unit())}${XLIFF_TAIL}`,
    /nested more than 256 deep/,
  ],
  [
    '40,000 nested <g> in a source',
    'xliff',
    `${XLIFF_HEAD}${unit(deep('<g id="1">', '</g>', 40_000, 'Hi'))}${XLIFF_TAIL}`,
    /nested more than 256 deep/,
  ],
  ['nested <g> never closed', 'xliff', `${XLIFF_HEAD}${unit('<g>'.repeat(50_000))}`, /nested more than 256 deep/],
  [
    'an attribute of 1 MB',
    'xliff',
    `${XLIFF_HEAD}${unit('Hi', ` note="${'A'.repeat(1 << 20)}"`)}${XLIFF_TAIL}`,
    /attribute note is longer than 65536/,
  ],
  [
    '10,000 attributes on one element',
    'xliff',
    `${XLIFF_HEAD}${unit('Hi', manyAttributes(10_000))}${XLIFF_TAIL}`,
    /more than 256 attributes/,
  ],
  [
    '5,000 namespace declarations on one element',
    'xliff',
    `${XLIFF_HEAD}${unit('Hi', manyNamespaces(5_000))}${XLIFF_TAIL}`,
    /declares more than 64 namespaces/,
  ],
  [
    '2,000 namespaces over the file',
    'xliff',
    `${XLIFF_HEAD}${Array.from({ length: 2_000 }, (_, i) => `<group xmlns:q="urn:y-${i}">${unit()}</group>`).join('')}${XLIFF_TAIL}`,
    /more than 1024 namespaces/,
  ],
  [
    'an entity bomb',
    'xliff',
    `<?xml version="1.0"?>${BOMB}<xliff version="1.2"><file source-language="en" target-language="id" original="x"><body>${unit('&lol3;')}${XLIFF_TAIL}`,
    /DOCTYPE is not allowed/,
  ],
  [
    'an external entity',
    'xliff',
    `<?xml version="1.0"?>${EXTERNAL}<xliff version="1.2"><file source-language="en" target-language="id" original="x"><body>${unit('&secret;')}${XLIFF_TAIL}`,
    /DOCTYPE is not allowed/,
  ],
  ['a parameter entity', 'xliff', `<?xml version="1.0"?>${PARAMETER}<xliff version="1.2"/>`, /DOCTYPE is not allowed/],
  ['an undeclared entity', 'xliff', `${XLIFF_HEAD}${unit('&undeclared;')}${XLIFF_TAIL}`, /undefined entity|undeclared/i],
  ['12,000 nested TMX <hi>', 'tmx', tmx(deep('<hi>', '</hi>', 12_000)), /nested more than 256 deep/],
  ['an attribute of 1 MB in TMX', 'tmx', tmx(`<ph x="${'A'.repeat(1 << 20)}"/>`), /longer than 65536/],
  ['an entity bomb in TMX', 'tmx', `<?xml version="1.0"?>${BOMB}${tmx('&lol3;')}`, /DOCTYPE is not allowed/],
  ['12,000 nested TBX notes', 'tbx', tbx(deep('<note>', '</note>', 12_000)), /nested more than 256 deep/],
  ['5,000 namespace declarations in TBX', 'tbx', tbx(`<note${manyNamespaces(5_000)}>n</note>`), /declares more than 64 namespaces/],
  ['an external entity in TBX', 'tbx', `<?xml version="1.0"?>${EXTERNAL}${tbx('&secret;')}`, /DOCTYPE is not allowed/],
];
