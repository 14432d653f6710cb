/**
 * Words that languages of the Latin alphabet share, spelled each its own way ("accurate" and
 * "akurat", "paracetamol" and "parasetamol", "Ibuprofen" and "ibuprofen"): one key for them all.
 */

/** A word written the way languages of the Latin alphabet share it: "accurate" and "akurat" alike. */
const known = new Map<string, string>();

export function cognateKey(word: string): string {
  let key = known.get(word);
  if (key === undefined) {
    if (known.size >= 100_000) known.clear();
    key = spelledAlike(word);
    known.set(word, key);
  }
  return key;
}

function spelledAlike(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(\p{L})\1/gu, '$1')
    .replace(/ph/gu, 'f')
    .replace(/th/gu, 't')
    .replace(/qu/gu, 'kw')
    .replace(/c(?=[aoukrlt]|$)/gu, 'k')
    .replace(/c/gu, 's')
    .replace(/x/gu, 'ks')
    .replace(/y/gu, 'i')
    .replace(/e$/u, '');
}
