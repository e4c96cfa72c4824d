// Glyphs for the actions (24×24, filled with currentColor), drawn for smm-kit.
export const copyIcon =
  'M8 2h11a2 2 0 0 1 2 2v12h-2V4H8zM4 6h11a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2zm0 2v12h11V8z';
export const checkIcon = 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z';
export const printIcon =
  'M6 2h12v5H6zM4 8h16a2 2 0 0 1 2 2v7h-4v5H6v-5H2v-7a2 2 0 0 1 2-2zm4 8v4h8v-4zm10-5a1 1 0 1 0 0 2 1 1 0 0 0 0-2z';
export const shareIcon =
  'M18 2a3 3 0 1 1-2.4 4.8L8.9 10.3a3 3 0 0 1 0 3.4l6.7 3.5A3 3 0 1 1 15 19v-.3l-7-3.6a3 3 0 1 1 0-6.2l7-3.6V5a3 3 0 0 1 3-3z';
