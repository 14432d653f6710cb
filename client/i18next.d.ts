import 'i18next';
import type en from './locales/en.json';

// Keys are typed from the English catalogue: a wrong key fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
