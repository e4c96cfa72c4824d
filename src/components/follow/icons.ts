// Glyphs for the profiles <smm-share> has no button for (24×24, filled with currentColor), drawn
// for smm-kit as simple shapes; holes are drawn in the opposite direction (nonzero fill).
export const instagramIcon =
  'M7 2h10a5 5 0 0 1 5 5v10a5 5 0 0 1-5 5H7a5 5 0 0 1-5-5V7a5 5 0 0 1 5-5m0 2a3 3 0 0 0-3 3v10a3 3 0 0 0 3 3h10a3 3 0 0 0 3-3V7a3 3 0 0 0-3-3zm5 3a5 5 0 0 1 0 10 5 5 0 0 1 0-10m0 2a3 3 0 0 0 0 6 3 3 0 0 0 0-6m5.3-3.5a1.2 1.2 0 0 1 0 2.4 1.2 1.2 0 0 1 0-2.4';
export const youtubeIcon =
  'M5 4.5h14a4 4 0 0 1 4 4v7a4 4 0 0 1-4 4H5a4 4 0 0 1-4-4v-7a4 4 0 0 1 4-4m5 4v7l6-3.5';
export const tiktokIcon = 'M13 2h3a5 5 0 0 0 5 5v3a8 8 0 0 1-5-2v7a6 6 0 1 1-6-6v3a3 3 0 1 0 3 3';
export const flickrIcon = 'M6.5 8a4 4 0 0 1 0 8 4 4 0 0 1 0-8m11 0a4 4 0 0 1 0 8 4 4 0 0 1 0-8';
export const behanceIcon =
  'M1.5 6h5.8a3 3 0 0 1 2 5.3A3.3 3.3 0 0 1 8 18H1.5M4 8v2.6h3A1.3 1.3 0 0 0 7 8zm0 4.6v3.2h3.5a1.6 1.6 0 0 0 0-3.2M15 7h6v1.5h-6zm3 3a4 4 0 0 1 4 4.6h-6a2 2 0 0 0 3.7 1.1H22a4.2 4.2 0 1 1-4-5.7m0 1.8a2 2 0 0 0-2 1.3h4a2 2 0 0 0-2-1.3';
export const slideshareIcon =
  'M3 3h18v2h-1v9a2 2 0 0 1-2 2h-5v3l3 2-3 0-1-1-1 1H8l3-2.4V16H6a2 2 0 0 1-2-2V5H3m3 0v9h12V5zm2 6h2v2H8m3-5h2v5h-2m3-3.5h2V13h-2';
export const githubIcon =
  'M12 4c2 0 3-.1 4 1l3-2v4.6a8 8 0 1 1-14 0V3l3 2c1-1.1 2-1.5 4-1.5M9 12a1.2 1.2 0 0 0 0 2.4A1.2 1.2 0 0 0 9 12m6 0a1.2 1.2 0 0 0 0 2.4 1.2 1.2 0 0 0 0-2.4';
export const twitchIcon =
  'M4 2 2.5 6v14h5v3h3l3-3h4l5-5V2M6 4h14v9l-3 3-5 0-3 3v-3H6m5-9h2v5h-2m5-5h2v5h-2';
export const rssIcon =
  'M5 17a2 2 0 0 1 0 4 2 2 0 0 1 0-4m-2-7a11 11 0 0 1 11 11h-3a8 8 0 0 0-8-8M3 3a18 18 0 0 1 18 18h-3A15 15 0 0 0 3 6';
export const newsletterIcon = 'M2 5h20v14H2M4 7v10h16V7l-8 6';
