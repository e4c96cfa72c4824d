// Public localisation API. Importing it registers nothing but English; add locales with
// registerLocale(), or import './all.js' for every one smm-kit ships.
export {
  LocalizeController,
  addEnglish,
  matchLocale,
  nearestLang,
  registerLocale,
  registeredLocales,
} from './localize.js';
export { compactNumber } from './number.js';
export type { StringKey, Strings } from './locales/en.js';
