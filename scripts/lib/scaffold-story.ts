/**
 * The files of a new story folder (`npm run new-story -- <id>`): a valid story with one layer,
 * one place and one event, for the editor to replace with their own. Pure: returns file texts.
 */
import { SLUG_PATTERN, STORY_SCHEMA_REF } from '../../src/story/schema.ts';

/** Why `id` cannot name a story folder, or null when it can. */
export function explainStoryId(id: string): string | null {
  if (id === '') return 'give the story an id, e.g. npm run new-story -- flood-2025';
  if (!SLUG_PATTERN.test(id)) {
    const suggestion = id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    return `story id "${id}" must use only lowercase letters, digits and hyphens${suggestion ? `: e.g. "${suggestion}"` : ''}`;
  }
  return null;
}

/** The files of a new story `id`, dated `today` (`YYYY-MM-DD`), by file name. */
export function scaffoldStory(id: string, today: string): Record<string, string> {
  const story = {
    $schema: STORY_SCHEMA_REF,
    title: `New story: ${id}`,
    summary: 'One paragraph about the story: what happened, where, and why it matters.',
    language: 'en',
    updated: today,
    credit: 'Map: your desk. Basemap: Natural Earth.',
    layers: [{ id: 'places', title: 'Places', file: 'places.geojson' }],
    events: [
      {
        id: 'first-event',
        date: today,
        title: 'What happened, in one line',
        summary: 'One or two sentences: who did what, where.',
        places: ['example-place'],
        sources: [{ title: 'Name of the source, date', url: 'https://www.example.com/news/1' }],
      },
    ],
  };
  const places = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'example-place',
        geometry: { type: 'Point', coordinates: [126.978, 37.5665] },
        properties: { name: 'Example place (Seoul City Hall)' },
      },
    ],
  };
  const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return { 'story.json': text(story), 'places.geojson': text(places) };
}
