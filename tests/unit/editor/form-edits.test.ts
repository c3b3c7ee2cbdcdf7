import { describe, expect, it } from 'vitest';
import { addPlace, findPlace, namePlace, placesOf } from '../../../src/editor/ui/doc-edits.ts';
import { nextLayer, togglePlace } from '../../../src/editor/ui/form-values.ts';
import { placeIdFromName } from '../../../src/editor/core/index.ts';
import { ncgDocument } from './story-files.ts';

describe('namePlace', () => {
  it('keeps an id the editor chose, and the events that name it', () => {
    const doc = ncgDocument();
    const place = placesOf(doc)[0];
    if (!place) throw new Error('ncg-2024 has places');
    const named = namePlace(doc, place.id, 'A new name');
    expect(named.id).toBe(place.id);
    expect(findPlace(named.doc, place.id)?.feature.properties?.['name']).toBe('A new name');
  });

  it('moves an id made from the old name to the new name, events included', () => {
    const doc = ncgDocument();
    const id = placeIdFromName(
      'Place 11',
      placesOf(doc).map((p) => p.id),
    );
    const file = placesOf(doc)[0]?.file ?? '';
    const withPlace = addPlace(doc, file, {
      type: 'Feature',
      id,
      properties: { name: 'Place 11' },
      geometry: { type: 'Point', coordinates: [127, 37.5] },
    });
    const events = withPlace.story['events'] as { places: string[] }[];
    events[0]?.places.push(id);

    const named = namePlace(withPlace, id, 'Busan port');
    expect(named.id).not.toBe(id);
    expect(findPlace(named.doc, named.id)?.feature.properties?.['name']).toBe('Busan port');
    expect(findPlace(named.doc, id)).toBeUndefined();
    expect((named.doc.story['events'] as { places: string[] }[])[0]?.places).toContain(named.id);
  });
});

describe('togglePlace', () => {
  it('adds a place at the end once, and takes it out', () => {
    expect(togglePlace(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(togglePlace(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(togglePlace(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});

describe('nextLayer', () => {
  it('numbers a new layer after the others, skipping a number already taken', () => {
    const taken = [
      { id: 'places', title: 'Places', file: 'places.geojson' },
      { id: 'layer-2', title: 'Layer 2', file: 'layer-2.geojson' },
    ];
    expect(nextLayer(taken, 'New layer')).toEqual({
      id: 'layer-3',
      title: 'New layer 3',
      file: 'layer-3.geojson',
    });
  });
});
