import fs from 'node:fs';
import path from 'node:path';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../shared/events';
import { ErrorCode } from '../../shared/schemas';
import { RULE_IDS } from '../../shared/qa';
import { QA_MESSAGES_EN_TREE } from '../../shared/qa/messages';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../client/locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Catalogue = { [key: string]: string | Catalogue };

function load(name: string): Catalogue {
  return JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, `${name}.json`), 'utf8')) as Catalogue;
}

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/**
 * The keys a locale must have for every key of English: plural keys are expanded to the plural
 * categories of that language (Indonesian and Chinese only have "other", Russian has four...).
 */
function requiredKeys(english: Map<string, string>, locale: string): Set<string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of english.keys()) {
    if (PLURAL_SUFFIX.test(key)) {
      const base = key.replace(PLURAL_SUFFIX, '');
      for (const category of categories) keys.add(`${base}_${category}`);
    } else {
      keys.add(key);
    }
  }
  return keys;
}

function placeholders(value: string): string[] {
  return [...value.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1] ?? '').sort();
}

// English QA messages live in shared/qa (the command line uses them too)
const english = flatten({ ...load('en'), qa: QA_MESSAGES_EN_TREE as unknown as Catalogue });
const locales = fs
  .readdirSync(LOCALES_DIR)
  .filter((file) => file.endsWith('.json') && file !== 'en.json')
  .map((file) => file.replace(/\.json$/, ''));

describe('interface locales', () => {
  it('ships the three promised languages', () => {
    expect(locales.sort()).toEqual(['id', 'zh-CN']);
  });

  for (const locale of locales) {
    const catalogue = flatten(load(locale));

    it(`${locale} has every key that en has`, () => {
      const missing = [...requiredKeys(english, locale)].filter((key) => !catalogue.has(key));
      expect(missing).toEqual([]);
    });

    it(`${locale} has no key that en lacks (stale translations)`, () => {
      const known = new Set([...english.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
      const stale = [...catalogue.keys()].filter((key) => !known.has(key.replace(PLURAL_SUFFIX, '')));
      expect(stale).toEqual([]);
    });

    it(`${locale} keeps the placeholders of each English string and translates it`, () => {
      const problems: string[] = [];
      for (const [key, value] of catalogue) {
        const englishKey = english.has(key) ? key : key.replace(PLURAL_SUFFIX, '_other');
        const source = english.get(englishKey);
        if (source === undefined) continue;
        if (value.trim() === '') problems.push(`${key}: empty`);
        const expected = placeholders(source).filter((name) => name !== 'count' || placeholders(value).includes('count'));
        if (JSON.stringify(placeholders(value)) !== JSON.stringify(expected)) problems.push(`${key}: placeholders differ`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('labels every type of event the server writes, in every language', () => {
    for (const locale of ['en', ...locales]) {
      const catalogue = flatten(load(locale));
      const unlabelled = EVENT_TYPES.filter((type) => !catalogue.has(`activity.${type}`) && !catalogue.has(`activity.${type}_other`));
      expect({ locale, unlabelled }).toEqual({ locale, unlabelled: [] });
    }
  });

  it('names every check, in every language (tables, filters and menus show names, not ids)', () => {
    for (const locale of ['en', ...locales]) {
      const catalogue = flatten(load(locale));
      const unnamed = RULE_IDS.filter((rule) => !catalogue.has(`findings.ruleName.${rule}`));
      expect({ locale, unnamed }).toEqual({ locale, unnamed: [] });
    }
  });

  it('words every error code of the API, in every language', () => {
    for (const locale of ['en', ...locales]) {
      const catalogue = flatten(load(locale));
      const unworded = ErrorCode.options.filter((code) => !catalogue.has(`errors.${code}`));
      expect({ locale, unworded }).toEqual({ locale, unworded: [] });
    }
  });
  it("writes every count the language's way (100,000 in English, 100.000 in Indonesian)", async () => {
    for (const [code, expected] of [
      ['en', '1,260 of 100,000 paragraphs changed'],
      ['id', '1.260 dari 100.000 paragraf berubah'],
    ] as const) {
      const i18n = createInstance();
      await i18n.init({ lng: code, resources: { [code]: { translation: load(code) } }, interpolation: { escapeValue: false } });
      expect(i18n.t('compare.changedOf', { changed: new Intl.NumberFormat(code).format(1260), count: 100_000 })).toBe(expected);
    }
    // nowhere a bare count: each is formatted
    for (const name of ['en', 'id', 'zh-CN']) {
      const bare = [...flatten(load(name))].filter(([, text]) => text.includes('{{count}}')).map(([key]) => key);
      expect(bare, name).toEqual([]);
    }
  });
});
