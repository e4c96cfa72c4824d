// Glyphs for the actions (24×24, filled with currentColor), drawn for smm-kit.
export const copyIcon =
  'M8 2h11a2 2 0 0 1 2 2v12h-2V4H8M4 6h11a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2m0 2v12h11V8';
export const checkIcon = 'M9 16.2 5 12l-1.6 1.4L9 19l12-12-1.4-1.4';
export const printIcon =
  'M6 2h12v5H6M4 8h16a2 2 0 0 1 2 2v7h-4v5H6v-5H2v-7a2 2 0 0 1 2-2m4 8v4h8v-4m2-5a1 1 0 1 0 0 2 1 1 0 0 0 0-2';
export const shareIcon =
  'M18 2a3 3 0 1 1-2.4 4.8L9 10.3a3 3 0 0 1 0 3.4l6.6 3.5A3 3 0 1 1 15 19v-.3L8 15a3 3 0 1 1 0-6.1l7-3.6V5a3 3 0 0 1 3-3';
