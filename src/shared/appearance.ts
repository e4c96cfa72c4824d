// The appearance both bars share (<smm-share>, <smm-follow>): the allowed values of each
// reflected attribute, first one the default. The types follow from the lists.
export const APPEARANCE = {
  side: ['left', 'right'],
  variant: ['brand', 'outline', 'mono', 'minimal'],
  size: ['m', 's', 'l'],
  shape: ['rounded', 'square', 'circle', 'pill'],
  labels: ['short', 'none', 'full'],
  theme: ['auto', 'light', 'dark'],
} as const;

export type Side = (typeof APPEARANCE.side)[number];
export type Variant = (typeof APPEARANCE.variant)[number];
export type Size = (typeof APPEARANCE.size)[number];
export type Shape = (typeof APPEARANCE.shape)[number];
export type Labels = (typeof APPEARANCE.labels)[number];
export type Theme = (typeof APPEARANCE.theme)[number];
