/** Colours of the map per theme. Text and markers meet WCAG 2.2 AA against the land colour. */
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
