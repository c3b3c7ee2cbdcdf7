/**
 * What the editor's forms read out of a story document's loose JSON, and the small values they
 * build from it. Pure: the panels and `EditorView` call these, Node tests them.
 */
import type { LayerInfo, JsonObject } from './doc-edits.ts';
import type { EditorStrings } from './strings.ts';

/** The field's text, or '' for a missing or non-string value (a form never shows "undefined"). */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The language variants of a translated field: the key's suffix and the `lang` of its input. */
export const VARIANTS = [
  ['', undefined],
  ['_ko', 'ko'],
  ['_ja', 'ja'],
] as const;

export type VariantSuffix = (typeof VARIANTS)[number][0];

/** A field's label for one language variant ("Title", "Title (Korean)"). */
export function variantLabel(t: EditorStrings, label: string, suffix: VariantSuffix): string {
  return suffix === '_ko' ? t.inKorean(label) : suffix === '_ja' ? t.inJapanese(label) : label;
}

/** The ids of the places an event names (none when `places` is missing or not a list). */
export function placesOfEvent(event: JsonObject | undefined): string[] {
  return Array.isArray(event?.['places']) ? (event['places'] as string[]) : [];
}

/** The event's places with `placeId` added at the end (`on`) or taken out. */
export function togglePlace(current: readonly string[], placeId: string, on: boolean): string[] {
  const others = current.filter((p) => p !== placeId);
  return on ? [...others, placeId] : others;
}

/** The event's sources (none when `sources` is missing or not a list). */
export function sourcesOf(event: JsonObject | undefined): JsonObject[] {
  return Array.isArray(event?.['sources']) ? (event['sources'] as JsonObject[]) : [];
}

/** A new layer numbered after the existing ones, skipping any `layer-<n>` id already taken. */
export function nextLayer(layers: readonly LayerInfo[], title: string): LayerInfo {
  const taken = new Set(layers.map((l) => l.id));
  let n = layers.length + 1;
  while (taken.has(`layer-${n}`)) n++;
  return { id: `layer-${n}`, title: `${title} ${n}`, file: `layer-${n}.geojson` };
}

/** Today's date as `YYYY-MM-DD` (UTC), the date a new event starts with. */
export function todayText(): string {
  return new Date().toISOString().slice(0, 10);
}
