/**
 * A large XLIFF 1.2 file of generated units with inline markup, for the import tests and benchmark;
 * with `states`, every third target is `translated` and every fifth `final` (the rest to review).
 */
export function bigXliff(targetBytes: number, options: { states?: boolean } = {}): { text: string; units: number } {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n' +
    '<file original="big.html" source-language="en" target-language="id" datatype="html"><body>\n';
  const tail = '</body></file>\n</xliff>\n';
  const parts: string[] = [head];
  let size = head.length + tail.length;
  let units = 0;
  while (size < targetBytes) {
    units += 1;
    const unit =
      `<trans-unit id="u${units}"><source>Paragraph ${units}: the <g id="1">export curbs</g> on chips slowed progress<x id="2"/> in ${2000 + (units % 25)}, ` +
      `as companies &amp; governments argued about what comes next for open models and their users.</source>` +
      `<target state="${options.states ? (units % 5 === 0 ? 'final' : units % 3 === 0 ? 'translated' : 'needs-review-translation') : 'needs-review-translation'}">Paragraf ${units}: <g id="1">pembatasan ekspor</g> pada chip memperlambat kemajuan<x id="2"/> pada ${2000 + (units % 25)}, ` +
      `ketika perusahaan &amp; pemerintah berdebat tentang masa depan model terbuka dan penggunanya.</target>` +
      `<note>generated unit ${units}</note></trans-unit>\n`;
    parts.push(unit);
    size += unit.length;
  }
  parts.push(tail);
  return { text: parts.join(''), units };
}
