/** Every locale smm-kit ships (file names under ./locales/). */
export const LOCALE_CODES = [
  'en', 'it', 'de', 'fr', 'es', 'pt', 'pt-PT', 'nl', 'pl', 'sv', 'da', 'no', 'fi', 'cs', 'sk', 'hu',
  'ro', 'el', 'tr', 'ru', 'uk', 'ar', 'he', 'ja', 'zh', 'ko', 'ca', 'hr', 'bg', 'id', 'vi', 'hi', 'fa',
] as const;
