// Every story sees every locale, a `lang` toolbar and light/dark canvases.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import '../src/i18n/all.js';

const RTL = new Set(['ar', 'he', 'fa']);

/** Mirrors the toolbar's language on <html>, where the elements look last for a `lang`. */
const withLang: Decorator = (story, { globals }) => {
  const lang = (globals.lang as string | undefined) ?? 'en';
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang) ? 'rtl' : 'ltr';
  return story();
};

const preview: Preview = {
  decorators: [withLang],
  globalTypes: {
    lang: {
      description: 'Page language (<html lang>); a story may set its own lang on an element',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'it', title: 'Italiano' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'ar', title: 'العربية (RTL)' },
          { value: 'he', title: 'עברית (RTL)' },
          { value: 'ja', title: '日本語' },
        ],
      },
    },
  },
  initialGlobals: {
    lang: 'en',
    backgrounds: { value: 'light' },
  },
  parameters: {
    layout: 'padded',
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#ffffff' },
        dark: { name: 'Dark', value: '#1c1c1e' },
      },
    },
    controls: { expanded: true, sort: 'none' },
  },
};

export default preview;
