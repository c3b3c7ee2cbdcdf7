/**
 * Colours of the map per theme. Text meets WCAG 2.2 AA (4.5:1) against its halo and the land;
 * markers, outlines and the selection ring meet 3:1 against land and ocean (checked in
 * tests/unit/style/contrast.test.ts, with the page's CSS colours).
 */
export interface Palette {
  ocean: string;
  land: string;
  border: string;
  countryLabel: string;
  countryLabelHalo: string;
  /** Story places: markers, outlines, lines. */
  accent: string;
  /** Fill of story areas (drawn translucent). */
  accentFill: string;
  /** Ring drawn round the selected place. */
  selected: string;
  placeLabel: string;
  placeLabelHalo: string;
}

export const LIGHT_PALETTE: Palette = {
  ocean: '#d4e3ee',
  land: '#f6f4ef',
  border: '#a39e94',
  countryLabel: '#5c5850',
  countryLabelHalo: '#f6f4ef',
  accent: '#b3261e',
  accentFill: '#b3261e',
  selected: '#1a1a1a',
  placeLabel: '#1a1a1a',
  placeLabelHalo: '#ffffff',
};

/** The dark basemap: deep ocean, charcoal land, a lighter coral for the story's marks. */
export const DARK_PALETTE: Palette = {
  ocean: '#0e1a26',
  land: '#272b30',
  border: '#5e656d',
  countryLabel: '#b4bac0',
  countryLabelHalo: '#272b30',
  accent: '#ff7468',
  accentFill: '#ff7468',
  selected: '#ffffff',
  placeLabel: '#f3f3f3',
  placeLabelHalo: '#121417',
};

/** Colour themes: light, or dark for readers (or host pages) that prefer it. */
export type Theme = 'light' | 'dark';

/** The map palette of a theme. */
export function paletteFor(theme: Theme): Palette {
  return theme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
}
