/**
 * Interface languages. English is the source of keys (and of their types, see i18next.d.ts);
 * every locale is bundled, so switching is instant and works offline. The choice is kept in
 * localStorage and reflected in <html lang>.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { QA_MESSAGES_EN_TREE } from '../../shared/qa/messages';
import en from '../locales/en.json';
import id from '../locales/id.json';
import zhCN from '../locales/zh-CN.json';

export const SUPPORTED_LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'id', name: 'Bahasa Indonesia' },
  { code: 'zh-CN', name: '简体中文' },
] as const;

export type InterfaceLanguage = (typeof SUPPORTED_LANGUAGES)[number]['code'];

const STORAGE_KEY = 'tilik:language';

function isSupported(code: string): code is InterfaceLanguage {
  return SUPPORTED_LANGUAGES.some((language) => language.code === code);
}

/** The stored choice, else the best match among the browser's languages, else English. */
export function detectLanguage(): InterfaceLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored && isSupported(stored)) return stored;
  } catch {
    // storage unavailable: fall through to the browser's preference
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    if (isSupported(tag)) return tag;
    const base = tag.split('-')[0]?.toLowerCase();
    if (base === 'zh') return 'zh-CN';
    if (base && isSupported(base)) return base;
  }
  return 'en';
}

export async function changeLanguage(code: InterfaceLanguage): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // the choice then lasts for this page only
  }
  await i18n.changeLanguage(code);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  // English QA messages come from shared/qa, where the command line reads them too
  resources: { en: { translation: { ...en, qa: QA_MESSAGES_EN_TREE } }, id: { translation: id }, 'zh-CN': { translation: zhCN } },
  lng: detectLanguage(),
  fallbackLng: 'en',
  supportedLngs: SUPPORTED_LANGUAGES.map((language) => language.code),
  interpolation: { escapeValue: false }, // React escapes
});

export { i18n };
