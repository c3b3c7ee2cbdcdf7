import { describe, expect, it } from 'vitest';
import {
  eventIdFromTitle,
  eventsNamingPlace,
  explainPlaceRename,
  placeIdFromName,
  renamePlace,
  serializeStoryFiles,
  validateDocument,
} from '../../../src/editor/core/index.ts';
import { changedLines, ncgDocument, must } from './story-files.ts';

describe('ids from names', () => {
  it('makes a slug, unique among the taken ids', () => {
    expect(placeIdFromName('Busan Naval Base', [])).toBe('busan-naval-base');
    expect(placeIdFromName('Busan Naval Base', ['busan-naval-base', 'busan-naval-base-2'])).toBe(
      'busan-naval-base-3',
    );
    expect(eventIdFromTitle('Séoul: talks (2nd round)', new Set(['x']))).toBe(
      'seoul-talks-2nd-round',
    );
  });

  it('falls back to "place" / "event" when a name has no Latin letters', () => {
    expect(placeIdFromName('서울', [])).toBe('place');
    expect(placeIdFromName('東京', ['place'])).toBe('place-2');
    expect(eventIdFromTitle('회의', [])).toBe('event');
  });
});

describe('renamePlace', () => {
  it('renames the feature and every event naming it, changing only those lines, and still validates', async () => {
    const doc = ncgDocument();
    const naming = eventsNamingPlace(doc, 'washington-pentagon');
    expect(naming).toHaveLength(2);
    expect(naming[0]).toEqual({
      index: expect.any(Number),
      id: expect.any(String),
      title: expect.any(String),
    });

    const before = serializeStoryFiles(doc);
    const renamed = renamePlace(doc, 'washington-pentagon', 'pentagon');
    const after = serializeStoryFiles(renamed);
    expect(eventsNamingPlace(renamed, 'washington-pentagon')).toEqual([]);
    expect(eventsNamingPlace(renamed, 'pentagon').map((e) => e.id)).toEqual(
      naming.map((e) => e.id),
    );
    expect(changedLines(must(before['story.json']), must(after['story.json']))).toHaveLength(
      naming.length,
    );
    expect(
      changedLines(must(before['washington.geojson']), must(after['washington.geojson'])),
    ).toHaveLength(1);
    expect(after['seoul.geojson']).toBe(before['seoul.geojson']);
    expect(
      (await validateDocument(renamed, 'ncg-2024')).filter((p) => p.severity === 'error'),
    ).toEqual([]);
    // The input document is left as it was (undo keeps it).
    expect(eventsNamingPlace(doc, 'washington-pentagon')).toEqual(naming);
  });

  it('explains an id that is taken or not a slug', () => {
    const doc = ncgDocument();
    expect(explainPlaceRename(doc, 'seoul-city', 'seoul-mnd')).toMatch(
      /another place already has the id "seoul-mnd"/,
    );
    expect(explainPlaceRename(doc, 'seoul-city', 'Seoul City')).toMatch(/e\.g\. "seoul-city"/);
    expect(explainPlaceRename(doc, 'seoul-city', 'seoul-city')).toBeUndefined();
    expect(explainPlaceRename(doc, 'seoul-city', 'seoul-centre')).toBeUndefined();
  });
});
