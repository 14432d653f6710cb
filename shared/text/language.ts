/** The language subtag of a tag, lower-cased: "zh-CN" and "zh_cn" are "zh" (worked out once per tag). */
const bases = new Map<string, string>();

export function baseLanguage(lang: string): string {
  let base = bases.get(lang);
  if (base === undefined) {
    base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
    bases.set(lang, base);
  }
  return base;
}
