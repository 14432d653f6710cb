import 'i18next';
import type { QA_MESSAGES_EN_TREE } from '../shared/qa/messages';
import type en from './locales/en.json';

// Keys are typed from the English catalogue (with the QA messages of shared/qa): a wrong key fails
// to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & { qa: typeof QA_MESSAGES_EN_TREE } };
  }
}
