/** Languages the fuzz tests format numbers in. */
// Languages of the sites' UIs, with Intl's own spellings of compact numbers (CLDR).
export const LOCALES: string[] = [
  'en', 'en-GB', 'en-IN', 'de', 'de-CH', 'de-AT', 'fr', 'fr-CA', 'es', 'es-MX', 'es-419', 'pt-BR', 'pt-PT', 'it', 'nl',
  'sv', 'da', 'nb', 'fi', 'is', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'ro', 'hu', 'bg', 'tr', 'ru', 'uk', 'el', 'lt', 'lv', 'et',
  'ar', 'ar-EG', 'fa', 'he', 'ur', 'hi', 'bn', 'mr', 'ta', 'te', 'th', 'vi', 'id', 'ms', 'fil', 'sw',
  'ja', 'zh', 'zh-TW', 'zh-HK', 'ko',
];
