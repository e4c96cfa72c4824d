// Glyphs for the profiles <smm-share> has no button for (24×24, filled with currentColor), drawn
// for smm-kit as simple shapes; holes are drawn in the opposite direction (nonzero fill).
export const instagramIcon =
  'M7 2h10a5 5 0 0 1 5 5v10a5 5 0 0 1-5 5H7a5 5 0 0 1-5-5V7a5 5 0 0 1 5-5zm0 2a3 3 0 0 0-3 3v10a3 3 0 0 0 3 3h10a3 3 0 0 0 3-3V7a3 3 0 0 0-3-3zm5 3a5 5 0 0 1 0 10a5 5 0 0 1 0-10zm0 2a3 3 0 0 0 0 6a3 3 0 0 0 0-6zm5.3-3.5a1.2 1.2 0 0 1 0 2.4a1.2 1.2 0 0 1 0-2.4z';
export const youtubeIcon =
  'M5 4.5h14a4 4 0 0 1 4 4v7a4 4 0 0 1-4 4H5a4 4 0 0 1-4-4v-7a4 4 0 0 1 4-4zM10 8.5v7l6-3.5z';
export const tiktokIcon = 'M13 2h3a5 5 0 0 0 5 5v3a8 8 0 0 1-5-1.6V15a6 6 0 1 1-6-6v3a3 3 0 1 0 3 3z';
export const flickrIcon = 'M6.5 8a4 4 0 0 1 0 8a4 4 0 0 1 0-8zm11 0a4 4 0 0 1 0 8a4 4 0 0 1 0-8z';
export const behanceIcon =
  'M1.5 6h5.8a3 3 0 0 1 2 5.3A3.3 3.3 0 0 1 7.8 18H1.5zm2.5 2v2.6h3a1.3 1.3 0 0 0 0-2.6zm0 4.6v3.2h3.5a1.6 1.6 0 0 0 0-3.2zM15 7h6v1.5h-6zm3 3a4.2 4.2 0 0 1 4.2 4.6H16a2 2 0 0 0 3.7 1.1h2.3A4.2 4.2 0 1 1 18 10zm0 1.8a2 2 0 0 0-1.9 1.3h3.8a2 2 0 0 0-1.9-1.3z';
export const slideshareIcon =
  'M3 3h18v2h-1v9a2 2 0 0 1-2 2h-5v2.6l3 2.4h-2.6L12 19.8 10.6 21H8l3-2.4V16H6a2 2 0 0 1-2-2V5H3zm3 2v9h12V5zm2 6h2v2H8zm3-3h2v5h-2zm3 1.5h2V13h-2z';
export const githubIcon =
  'M12 3.5c1.9 0 3.3.4 4.3 1.2L19 3v4.6a8 8 0 1 1-14 0V3l2.7 1.7c1-.8 2.4-1.2 4.3-1.2zM9 12a1.2 1.2 0 0 0 0 2.4a1.2 1.2 0 0 0 0-2.4zm6 0a1.2 1.2 0 0 0 0 2.4a1.2 1.2 0 0 0 0-2.4z';
export const twitchIcon =
  'M4 2 2.5 6v14h5v3h3l3-3h4l5-5V2zm2 2h14v9l-3 3h-5l-3 3v-3H6zm5 3h2v5h-2zm5 0h2v5h-2z';
export const rssIcon =
  'M5 17a2 2 0 0 1 0 4a2 2 0 0 1 0-4zM3 10a11 11 0 0 1 11 11h-3a8 8 0 0 0-8-8zm0-7a18 18 0 0 1 18 18h-3A15 15 0 0 0 3 6z';
export const newsletterIcon = 'M2 5h20v14H2zm2 2.2V17h16V7.2l-8 5.6z';
export const closeIcon =
  'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z';
