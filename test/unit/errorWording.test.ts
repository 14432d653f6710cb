/**
 * The client words the server's refusals from codes and values, in the reader's language: no
 * English from the server reaches an Indonesian or Chinese sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../client/lib/apiClient';
import { wordError } from '../../client/lib/errors';

const LOCALES = path.resolve(import.meta.dirname, '../../client/locales');
const translators = new Map<string, TFunction>();

beforeAll(async () => {
  for (const language of ['en', 'id', 'zh-CN']) {
    const i18n = createInstance();
    const translation = JSON.parse(fs.readFileSync(path.join(LOCALES, `${language}.json`), 'utf8')) as Record<string, unknown>;
    await i18n.init({ lng: language, resources: { [language]: { translation } }, interpolation: { escapeValue: false } });
    translators.set(language, i18n.t);
  }
});

const refused = (reason: string, params: Record<string, string | number>) =>
  new ApiError(400, 'validation_failed', `${String(params.field)}: an English message`, String(params.field), undefined, reason, params);

describe('validation refusals, worded by the client', () => {
  it('says the field and its limit, with the plural the count takes', () => {
    const en = translators.get('en') as TFunction;
    expect(wordError(en, refused('validation.max_string', { field: 'title', limit: 200 }))).toBe(
      'title must be at most 200 characters long.',
    );
    expect(wordError(en, refused('validation.min_string', { field: 'comment', limit: 1 }))).toBe(
      'comment must be at least 1 character long.',
    );
    expect(wordError(en, refused('validation.required', { field: 'baseVersion' }))).toBe('baseVersion is required.');
    expect(wordError(en, refused('validation.type', { field: 'text', expected: 'string' }))).toBe('text must be text.');
  });

  it('in Indonesian and Chinese, without a word of the English message', () => {
    const id = translators.get('id') as TFunction;
    const zh = translators.get('zh-CN') as TFunction;
    const long = refused('validation.max_string', { field: 'title', limit: 200 });
    expect(wordError(id, long)).toBe('title maksimal 200 karakter.');
    expect(wordError(zh, long)).toBe('title 最多 200 个字符。');
    expect(wordError(id, refused('validation.type', { field: 'baseVersion', expected: 'number' }))).toBe('baseVersion harus berupa angka.');
    expect(wordError(zh, refused('validation.one_of', { field: 'status', values: 'all, draft' }))).toBe(
      'status 必须是以下之一：all, draft。',
    );
    for (const t of [id, zh]) expect(wordError(t, long)).not.toContain('English');
  });

  it("falls back to the code's general wording for a reason it does not know", () => {
    const id = translators.get('id') as TFunction;
    const general = wordError(id, refused('validation.something_new', { field: 'x' }));
    expect(general).toBe(wordError(id, new ApiError(400, 'validation_failed', 'x: whatever', 'x')));
    expect(general).not.toContain('English');
  });
});
